package org.programtracker.security;

import java.util.ArrayList;
import java.util.List;

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
		super(jdbc);
	}

	@Override
	public List<Reference> to(Referenced item, long id) {
		List<Reference> found = new ArrayList<>();
		if (item == Referenced.ORG_UNIT) {
			found.addAll(Reference.named("users",
					names("select username from app_user where org_unit_id = :id order by username", id)));
		}
		if (item == Referenced.PROGRAM) {
			found.addAll(Reference.counted("officers",
					count("select count(*) from app_user_program where program_id = :id", id)));
		}
		return found;
	}

}
