package org.programtracker.security;

import org.programtracker.security.internal.AppUser;

import java.util.Set;

import org.programtracker.kernel.DemoDataSet;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.program.ProgramService;
import org.programtracker.security.internal.AppUserRepository;

import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo accounts, one per kind of user, each with the password {@code demo}; the login
 * page lists them while any of them still has it.
 */
@Component
@Order(6)
class SecurityDemoData implements DemoDataSet {

	static final String DEMO_PASSWORD = "demo";

	private final AppUserRepository users;

	private final OrgUnitService orgUnits;

	private final ProgramService programs;

	private final PasswordEncoder passwordEncoder;

	SecurityDemoData(AppUserRepository users, OrgUnitService orgUnits, ProgramService programs,
			PasswordEncoder passwordEncoder) {
		this.users = users;
		this.orgUnits = orgUnits;
		this.programs = programs;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public void load() {
		String password = this.passwordEncoder.encode(DEMO_PASSWORD);
		this.users.save(new AppUser("admin", password, "Quản trị hệ thống", Role.ADMIN, null));
		this.users.save(new AppUser("editor", password, "Kế toán xã Hua Bum", Role.EDITOR, unit("HUA_BUM")));
		this.users.save(new AppUser("viewer", password, "Ban Chỉ đạo huyện", Role.VIEWER, unit("NAM_NHUN")));
		AppUser officer = new AppUser("officer", password, "Phòng Nông nghiệp và PTNT", Role.PROGRAM_OFFICER,
				unit("PNN"));
		officer.assign(Role.PROGRAM_OFFICER, unit("PNN"), Set.of(this.programs.findByCode("NTM").orElseThrow().id()));
		this.users.save(officer);
	}

	private Long unit(String code) {
		return this.orgUnits.findByCode(code).orElseThrow().id();
	}

}
