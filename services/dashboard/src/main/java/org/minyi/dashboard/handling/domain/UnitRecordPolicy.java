package org.minyi.dashboard.handling.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.minyi.dashboard.reference.domain.HandlingUnit;

/**
 * How the units' record counts (README, "Units' record"):
 * <ul>
 *   <li>A unit has <b>one task per report</b>, however many assignments name it (follow-up joins them). It
 *   counts in the year of its first assignment (the county's day). It is LEAD when any assignment made it
 *   lead.</li>
 *   <li>Its <b>deadline</b> is the earliest any assignment made before its first feedback gave it (follow-up
 *   keeps the earlier while a task is open; an assignment after the feedback opens a new round, whose
 *   deadline is not the first round's). None given: it cannot be late.</li>
 *   <li><b>On time</b>: its first feedback fell on or before the deadline day. A reopened report, or a unit
 *   named again, is fed back again: the task still counts once, fed back, with the <b>result</b> of its
 *   latest feedback (the handled report with the highest sequence).</li>
 *   <li><b>Open</b>: no feedback yet, or a reopening newer than its latest feedback (by sequence, both
 *   follow-up's), or an assignment naming it after its latest feedback (by time: an assignment and a
 *   feedback come from different services, whose sequences may tie).</li>
 *   <li><b>Overdue</b> and <b>urged</b>: the OVERDUE and URGED flags raised for the unit on the report.</li>
 *   <li><b>Satisfaction</b>: the report's latest rating (highest sequence) counts for every unit with a task
 *   on it assigned before the rating.</li>
 * </ul>
 */
public final class UnitRecordPolicy {

    private static final Comparator<Assignment> FIRST_MADE = Comparator.comparing(Assignment::at)
            .thenComparingLong(Assignment::sequence);
    private static final Comparator<Fed> LATEST_FED = Comparator.comparingLong((Fed fed) -> fed.handled().sequence())
            .thenComparing(fed -> fed.feedback().at());
    private static final Comparator<Rating> LATEST_RATED = Comparator.comparingLong(Rating::sequence)
            .thenComparing(Rating::at);

    private UnitRecordPolicy() {
    }

    /**
     * The year's record: a row for every unit of {@code roster} in its order, zeros included, then the units it
     * does not know that had a task, by code.
     */
    public static UnitsYear of(int year, List<HandlingUnit> roster, Collection<HandlingHistory> histories) {
        List<UnitTask> tasks = histories.stream().flatMap(history -> tasks(history).stream())
                .filter(task -> task.year() == year)
                // a report's tasks keep the order its units were named in (the sort is stable)
                .sorted(Comparator.comparing(UnitTask::assignedAt).thenComparing(UnitTask::reportId))
                .toList();
        Map<String, List<UnitTask>> byUnit = new LinkedHashMap<>();
        roster.forEach(unit -> byUnit.put(unit.code(), new ArrayList<>()));
        Map<String, List<UnitTask>> unknown = new TreeMap<>();
        for (UnitTask task : tasks) {
            (byUnit.containsKey(task.unit()) ? byUnit : unknown).computeIfAbsent(task.unit(), u -> new ArrayList<>())
                    .add(task);
        }
        List<UnitRecord> rows = new ArrayList<>();
        roster.forEach(unit -> rows.add(new UnitRecord(unit, UnitCounts.of(byUnit.get(unit.code())))));
        unknown.forEach((code, own) -> rows.add(new UnitRecord(HandlingUnit.unknown(code), UnitCounts.of(own))));
        return new UnitsYear(year, rows, UnitCounts.of(tasks), tasks);
    }

    /** Every unit's task on one report, whatever year, in the order the units were first named. */
    public static List<UnitTask> tasks(HandlingHistory history) {
        Map<String, List<Named>> assignments = new LinkedHashMap<>();
        history.assignments().stream().sorted(FIRST_MADE).forEach(assignment -> assignment.units()
                .forEach(unit -> assignments.computeIfAbsent(unit.unit(), u -> new ArrayList<>())
                        .add(new Named(assignment, unit))));
        Map<String, List<Fed>> feedback = new LinkedHashMap<>();
        history.handled().forEach(handled -> handled.feedback().forEach(unit -> feedback
                .computeIfAbsent(unit.unit(), u -> new ArrayList<>()).add(new Fed(handled, unit))));
        List<UnitTask> tasks = new ArrayList<>();
        assignments.forEach((unit, named) -> tasks.add(task(history, unit, named, feedback.getOrDefault(unit,
                List.of()))));
        return tasks;
    }

    private static UnitTask task(HandlingHistory history, String unit, List<Named> named, List<Fed> fed) {
        Assignment first = named.get(0).assignment();
        TaskRole role = named.stream().anyMatch(n -> n.unit().role() == TaskRole.LEAD) ? TaskRole.LEAD
                : TaskRole.SUPPORT;
        HandledReport.UnitFeedback firstFeedback = fed.stream().map(Fed::feedback)
                .min(Comparator.comparing(HandledReport.UnitFeedback::at)).orElse(null);
        LocalDate deadline = named.stream()
                .filter(n -> firstFeedback == null || !n.assignment().at().isAfter(firstFeedback.at()))
                .map(n -> n.unit().deadline()).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        boolean onTime = firstFeedback != null && (deadline == null || !firstFeedback.on().isAfter(deadline));
        Fed latest = fed.stream().max(LATEST_FED).orElse(null);
        boolean open = latest == null
                || history.reopenings().stream().anyMatch(r -> r.sequence() > latest.handled().sequence())
                || named.stream().anyMatch(n -> n.assignment().at().isAfter(latest.feedback().at()));
        Satisfaction satisfaction = history.ratings().stream().filter(r -> !r.at().isBefore(first.at()))
                .max(LATEST_RATED).map(Rating::satisfaction).orElse(null);
        return new UnitTask(history.reportId(), history.trackingNumber(), unit, role, first.at(), first.on(),
                deadline, firstFeedback == null ? null : firstFeedback.on(), onTime,
                latest == null ? null : latest.feedback().result(), open, flags(history, unit, UnitFlag.Kind.OVERDUE),
                flags(history, unit, UnitFlag.Kind.URGED), satisfaction);
    }

    private static int flags(HandlingHistory history, String unit, UnitFlag.Kind kind) {
        return (int) history.flags().stream().filter(flag -> flag.kind() == kind && unit.equals(flag.unit()))
                .map(UnitFlag::eventId).distinct().count();
    }

    /** A unit as one assignment named it. */
    private record Named(Assignment assignment, Assignment.Assignee unit) {
    }

    /** A unit's feedback as one handled report carried it. */
    private record Fed(HandledReport handled, HandledReport.UnitFeedback feedback) {
    }
}
