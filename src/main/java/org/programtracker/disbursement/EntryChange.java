package org.programtracker.disbursement;

import org.programtracker.allocation.PlanLineView;

/**
 * A quarter's entry to set on a plan line, one of many written together
 * ({@link DisbursementService#applyAll}).
 *
 * @param line the line, already checked visible to the caller
 * @param command the entry as typed, with the version the caller read
 */
public record EntryChange(PlanLineView line, EntryCommand command) {

}
