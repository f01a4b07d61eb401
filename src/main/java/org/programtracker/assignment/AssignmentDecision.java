package org.programtracker.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The decision of an assignment as entered: its number, date, amount in đồng (negative
 * when it takes capital back) and note, which is also the reason the history keeps.
 */
public record AssignmentDecision(String decisionNumber, LocalDate decisionDate, BigDecimal amountVnd, String note) {

}
