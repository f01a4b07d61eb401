package org.programtracker.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * The demo data's CSV files under {@code demo/} on the classpath.
 */
public final class DemoFiles {

	private DemoFiles() {
	}

	public static List<Map<String, String>> read(String file) {
		try (InputStream input = new ClassPathResource("demo/" + file).getInputStream()) {
			return CsvReader.read(input);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
