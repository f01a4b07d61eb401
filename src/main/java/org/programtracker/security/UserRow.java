package org.programtracker.security;

import java.util.List;

/**
 * An account as the administration pages show it, its home unit and programs named.
 *
 * @param id the account's id
 * @param username its username
 * @param displayName the name shown
 * @param role its role
 * @param orgUnitCode the home unit's code, {@code null} for an administrator without one
 * @param orgUnitName the home unit's name
 * @param programCodes a program officer's programs, in code order
 * @param enabled whether the account may sign in
 * @param mustChangePassword whether the next sign-in must choose a password
 * @param version the version read, for the edit form
 */
public record UserRow(long id, String username, String displayName, Role role, String orgUnitCode, String orgUnitName,
		List<String> programCodes, boolean enabled, boolean mustChangePassword, long version) {

}
