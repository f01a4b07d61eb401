package org.programtracker.support;

import java.util.function.ObjLongConsumer;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's data source so that a test hears of each SQL statement it runs
 * and how long it took: the statement counter and the benchmark's timer listen this way.
 */
public final class StatementListening {

	private StatementListening() {
	}

	/**
	 * A post-processor that hands {@code listener} each statement and its milliseconds.
	 */
	public static BeanPostProcessor of(String name, ObjLongConsumer<String> listener) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name(name)
						.afterQuery((execution, queries) -> queries
							.forEach((query) -> listener.accept(query.getQuery(), execution.getElapsedTime())))
						.build();
				}
				return bean;
			}

		};
	}

}
