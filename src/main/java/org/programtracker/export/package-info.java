/**
 * Tables leaving the application: any list a page shows, written as XLSX or as CSV (UTF-8
 * with a byte-order mark, so that Excel reads Vietnamese right), amounts exact in đồng,
 * and every text cell that a spreadsheet would take for a formula neutralised.
 */
package org.programtracker.export;
