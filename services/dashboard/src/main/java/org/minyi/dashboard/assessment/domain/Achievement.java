package org.minyi.dashboard.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Something an adopted report earned after its adoption — a publication, an adoption by an upper-level
 * CPPCC, a leader's instruction — one per event, each a line of the points ledger.
 *
 * @param level for UPSTREAM_ADOPTION (CITY, PROVINCE, NATIONAL) and LEADER_INSTRUCTION; else {@code null}
 * @param mode  for UPSTREAM_ADOPTION; else {@code null}
 * @param year  the year it counts in: the year for a publication, else the year of {@code on}
 * @param on    the county's date it happened (for an upstream adoption: the date the upper level adopted it)
 */
public record Achievement(UUID eventId, Kind kind, Level level, Mode mode, String reportId, String trackingNumber,
                          int year, LocalDate on, String committee, String township, String sector,
                          List<String> authors) {

    public Achievement {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(on, "on");
        authors = authors == null ? List.of() : List.copyOf(authors);
        if ((kind == Kind.UPSTREAM_ADOPTION || kind == Kind.LEADER_INSTRUCTION) && level == null) {
            throw new IllegalArgumentException(kind + " needs a level");
        }
        if (kind == Kind.UPSTREAM_ADOPTION && (mode == null || level == Level.COUNTY)) {
            throw new IllegalArgumentException("an upstream adoption needs a mode and a level above the county");
        }
    }

    public enum Kind {
        /** carried in 《社情民意》 */
        REGULAR_PUBLICATION,
        /** carried in 《政协信息专报》 */
        SPECIAL_PUBLICATION,
        /** adopted by the city, provincial or national CPPCC */
        UPSTREAM_ADOPTION,
        /** a leader's written instruction (批示) */
        LEADER_INSTRUCTION
    }
}
