package org.minyi.dashboard.assessment.domain;

import java.util.List;

/**
 * A year's points ledger: every award, and every member's entries and total under the year's table.
 *
 * @param members most points first, then by code; members without points are left out
 * @param entries every member's entries, by date, tracking number, item and member
 */
public record Ledger(int year, PointsTable table, List<Award> awards, List<MemberPoints> members,
                     List<LedgerEntry> entries) {

    public Ledger {
        awards = List.copyOf(awards);
        members = List.copyOf(members);
        entries = List.copyOf(entries);
    }
}
