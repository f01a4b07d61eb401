package org.programtracker.infrastructure.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programtracker.ProgramTrackerApplication;
import org.programtracker.administration.OrgUnitAdministration;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.orgunit.internal.OrgUnitRepository;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Role;
import org.programtracker.security.internal.AppUserRepository;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application pointed at an external PostgreSQL, as in production: it migrates that
 * database, starts nothing embedded, loads no demo data and takes its first administrator
 * from the environment.
 */
class ExternalDatabaseTests {

	@TempDir
	static Path externalDataDir;

	private static EmbeddedPostgres external;

	@BeforeAll
	static void startExternalServer() throws Exception {
		external = EmbeddedPostgres.builder().setDataDirectory(externalDataDir).setCleanDataDirectory(true).start();
		try (Connection connection = external.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database tracker");
			statement.execute("create database without_admin");
			statement.execute("create database first_unit");
		}
	}

	@AfterAll
	static void stopExternalServer() throws Exception {
		external.close();
	}

	@Test
	void shouldRunOnTheExternalDatabaseWithNothingEmbedded() {
		try (ConfigurableApplicationContext context = start("tracker", "--app.admin.username=chief",
				"--app.admin.password=a-long-enough-secret")) {
			assertThat(context.getBeanProvider(EmbeddedPostgres.class).getIfAvailable()).isNull();
			assertThat(context.getBean(OrgUnitRepository.class).count()).isZero();
			assertThat(context.getBean(AppUserRepository.class).findByUsername("chief")).isPresent();
			assertThat(context.getBean(AppUserRepository.class).findByUsername("viewer")).isEmpty();
		}
	}

	/**
	 * A new installation has no unit: its administrator creates the first one, the root,
	 * without a parent; every unit after it needs one.
	 */
	@Test
	void shouldLetTheAdministratorCreateTheFirstUnitOfAnEmptyTreeAsItsRoot() {
		try (ConfigurableApplicationContext context = start("first_unit",
				"--app.admin.password=a-long-enough-secret")) {
			OrgUnitAdministration administration = context.getBean(OrgUnitAdministration.class);
			AppUserPrincipal admin = new AppUserPrincipal(0, "admin", "", "Admin", Role.ADMIN, null, null, true);

			OrgUnitView root = administration.create(admin, "TINH_MOI", "Tỉnh Mới", OrgUnitKind.PROVINCE, "");

			assertThat(root.path()).isEqualTo("/TINH_MOI/");
			assertThatThrownBy(() -> administration.create(admin, "HUYEN_MOI", "Huyện Mới", OrgUnitKind.DISTRICT, " "))
				.isInstanceOfSatisfying(RuleViolationException.class,
						ex -> assertThat(ex.getMessageKey()).isEqualTo("field.required"));
			assertThat(administration.create(admin, "HUYEN_MOI", "Huyện Mới", OrgUnitKind.DISTRICT, "TINH_MOI").path())
				.isEqualTo("/TINH_MOI/HUYEN_MOI/");
		}
	}

	@Test
	void shouldRefuseToStartWithoutAFirstAdministratorPassword() {
		assertThatThrownBy(() -> start("without_admin").close())
			.satisfies(ex -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex))
				.hasMessageContaining("APP_ADMIN_PASSWORD"));
	}

	private static ConfigurableApplicationContext start(String database, String... arguments) {
		String[] common = { "--server.port=0", "--spring.datasource.url=" + external.getJdbcUrl("postgres", database),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.main.banner-mode=off" };
		String[] all = java.util.stream.Stream
			.concat(java.util.Arrays.stream(common), java.util.Arrays.stream(arguments))
			.toArray(String[]::new);
		return new SpringApplicationBuilder(ProgramTrackerApplication.class).run(all);
	}

}
