package org.programtracker.infrastructure;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The users' time zone ({@link TimeConfiguration}).
 *
 * @param timeZone the users' time zone: it decides "today" and the times pages print
 */
@ConfigurationProperties("app")
record TimeProperties(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId timeZone) {

}
