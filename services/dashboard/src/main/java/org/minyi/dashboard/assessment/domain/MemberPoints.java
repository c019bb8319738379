package org.minyi.dashboard.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

/** A member's points for the year and the entries they add up from. */
public record MemberPoints(String code, String name, String nameEn, String sector, String township,
                           BigDecimal points, List<LedgerEntry> entries) {

    public MemberPoints {
        entries = List.copyOf(entries);
    }
}
