package org.minyi.dashboard.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report in a member's standing for the year: one credited to them as adopted that year (it counts for
 * the duty), or one adopted earlier that earned them points this year (a 《专报》, a leader's instruction, an
 * upstream adoption).
 *
 * @param via           for a report that counts for the duty: DIRECT, or COMPOSITE when it was adopted
 *                      within a composite; {@code null} for one that only earned points this year
 * @param compositeId   for COMPOSITE, the composite that was adopted
 * @param committee     the committee that adopted it; {@code null} when the dashboard has no adoption for it
 * @param adoptedOn     the county's date of the adoption (the composite's for COMPOSITE)
 * @param adoptedAt     when it was adopted; {@code null} for adoptions recorded before the time was kept
 * @param countsForDuty whether it is one of the year's adopted reports the duty counts
 * @param points        what it earned this member this year: the sum of {@code entries}
 * @param entries       this member's ledger entries of the year for it (for a composite, on the first of the
 *                      member's constituents listed)
 */
public record StandingReport(String reportId, String trackingNumber, CreditedReport.Via via, String compositeId,
                             String compositeTrackingNumber, String committee, String grade, LocalDate adoptedOn,
                             Instant adoptedAt, boolean countsForDuty, BigDecimal points, List<LedgerEntry> entries) {

    public StandingReport {
        entries = List.copyOf(entries);
    }
}
