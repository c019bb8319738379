package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a composite came about (综合): the reports planned into it, who merged them with which grade, and
 * — once complete — which constituents could not be merged because they changed in between.
 *
 * <p>The plan is written with the composite before any constituent changes, so that a merge interrupted
 * half-way can be completed from it: each constituent is merged on its own, idempotently, and the
 * composite is announced last.
 *
 * @param skipped     constituents left out because they were no longer in a queue when merged
 * @param completedAt {@code null} while the merge is pending
 */
public record Merge(List<Constituent> constituents, Actor mergedBy, Grade grade, String comment, Instant plannedAt,
                    List<Skipped> skipped, Instant completedAt) {

    public static final int MIN_CONSTITUENTS = 2;
    public static final int MAX_CONSTITUENTS = 20;

    public Merge {
        constituents = List.copyOf(constituents);
        Objects.requireNonNull(mergedBy, "mergedBy");
        Objects.requireNonNull(grade, "a composite is adopted with a grade");
        Objects.requireNonNull(plannedAt, "plannedAt");
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        if (constituents.isEmpty()) {
            throw new IllegalArgumentException("a merge needs constituents");
        }
    }

    public static Merge planned(List<Constituent> constituents, Actor mergedBy, Grade grade, String comment,
                                Instant now) {
        return new Merge(constituents, mergedBy, grade, comment, now, List.of(), null);
    }

    public boolean isPending() {
        return completedAt == null;
    }

    /** The constituents actually merged: those planned, less those skipped. */
    public List<Constituent> merged() {
        Set<ReportId> left = new LinkedHashSet<>();
        skipped.forEach(s -> left.add(s.reportId()));
        return constituents.stream().filter(c -> !left.contains(c.reportId())).toList();
    }

    /** Every author of every merged constituent, each once, in the constituents' order. */
    public List<String> authors() {
        Set<String> authors = new LinkedHashSet<>();
        merged().forEach(c -> authors.addAll(c.authors()));
        return new ArrayList<>(authors);
    }

    Merge completed(List<Skipped> left, Instant now) {
        return new Merge(constituents, mergedBy, grade, comment, plannedAt, left, now);
    }

    /** A planned constituent that could not be merged, and the status it had by then. */
    public record Skipped(ReportId reportId, String trackingNumber, ReportStatus status) {
    }
}
