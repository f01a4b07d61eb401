package org.programtracker.assignment;

import java.math.BigDecimal;

import org.springframework.data.domain.Page;

/**
 * A page of the register and the exact total, in đồng, of every assignment the filter
 * lets through (not only the page's).
 */
public record AssignmentListing(Page<AssignmentView> page, BigDecimal total) {

}
