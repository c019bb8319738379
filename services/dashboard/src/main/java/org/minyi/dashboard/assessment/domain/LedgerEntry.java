package org.minyi.dashboard.assessment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One author's share of what one event earned, traceable to the event(s) that earned it.
 *
 * @param level      for UPSTREAM_ADOPTION and LEADER_INSTRUCTION
 * @param mode       for UPSTREAM_ADOPTION
 * @param itemPoints what the item is worth in the table
 * @param authors    how many authors share it
 * @param points     this author's share under {@code split}
 * @param eventIds   the earning event, and for a composite's adoption the merge that names its authors
 */
public record LedgerEntry(String member, Item item, Level level, Mode mode, String reportId, String trackingNumber,
                          LocalDate on, BigDecimal itemPoints, int authors, SplitRule split, BigDecimal points,
                          List<UUID> eventIds) {

    public LedgerEntry {
        eventIds = List.copyOf(eventIds);
    }
}
