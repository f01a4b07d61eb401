package org.programtracker.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends to the database, so that a test can
 * catch N+1 queries: import {@link Configuration} into the test, {@link #reset()} before
 * a request and read {@link #count()} after it.
 */
public class StatementCounter {

	private final List<String> statements = new CopyOnWriteArrayList<>();

	private volatile Thread counted;

	/**
	 * Starts counting again, only the statements of the calling thread: a request in
	 * {@code MockMvc} runs on it, while the session cleanup runs on its own.
	 */
	public void reset() {
		this.counted = Thread.currentThread();
		this.statements.clear();
	}

	void record(String statement) {
		if (Thread.currentThread() == this.counted) {
			this.statements.add(statement.replaceAll("\\s+", " "));
		}
	}

	public int count() {
		return this.statements.size();
	}

	/**
	 * The statements run since the last reset, to tell which one is too many.
	 */
	public List<String> statements() {
		return List.copyOf(this.statements);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

		@Bean
		static BeanPostProcessor countingDataSource(StatementCounter counter) {
			return StatementListening.of("counting", (statement, millis) -> counter.record(statement));
		}

	}

}
