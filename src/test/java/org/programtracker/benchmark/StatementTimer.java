package org.programtracker.benchmark;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.programtracker.support.StatementListening;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records how long each SQL statement took, so that the benchmark can say where a slow
 * request spends its time. The benchmark sends one request at a time, so every statement
 * recorded between {@link #reset()} and {@link #report()} is that request's (or, rarely,
 * the session cleanup's).
 */
class StatementTimer {

	private final List<Timed> statements = new CopyOnWriteArrayList<>();

	void reset() {
		this.statements.clear();
	}

	/**
	 * How many statements ran, how long they took together, and the three slowest.
	 */
	String report() {
		List<Timed> timed = List.copyOf(this.statements);
		long total = timed.stream().mapToLong(Timed::millis).sum();
		StringBuilder report = new StringBuilder("%d SQL statements, %d ms in all".formatted(timed.size(), total));
		timed.stream()
			.sorted(Comparator.comparingLong(Timed::millis).reversed())
			.limit(3)
			.forEach((statement) -> report
				.append("%n%45d ms  %s".formatted(statement.millis(), abbreviated(statement.sql()))));
		return report.toString();
	}

	private static String abbreviated(String sql) {
		String oneLine = sql.replaceAll("\\s+", " ").strip();
		// the start names the tables, the end (grouping, order) tells one aggregate from
		// another
		return (oneLine.length() <= 130) ? oneLine
				: oneLine.substring(0, 50) + " … " + oneLine.substring(oneLine.length() - 80);
	}

	private record Timed(long millis, String sql) {
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		static StatementTimer statementTimer() {
			return new StatementTimer();
		}

		@Bean
		static BeanPostProcessor timingDataSource(StatementTimer timer) {
			return StatementListening.of("timing",
					(statement, millis) -> timer.statements.add(new Timed(millis, statement)));
		}

	}

}
