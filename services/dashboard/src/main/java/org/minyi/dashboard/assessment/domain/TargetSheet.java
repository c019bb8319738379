package org.minyi.dashboard.assessment.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.minyi.dashboard.reference.domain.UnitKind;

/**
 * One year's targets, set by the office: how many adopted reports each committee, station and
 * sector should reach, and the grading scale. A unit without a target is counted and ranked but
 * not graded.
 */
public record TargetSheet(int year, Map<UnitKind, Map<String, Integer>> targets, GradingScale grading) {

    public TargetSheet {
        Objects.requireNonNull(grading, "grading");
        Map<UnitKind, Map<String, Integer>> copy = new EnumMap<>(UnitKind.class);
        for (UnitKind kind : UnitKind.values()) {
            Map<String, Integer> given = targets == null ? null : targets.get(kind);
            Map<String, Integer> checked = new LinkedHashMap<>();
            if (given != null) {
                given.forEach((code, target) -> {
                    if (target == null || target < 0) {
                        throw new IllegalArgumentException("a target is a whole number from 0: " + code);
                    }
                    checked.put(code, target);
                });
            }
            copy.put(kind, Collections.unmodifiableMap(checked));
        }
        targets = Collections.unmodifiableMap(copy);
    }

    /** No targets yet: the sheet a year has until the office sets one. */
    public static TargetSheet empty(int year) {
        return new TargetSheet(year, Map.of(), GradingScale.DEFAULT);
    }

    /** The target of one unit; {@code null} when it has none. */
    public Integer targetOf(UnitKind kind, String code) {
        return targets.get(kind).get(code);
    }
}
