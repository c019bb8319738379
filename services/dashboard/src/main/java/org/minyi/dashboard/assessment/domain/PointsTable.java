package org.minyi.dashboard.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One year's points table, set by the office (README, "Points"). Points have at most two decimals and
 * lie between 0 and 1000; an item worth 0 earns no ledger entry.
 *
 * @param upstream    by level (CITY, PROVINCE, NATIONAL) and mode
 * @param instruction by the instructing leader's level
 */
public record PointsTable(int year, BigDecimal countyAdoption, BigDecimal specialPublication,
                          Map<Level, Map<Mode, BigDecimal>> upstream, Map<Level, BigDecimal> instruction,
                          SplitRule split) {

    private static final BigDecimal MAX = BigDecimal.valueOf(1000);

    public PointsTable {
        Objects.requireNonNull(split, "split");
        countyAdoption = checked(countyAdoption, "countyAdoption");
        specialPublication = checked(specialPublication, "specialPublication");
        Map<Level, Map<Mode, BigDecimal>> upstreamCopy = new EnumMap<>(Level.class);
        for (Level level : new Level[] {Level.CITY, Level.PROVINCE, Level.NATIONAL}) {
            Map<Mode, BigDecimal> byMode = new EnumMap<>(Mode.class);
            for (Mode mode : Mode.values()) {
                BigDecimal points = upstream == null || upstream.get(level) == null ? null : upstream.get(level).get(mode);
                byMode.put(mode, checked(points, "upstream." + level + "." + mode));
            }
            upstreamCopy.put(level, Collections.unmodifiableMap(byMode));
        }
        upstream = Collections.unmodifiableMap(upstreamCopy);
        Map<Level, BigDecimal> instructionCopy = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            instructionCopy.put(level, checked(instruction == null ? null : instruction.get(level), "instruction." + level));
        }
        instruction = Collections.unmodifiableMap(instructionCopy);
    }

    /** The table a year has until the office sets one (README, "Points"). */
    public static PointsTable defaults(int year) {
        return new PointsTable(year, points(2), points(3),
                Map.of(Level.CITY, Map.of(Mode.SINGLE, points(5), Mode.FORWARDED, points(3)),
                        Level.PROVINCE, Map.of(Mode.SINGLE, points(10), Mode.FORWARDED, points(6)),
                        Level.NATIONAL, Map.of(Mode.SINGLE, points(20), Mode.FORWARDED, points(12))),
                Map.of(Level.COUNTY, points(3), Level.CITY, points(5), Level.PROVINCE, points(8),
                        Level.NATIONAL, points(15)),
                SplitRule.WHOEVER_WRITES);
    }

    /** What {@code achievement} is worth; regular publications earn nothing (adoption already counted). */
    public BigDecimal pointsFor(Achievement achievement) {
        return switch (achievement.kind()) {
            case REGULAR_PUBLICATION -> BigDecimal.ZERO.setScale(2);
            case SPECIAL_PUBLICATION -> specialPublication;
            case UPSTREAM_ADOPTION -> upstream.get(achievement.level()).get(achievement.mode());
            case LEADER_INSTRUCTION -> instruction.get(achievement.level());
        };
    }

    public PointsTable withYear(int otherYear) {
        return new PointsTable(otherYear, countyAdoption, specialPublication, upstream, instruction, split);
    }

    private static BigDecimal points(int value) {
        return BigDecimal.valueOf(value).setScale(2);
    }

    private static BigDecimal checked(BigDecimal points, String name) {
        if (points == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        if (points.signum() < 0 || points.compareTo(MAX) > 0 || points.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(name + " must be from 0 to 1000 with at most two decimals: " + points);
        }
        return points.setScale(2, RoundingMode.UNNECESSARY);
    }
}
