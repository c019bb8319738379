package org.minyi.dashboard.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

import org.minyi.dashboard.reference.domain.UnitKind;

/**
 * A commendation candidate (表彰候选): a member ({@code kind} {@code null}) or a station or sector, with
 * the evidence — the ledger entries (a member's) or awards (a unit's) that make its points, and the
 * reports credited to it as adopted.
 *
 * @param adopted reports credited as adopted this year
 * @param rate    of the reports first submitted this year, how many were adopted by now
 */
public record Candidate(UnitKind kind, String code, String name, String nameEn, BigDecimal points, long adopted,
                        Rate rate, int rank, List<LedgerEntry> entries, List<Award> awards,
                        List<CreditedReport> reports) {

    public Candidate {
        entries = List.copyOf(entries);
        awards = List.copyOf(awards);
        reports = List.copyOf(reports);
    }
}
