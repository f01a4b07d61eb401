package org.programtracker.security;

import org.programtracker.security.internal.AppUser;

import org.programtracker.security.internal.AppUserRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.program.ProgramView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.program.ProgramService;
import org.programtracker.kernel.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on accounts: find, create, change role, unit and programs,
 * disable, reset a password; and every user's change of their own password. A password
 * set by an administrator is random, shown once, and must be replaced at the next
 * sign-in. Each change ends the user's sessions, so that it applies at once.
 */
@Service
@Transactional
public class UserAdministration {

	private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,50}");

	private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final AppUserRepository users;

	private final OrgUnitService orgUnits;

	private final ProgramService programs;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final SignedInSessions sessions;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	UserAdministration(AppUserRepository users, OrgUnitService orgUnits, ProgramService programs,
			PasswordEncoder passwordEncoder, PasswordPolicy policy, SignedInSessions sessions, Clock clock) {
		this.users = users;
		this.orgUnits = orgUnits;
		this.programs = programs;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * Users whose username or display name contains {@code query} (as typed: no
	 * wildcard), all of them when it is blank.
	 */
	@Transactional(readOnly = true)
	public List<UserRow> search(String query) {
		String text = (query == null) ? "" : query.strip().toLowerCase(Locale.ROOT);
		String pattern = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		return rows(this.users.search(pattern));
	}

	/**
	 * The accounts whose scope is the unit with this id, by username.
	 */
	@Transactional(readOnly = true)
	public List<UserRow> usersOf(long orgUnitId) {
		return rows(this.users.findByOrgUnitIdOrderByUsername(orgUnitId));
	}

	/**
	 * Gives the accounts of a merged or closed unit the scope of another unit, as the
	 * administrator confirmed it on the reorganisation's preview, and signs them out
	 * everywhere so that their next request reads the new scope.
	 * @return the usernames changed
	 */
	public List<String> moveScopes(Collection<Long> userIds, long fromUnitId, long toUnitId) {
		List<String> moved = new java.util.ArrayList<>();
		for (AppUser account : this.users.findAllById(userIds)) {
			if (!Long.valueOf(fromUnitId).equals(account.getOrgUnitId())) {
				throw new NotFoundException("user", account.getId());
			}
			account.assign(account.getRole(), toUnitId, account.getProgramIds());
			this.sessions.end(account.getUsername(), null);
			moved.add(account.getUsername());
		}
		this.users.flush();
		log.info("Scopes of {} moved from org unit {} to {}", moved, fromUnitId, toUnitId);
		return List.copyOf(moved);
	}

	@Transactional(readOnly = true)
	public AppUser get(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
	}

	/**
	 * The account with its home unit and programs named.
	 */
	@Transactional(readOnly = true)
	public UserRow row(long id) {
		return rows(List.of(get(id))).get(0);
	}

	/**
	 * The accounts with their units and programs named, in two statements whatever their
	 * number.
	 */
	private List<UserRow> rows(List<AppUser> accounts) {
		Set<Long> unitIds = new java.util.HashSet<>();
		accounts.stream().map(AppUser::getOrgUnitId).filter(java.util.Objects::nonNull).forEach(unitIds::add);
		Map<Long, OrgUnitView> units = unitIds.isEmpty() ? Map.of() : this.orgUnits.unitsByIds(unitIds);
		Map<Long, String> programCodes = accounts.stream().anyMatch(account -> !account.getProgramIds().isEmpty())
				? this.programs.codesById() : Map.of();
		return accounts.stream().map(account -> {
			OrgUnitView unit = units.get(account.getOrgUnitId());
			return new UserRow(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
					(unit != null) ? unit.code() : null, (unit != null) ? unit.name() : null,
					account.getProgramIds().stream().map(programCodes::get).sorted().toList(), account.isEnabled(),
					account.isMustChangePassword(), account.getVersion());
		}).toList();
	}

	/**
	 * Everything the rules refuse in a form, field by field, so that the form can show
	 * all of it at once.
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> problems(UserForm form, boolean creating) {
		List<FieldProblem> problems = new ArrayList<>();
		if (creating) {
			try {
				checkNewUsername(form);
			}
			catch (FieldProblem problem) {
				problems.add(problem);
			}
		}
		try {
			orgUnitOf(form);
		}
		catch (FieldProblem problem) {
			problems.add(problem);
		}
		try {
			programsOf(form);
		}
		catch (FieldProblem problem) {
			problems.add(problem);
		}
		return problems;
	}

	/**
	 * Creates a user with a random temporary password, which this answers once.
	 */
	Issued create(UserForm form, AppUserPrincipal actor) {
		String username = checkNewUsername(form);
		Long orgUnit = orgUnitOf(form);
		Set<Long> chosenPrograms = programsOf(form);
		String temporary = temporaryPassword();
		String hash = this.passwordEncoder.encode(temporary);
		AppUser user = new AppUser(username, hash, form.getDisplayName(), form.getRole(), orgUnit);
		user.assign(form.getRole(), orgUnit, chosenPrograms);
		user.resetPassword(hash, this.clock.instant());
		user = this.users.save(user);
		log.info("Administrator '{}' created user '{}' ({}, {})", actor.username(), username, form.getRole(),
				form.getOrgUnit());
		return new Issued(user.getId(), username, temporary);
	}

	/**
	 * Changes a user's display name, role, home unit and programs.
	 */
	void update(long id, UserForm form, AppUserPrincipal actor, String actorSessionId) {
		AppUser user = get(id);
		if (user.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(AppUser.class, id);
		}
		if (user.getId() == actor.id() && form.getRole() != Role.ADMIN) {
			throw new FieldProblem("role", "user.self.role");
		}
		user.rename(form.getDisplayName());
		user.assign(form.getRole(), orgUnitOf(form), programsOf(form));
		this.users.saveAndFlush(user);
		// an administrator editing their own account keeps the session they are using
		int ended = this.sessions.end(user.getUsername(), (user.getId() == actor.id()) ? actorSessionId : null);
		log.info("Administrator '{}' changed user '{}' to {}, {} {}; ended {} session(s)", actor.username(),
				user.getUsername(), form.getRole(), form.getOrgUnit(), form.getPrograms(), ended);
	}

	void setEnabled(long id, boolean enabled, AppUserPrincipal actor) {
		AppUser user = get(id);
		if (user.getId() == actor.id()) {
			throw new FieldProblem("enabled", "user.self.disable");
		}
		user.setEnabled(enabled);
		int ended = enabled ? 0 : this.sessions.end(user.getUsername(), null);
		log.info("Administrator '{}' {} user '{}'; ended {} session(s)", actor.username(),
				enabled ? "enabled" : "disabled", user.getUsername(), ended);
	}

	/**
	 * Gives the user a random temporary password, which this answers once.
	 */
	Issued resetPassword(long id, AppUserPrincipal actor) {
		AppUser user = get(id);
		String temporary = temporaryPassword();
		user.resetPassword(this.passwordEncoder.encode(temporary), this.clock.instant());
		int ended = this.sessions.end(user.getUsername(), null);
		log.info("Administrator '{}' reset the password of user '{}'; ended {} session(s)", actor.username(),
				user.getUsername(), ended);
		return new Issued(user.getId(), user.getUsername(), temporary);
	}

	/**
	 * The user replaces their password; their other sessions end.
	 */
	void changeOwnPassword(AppUserPrincipal actor, PasswordForm form, String currentSessionId) {
		AppUser user = get(actor.id());
		if (!this.passwordEncoder.matches(form.getCurrentPassword(), user.getPasswordHash())) {
			throw new FieldProblem("currentPassword", "password.current.wrong");
		}
		List<String> problems = this.policy.problems(form.getNewPassword(), user.getUsername());
		if (!problems.isEmpty()) {
			throw new FieldProblem("newPassword", problems.get(0));
		}
		if (form.getNewPassword().equals(form.getCurrentPassword())) {
			throw new FieldProblem("newPassword", "password.new.same");
		}
		if (!form.getNewPassword().equals(form.getConfirmation())) {
			throw new FieldProblem("confirmation", "password.confirmation.different");
		}
		user.changePassword(this.passwordEncoder.encode(form.getNewPassword()), this.clock.instant());
		int ended = this.sessions.end(user.getUsername(), currentSessionId);
		log.info("User '{}' changed their password; ended {} other session(s)", user.getUsername(), ended);
	}

	private String checkNewUsername(UserForm form) {
		String username = (form.getUsername() == null) ? "" : form.getUsername().strip();
		if (username.isEmpty()) {
			throw new FieldProblem("username", "user.username.required");
		}
		if (!USERNAME.matcher(username).matches()) {
			throw new FieldProblem("username", "user.username.format");
		}
		if (this.users.existsByUsernameIgnoreCase(username)) {
			throw new FieldProblem("username", "user.username.taken");
		}
		return username;
	}

	private Long orgUnitOf(UserForm form) {
		String code = form.getOrgUnit();
		if (code == null || code.isBlank()) {
			if (form.getRole() != null && form.getRole() != Role.ADMIN) {
				throw new FieldProblem("orgUnit", "user.orgUnit.required");
			}
			return null;
		}
		return this.orgUnits.findByCode(code.strip())
			.orElseThrow(() -> new FieldProblem("orgUnit", "user.orgUnit.unknown"))
			.id();
	}

	private Set<Long> programsOf(UserForm form) {
		if (form.getRole() != Role.PROGRAM_OFFICER) {
			return Set.of();
		}
		Set<Long> chosen = new LinkedHashSet<>();
		for (String code : form.getPrograms()) {
			chosen.add(this.programs.findByCode(code)
				.orElseThrow(() -> new FieldProblem("programs", "user.programs.unknown"))
				.id());
		}
		if (chosen.isEmpty()) {
			throw new FieldProblem("programs", "user.programs.required");
		}
		return chosen;
	}

	private String temporaryPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(TEMPORARY_ALPHABET.charAt(this.random.nextInt(TEMPORARY_ALPHABET.length())));
		}
		return password.toString();
	}

	/**
	 * A temporary password given to a user, to hand over once.
	 */
	record Issued(long id, String username, String temporaryPassword) {

	}

}
