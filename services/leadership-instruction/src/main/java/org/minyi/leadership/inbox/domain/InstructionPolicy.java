package org.minyi.leadership.inbox.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whose instruction it is and when it was written. A leader instructs as themself: naming a leader is
 * optional for them and, when they do, it must be their own code. The leaders' secretariat records an
 * instruction on a leader's behalf and must name a leader of the reference data. An instruction is dated
 * the day the leader wrote it: not after today, and at most a year back (a paper 批示 is often entered
 * days later, never years).
 */
public final class InstructionPolicy {

    /** How long after a leader wrote an instruction it may still be entered with that date. */
    public static final int DATE_YEARS_BACK = 1;

    private InstructionPolicy() {
    }

    /**
     * The leader the instruction is by, after every rule on who, which units and when was checked.
     *
     * @param named the leader named in the request, {@code null} when none
     * @param date  the date the leader wrote it, {@code null} for today
     * @throws NotPermitted      unless a leader or the secretariat instructs
     * @throws InvalidAssignment naming every broken rule (the leader, the units, the date) at once
     */
    public static Leader check(Actor by, String named, Leaders leaders, Units known, List<UnitAssignment> units,
                               LocalDate date, LocalDate today) {
        DecisionPolicy.mayInstruct(by);
        List<AssignmentProblem> problems = new ArrayList<>();
        Leader leader = leader(by, named, leaders, problems);
        problems.addAll(AssignmentPolicy.problems(units, today, known));
        problems.addAll(dateProblems(date, today));
        if (!problems.isEmpty()) {
            throw new InvalidAssignment(problems);
        }
        return leader;
    }

    /** What is wrong with the date an instruction was written on; nothing for {@code null} (today). */
    public static List<AssignmentProblem> dateProblems(LocalDate date, LocalDate today) {
        if (date == null) {
            return List.of();
        }
        if (date.isAfter(today)) {
            return List.of(new AssignmentProblem("date", "in_future", "批示日期不能晚于今天",
                    "the instruction cannot be dated in the future"));
        }
        if (date.isBefore(today.minusYears(DATE_YEARS_BACK))) {
            return List.of(new AssignmentProblem("date", "too_old", "批示日期不能早于一年前",
                    "the instruction cannot be dated more than a year back"));
        }
        return List.of();
    }

    private static Leader leader(Actor by, String named, Leaders leaders, List<AssignmentProblem> problems) {
        if (by.is(Role.LEADER)) {
            if (named != null && !named.equals(by.leader())) {
                problems.add(new AssignmentProblem("leader", "not_own", "领导只能以本人名义批示",
                        "a leader instructs as themself: leader must be your own code or left out"));
                return null;
            }
            return known(by.leader(), leaders, problems);
        }
        if (named == null) {
            problems.add(new AssignmentProblem("leader", "required", "代领导录入批示须指明批示领导",
                    "the secretariat names the leader it records the instruction for"));
            return null;
        }
        return known(named, leaders, problems);
    }

    private static Leader known(String code, Leaders leaders, List<AssignmentProblem> problems) {
        Leader leader = code == null ? null : leaders.find(code).orElse(null);
        if (leader == null) {
            problems.add(new AssignmentProblem("leader", "unknown", "批示领导不在领导名录中",
                    "no leader with this code in the reference data"));
        }
        return leader;
    }
}
