package org.programtracker.audit;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit rows written before values became JSON ({@code key=value; key=value} text) are
 * converted by the migration: on a database of their own, migrated up to the version
 * before, given such rows, then migrated to the end.
 */
@IntegrationTest
class LegacyAuditValuesMigrationTests {

	private static final String DATABASE = "legacy_audit_values";

	@Autowired
	private DataSource applicationDataSource;

	private JdbcClient server;

	private PGSimpleDataSource legacy;

	@BeforeEach
	void createADatabaseAtTheVersionBefore() throws SQLException {
		this.server = JdbcClient.create(this.applicationDataSource);
		this.server.sql("drop database if exists " + DATABASE).update();
		this.server.sql("create database " + DATABASE).update();
		this.legacy = new PGSimpleDataSource();
		try (Connection connection = this.applicationDataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			this.legacy.setUrl(url.replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1"));
			this.legacy.setUser(connection.getMetaData().getUserName());
		}
		flyway().target("33").load().migrate();
	}

	@AfterEach
	void dropTheDatabase() {
		this.server.sql("drop database if exists " + DATABASE + " with (force)").update();
	}

	@Test
	void shouldTurnLegacyValuesIntoFieldsAndKeepWhatDoesNotReadAsFields() {
		JdbcClient db = JdbcClient.create(this.legacy);
		legacyRow(db, 1, "ALLOCATION", null,
				"kind=ALLOCATION; decisionNumber=1105/QĐ-UBND; decisionDate=2024-05-20; amountVnd=620000000");
		legacyRow(db, 2, "ORG_UNIT",
				"code=THON_AB; name=Thôn A; Thôn B; kind=COMMUNE; parent=NAM_NHUN; sortOrder=3; validTo=; successor=",
				null);
		legacyRow(db, 3, "PROGRAM", "code=CDS; nameVi=Chương trình chuyển đổi số; nameEn=; standingAgency=; "
				+ "startYear=2021; endYear=; archived=false; sortOrder=4", null);
		legacyRow(db, 4, "PERIOD", "OPEN", "CLOSED");
		legacyRow(db, 5, "PERIOD", null, "SUBMITTED");
		legacyRow(db, 6, "ORG_UNIT", "code=XA_C; name=Xã C; note=mới; kind=COMMUNE", "a value of no known shape");
		legacyRow(db, 7, "DISBURSEMENT", "amountVnd=1250000000.5; advanceVnd=0; advanceRecoveredVnd=",
				"amountVnd=; advanceVnd=abc");

		flyway().load().migrate();

		assertThat(value(db, 1, "new_value")).isEqualTo(json(db, """
				{"kind": "ALLOCATION", "amountVnd": 620000000, "decisionDate": "2024-05-20", \
				"decisionNumber": "1105/QĐ-UBND"}"""));
		assertThat(value(db, 1, "old_value")).isNull();
		assertThat(value(db, 2, "old_value")).as("a name containing \"; \" stays one name").isEqualTo(json(db, """
				{"code": "THON_AB", "kind": "COMMUNE", "name": "Thôn A; Thôn B", "parent": "NAM_NHUN", \
				"validTo": null, "sortOrder": 3, "successor": null}"""));
		assertThat(value(db, 3, "old_value")).isEqualTo(json(db, """
				{"code": "CDS", "nameEn": null, "nameVi": "Chương trình chuyển đổi số", "endYear": null, \
				"archived": false, "sortOrder": 4, "startYear": 2021, "standingAgency": null}"""));
		assertThat(value(db, 4, "old_value")).isEqualTo(json(db, "{\"state\": \"OPEN\"}"));
		assertThat(value(db, 4, "new_value")).isEqualTo(json(db, "{\"state\": \"CLOSED\"}"));
		assertThat(value(db, 5, "new_value")).isEqualTo(json(db, "{\"state\": \"SUBMITTED\"}"));
		assertThat(value(db, 6, "old_value")).as("an unknown field keeps the value as it was written")
			.isEqualTo(json(db, """
					{"code": "XA_C", "kind": "COMMUNE", "name": "Xã C", "note": "mới", \
					"recorded": "code=XA_C; name=Xã C; note=mới; kind=COMMUNE"}"""));
		assertThat(value(db, 6, "new_value")).isEqualTo(json(db, "{\"recorded\": \"a value of no known shape\"}"));
		assertThat(value(db, 7, "old_value")).isEqualTo(json(db, """
				{"amountVnd": 1250000000.5, "advanceVnd": 0, "advanceRecoveredVnd": null}"""));
		assertThat(value(db, 7, "new_value")).as("an amount that is no number stays text")
			.isEqualTo(json(db, "{\"amountVnd\": null, \"advanceVnd\": \"abc\"}"));
		assertThat(AuditValues.fromJson(value(db, 7, "old_value"))).containsEntry("amountVnd",
				new BigDecimal("1250000000.5"));
		assertThat(db
			.sql("select data_type from information_schema.columns where table_name = 'audit_entry' "
					+ "and column_name in ('old_value', 'new_value')")
			.query(String.class)
			.list()).containsExactly("jsonb", "jsonb");
	}

	private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
		return Flyway.configure().dataSource(this.legacy).locations("classpath:db/migration");
	}

	private static void legacyRow(JdbcClient db, long id, String subject, String oldValue, String newValue) {
		db.sql("""
				insert into audit_entry (id, at, username, action, subject, subject_id, old_value, new_value)
				values (:id, now(), 'admin', 'CHANGE', :subject, :id, :old, :new)
				""")
			.params(Map.of("id", id, "subject", subject))
			.param("old", oldValue)
			.param("new", newValue)
			.update();
	}

	/**
	 * The JSON as PostgreSQL writes it back, fields in jsonb's order.
	 */
	private static String json(JdbcClient db, String json) {
		return db.sql("select cast(:json as jsonb)::text").param("json", json).query(String.class).single();
	}

	private static String value(JdbcClient db, long id, String column) {
		return db.sql("select " + column + "::text from audit_entry where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
