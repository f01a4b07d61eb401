package org.programtracker.infrastructure.observability;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The request id comes first of every filter (before the security filters, whose log
 * lines carry it too), for requests and for the error pages the container shows.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter(ApplicationMetrics metrics) {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(
				new RequestIdFilter(metrics));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
		return registration;
	}

}
