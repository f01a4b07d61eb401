package org.programtracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Which plan lines need attention ({@link ProgressService#linesNeedingAttention}).
 *
 * @param thresholdVnd the smallest plan of a lagging line that is listed
 * @param limit how many lines of each kind are listed at most
 * @param today the day the carried-over lines' deadlines are counted from
 * @param carriedDeadlineDays how close to its own deadline, in days, a carried-over line
 * is listed
 * @param carriedLowPercent the percent of plan, as shown, below which such a line is
 * listed
 */
public record AttentionRule(BigDecimal thresholdVnd, int limit, LocalDate today, int carriedDeadlineDays,
		BigDecimal carriedLowPercent) {

}
