package org.programtracker.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.programtracker.kernel.DemoDataSet;
import org.programtracker.kernel.DemoMode;
import org.programtracker.orgunit.OrgUnitService;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, fills an empty database with the seed district: each feature loads its
 * own part ({@link DemoDataSet}), in order, in one transaction. Nothing stores a figure
 * of the report itself: the progress service computes the seed report's figures from the
 * decisions and entries.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	/** Several instances may start together on one database: only one of them loads. */
	private static final long LOAD_LOCK = 0x50524f47L;

	private final DemoMode demoMode;

	private final JdbcClient jdbc;

	private final OrgUnitService orgUnits;

	private final List<DemoDataSet> parts;

	DemoDataLoader(DemoMode demoMode, JdbcClient jdbc, OrgUnitService orgUnits, List<DemoDataSet> parts) {
		this.demoMode = demoMode;
		this.jdbc = jdbc;
		this.orgUnits = orgUnits;
		this.parts = parts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demoMode.isEnabled()) {
			return;
		}
		this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOAD_LOCK).query(Object.class).list();
		if (this.orgUnits.count() > 0) {
			return;
		}
		this.parts.forEach(DemoDataSet::load);
		log.info("Loaded the demo district: {}",
				this.parts.stream().map(part -> part.getClass().getSimpleName()).toList());
	}

}
