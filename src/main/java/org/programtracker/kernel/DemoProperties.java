package org.programtracker.kernel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether to run in demo mode ({@link DemoMode}).
 *
 * @param demo whether to load the demo district and its accounts into an empty database;
 * unset, demo mode is on for the embedded database and off for an external one
 */
@ConfigurationProperties("app")
record DemoProperties(Boolean demo) {

}
