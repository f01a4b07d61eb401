package org.programtracker.infrastructure.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL started from a Maven artifact, so that running
 * the application needs nothing installed but a JDK. Configuring
 * {@code spring.datasource.url} (for example through {@code SPRING_DATASOURCE_URL})
 * switches it off entirely.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresServers.serverFor(properties);
	}

	/**
	 * Starts the server again, within seconds, when its postmaster dies.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedPostgresWatchdog embeddedPostgresWatchdog(EmbeddedPostgres server, EmbeddedDatabaseProperties properties) {
		return new EmbeddedPostgresWatchdog(server, properties).every(5);
	}

	/**
	 * The pool takes its timeouts and validation from {@code spring.datasource.hikari.*},
	 * as it does for an external database.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	DataSource dataSource(EmbeddedPostgres server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
