package org.programtracker.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the rows of differences that writes add to the rollups by subtree
 * ({@code subtree_figure_change}, V48) into the rollups themselves, every
 * {@code app.read-model.compact-every} (2 s by default), so that a report reads a few
 * rows per subtree however many writes came before it. The figures are exact with or
 * without it: a rollup is the sum of its rows in both tables, read in one snapshot.
 */
@Component
class SubtreeFigureCompaction {

	private static final Logger logger = LoggerFactory.getLogger(SubtreeFigureCompaction.class);

	private final JdbcClient jdbc;

	SubtreeFigureCompaction(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(fixedDelayString = "${app.read-model.compact-every:2s}",
			initialDelayString = "${app.read-model.compact-every:2s}")
	void compact() {
		try {
			this.jdbc.sql("select subtree_figure_compact()").query(Integer.class).single();
		}
		catch (DataAccessException ex) {
			// the database is away or the application stops: the rows wait for the next
			// time
			logger.debug("The rollups by subtree were not compacted this time", ex);
		}
	}

}
