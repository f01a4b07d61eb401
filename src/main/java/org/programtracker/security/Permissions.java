package org.programtracker.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * Role checks the services make themselves, so that pages and the API obey the same rules
 * whatever the web layer lets through.
 */
public final class Permissions {

	private Permissions() {
	}

	/**
	 * Only an administrator keeps org units, programs and quarters.
	 */
	public static void requireAdmin(AppUserPrincipal user) {
		if (user == null || user.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an administrator may do this");
		}
	}

	/**
	 * Plans and disbursements are entered by editors (within their scope) and
	 * administrators; the steering committee and standing agencies only read them.
	 */
	public static void requireFigureEditor(AppUserPrincipal user) {
		if (user == null || (user.role() != Role.ADMIN && user.role() != Role.EDITOR)) {
			throw new AccessDeniedException("Only an editor may change figures");
		}
	}

	public static boolean mayEditFigures(AppUserPrincipal user) {
		return user != null && (user.role() == Role.ADMIN || user.role() == Role.EDITOR);
	}

	public static boolean isAdmin(AppUserPrincipal user) {
		return user != null && user.role() == Role.ADMIN;
	}

	/**
	 * The quarterly review (narrative, directives, the report's header and the typed
	 * printed report) is written by the programs' standing agencies and administrators;
	 * which programs an officer may write is their scope's business.
	 */
	public static boolean mayWriteReview(AppUserPrincipal user) {
		return user != null && (user.role() == Role.ADMIN || user.role() == Role.PROGRAM_OFFICER);
	}

	public static void requireReviewWriter(AppUserPrincipal user) {
		if (!mayWriteReview(user)) {
			throw new AccessDeniedException("Only a program officer or an administrator writes the quarterly review");
		}
	}

}
