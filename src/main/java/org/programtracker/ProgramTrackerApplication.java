package org.programtracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ProgramTrackerApplication {

	public static void main(String[] args) {
		SpringApplication.run(ProgramTrackerApplication.class, args);
	}

}
