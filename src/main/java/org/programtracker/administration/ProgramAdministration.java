package org.programtracker.administration;

import org.programtracker.program.Program;
import org.programtracker.program.ProgramRepository;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the programs: administrators only. A new program counts in every report at once.
 */
@Service
@Transactional(readOnly = true)
public class ProgramAdministration {

	private static final int MAX_NAME = 300;

	private final ProgramRepository programs;

	ProgramAdministration(ProgramRepository programs) {
		this.programs = programs;
	}

	@Transactional
	public Program create(AppUserPrincipal user, String code, String nameVi, String nameEn) {
		Permissions.requireAdmin(user);
		String checkedCode = Validation.code(code);
		String vietnamese = Validation.name("nameVi", nameVi, MAX_NAME);
		if (nameEn != null && nameEn.strip().length() > MAX_NAME) {
			throw new RuleViolationException("nameEn", "field.tooLong", MAX_NAME);
		}
		if (this.programs.findByCode(checkedCode).isPresent()) {
			throw new RuleViolationException("code", "admin.codeTaken", checkedCode);
		}
		Program program = new Program(checkedCode, vietnamese, nameEn);
		program.setSortOrder((int) this.programs.count());
		return this.programs.saveAndFlush(program);
	}

}
