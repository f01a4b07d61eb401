package org.programtracker.security;

import org.programtracker.kernel.CountedReferences;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Accounts whose home unit is an org unit, and program officers of a program.
 */
@Component
@Order(2)
class AccountReferences extends CountedReferences {

	AccountReferences(JdbcClient jdbc) {
		super(jdbc,
				named(Referenced.ORG_UNIT, "users",
						"select username from app_user where org_unit_id = :id order by username"),
				counted(Referenced.PROGRAM, "officers",
						"select count(*) from app_user_program where program_id = :id"));
	}

}
