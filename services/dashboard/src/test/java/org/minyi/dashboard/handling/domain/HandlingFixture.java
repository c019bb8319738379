package org.minyi.dashboard.handling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * One report's handling, written as it happened; times are the county's (Beijing) wall-clock times, as
 * {@code "2026-03-20T23:00"}, and each fact's county day is taken from them as the translation does.
 */
final class HandlingFixture {

    static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    final String reportId = UUID.randomUUID().toString();
    private final String trackingNumber;
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<HandledReport> handled = new ArrayList<>();
    private final List<Rating> ratings = new ArrayList<>();
    private final List<Reopening> reopenings = new ArrayList<>();
    private final List<UnitFlag> flags = new ArrayList<>();

    private HandlingFixture(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    static HandlingFixture report(String trackingNumber) {
        return new HandlingFixture(trackingNumber);
    }

    static Instant at(String countyTime) {
        return LocalDateTime.parse(countyTime).atZone(COUNTY).toInstant();
    }

    static Assignment.Assignee lead(String unit, String deadline) {
        return new Assignment.Assignee(unit, TaskRole.LEAD, deadline == null ? null : LocalDate.parse(deadline));
    }

    static Assignment.Assignee support(String unit, String deadline) {
        return new Assignment.Assignee(unit, TaskRole.SUPPORT, deadline == null ? null : LocalDate.parse(deadline));
    }

    static HandledReport.UnitFeedback fed(String unit, Result result, String countyTime) {
        Instant at = at(countyTime);
        return new HandledReport.UnitFeedback(unit, result, at, at.atZone(COUNTY).toLocalDate());
    }

    /** An instruction, forward or transfer naming {@code units}, made at {@code countyTime}. */
    HandlingFixture assigned(String countyTime, long sequence, Assignment.Assignee... units) {
        Instant at = at(countyTime);
        assignments.add(new Assignment(UUID.randomUUID(), reportId, trackingNumber, sequence, at,
                at.atZone(COUNTY).toLocalDate(), List.of(units)));
        return this;
    }

    /** Every unit fed back; the handled report's time is the last feedback's. */
    HandlingFixture handled(long sequence, HandledReport.UnitFeedback... feedback) {
        Instant last = List.of(feedback).stream().map(HandledReport.UnitFeedback::at).max(Instant::compareTo)
                .orElseThrow();
        handled.add(new HandledReport(UUID.randomUUID(), reportId, trackingNumber, sequence, last, List.of(feedback)));
        return this;
    }

    HandlingFixture rated(String countyTime, long sequence, Satisfaction satisfaction) {
        ratings.add(new Rating(UUID.randomUUID(), reportId, trackingNumber, sequence, at(countyTime), satisfaction));
        return this;
    }

    HandlingFixture reopened(String countyTime, long sequence) {
        reopenings.add(new Reopening(UUID.randomUUID(), reportId, sequence, at(countyTime)));
        return this;
    }

    HandlingFixture flagged(UnitFlag.Kind kind, String unit, String countyTime, long sequence) {
        flags.add(new UnitFlag(UUID.randomUUID(), reportId, trackingNumber, kind, unit, sequence, at(countyTime)));
        return this;
    }

    /** The last flag delivered once more (the store keeps one; a history read twice must not count two). */
    HandlingFixture lastFlagRepeated() {
        flags.add(flags.get(flags.size() - 1));
        return this;
    }

    HandlingHistory history() {
        return new HandlingHistory(reportId, trackingNumber, assignments, handled, ratings, reopenings, flags);
    }

    /** The same facts, every list in the opposite order: as if they had arrived the other way round. */
    HandlingHistory historyReversed() {
        return new HandlingHistory(reportId, trackingNumber, reversed(assignments), reversed(handled),
                reversed(ratings), reversed(reopenings), reversed(flags));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
