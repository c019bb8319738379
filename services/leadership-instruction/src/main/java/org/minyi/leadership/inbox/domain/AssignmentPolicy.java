package org.minyi.leadership.inbox.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How handling units are assigned: exactly one lead unit (主办), any number of supporting units (协办),
 * each unit once, a well-formed code of a unit of the reference data, and a deadline neither in the past
 * nor more than two years ahead (a deadline of 9999 is a typing error, not a plan). An item in hand checks
 * the shape of its assignment again; whether a code names a unit of the reference data is checked before,
 * against {@link Units}.
 */
public final class AssignmentPolicy {

    public static final int MAX_UNITS = 20;
    /** How far ahead a deadline may lie. */
    public static final int MAX_YEARS_AHEAD = 2;
    private static final Pattern UNIT_CODE = Pattern.compile("[a-z0-9-]{1,64}");

    private AssignmentPolicy() {
    }

    /** Every broken rule, units of the reference data among them; empty when the assignment is sound. */
    public static List<AssignmentProblem> problems(List<UnitAssignment> units, LocalDate today, Units known) {
        List<AssignmentProblem> problems = new ArrayList<>(problems(units, today));
        if (units == null || units.size() > MAX_UNITS) {
            return problems;
        }
        for (int i = 0; i < units.size(); i++) {
            String field = "units[" + i + "].unit";
            String code = units.get(i).unit();
            if (problems.stream().noneMatch(p -> p.field().equals(field)) && !known.isKnown(code)) {
                problems.add(new AssignmentProblem(field, "unknown", "承办单位不在单位名录中：" + code,
                        "no unit with this code in the reference data: " + code));
            }
        }
        return problems;
    }

    /** Every broken rule of the assignment's shape; empty when it is sound. */
    public static List<AssignmentProblem> problems(List<UnitAssignment> units, LocalDate today) {
        List<AssignmentProblem> problems = new ArrayList<>();
        if (units == null || units.isEmpty()) {
            problems.add(new AssignmentProblem("units", "required", "须指定承办单位", "at least one unit is required"));
            return problems;
        }
        if (units.size() > MAX_UNITS) {
            problems.add(new AssignmentProblem("units", "too_many", "承办单位不能超过" + MAX_UNITS + "个",
                    "at most " + MAX_UNITS + " units"));
        }
        long leads = units.stream().filter(u -> u.role() == UnitRole.LEAD).count();
        if (leads != 1) {
            problems.add(new AssignmentProblem("units", "one_lead", "须有且仅有一个主办单位，现有" + leads + "个",
                    "exactly one LEAD unit is required, there are " + leads));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            UnitAssignment unit = units.get(i);
            String field = "units[" + i + "]";
            if (!UNIT_CODE.matcher(unit.unit()).matches()) {
                problems.add(new AssignmentProblem(field + ".unit", "bad_code", "单位代码格式不正确",
                        "a unit code has 1 to 64 of a-z, 0-9 and -"));
            } else if (!seen.add(unit.unit())) {
                problems.add(new AssignmentProblem(field + ".unit", "duplicate", "单位重复：" + unit.unit(),
                        "unit listed twice: " + unit.unit()));
            }
            if (unit.deadline().isBefore(today)) {
                problems.add(new AssignmentProblem(field + ".deadline", "in_past", "办理期限不能早于今天",
                        "the deadline cannot be in the past"));
            } else if (unit.deadline().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
                problems.add(new AssignmentProblem(field + ".deadline", "too_far",
                        "办理期限不能晚于" + MAX_YEARS_AHEAD + "年后",
                        "the deadline cannot be more than " + MAX_YEARS_AHEAD + " years ahead"));
            }
        }
        return problems;
    }

    /** @throws InvalidAssignment naming every broken rule, units of the reference data among them */
    public static void check(List<UnitAssignment> units, LocalDate today, Units known) {
        throwIfAny(problems(units, today, known));
    }

    /** @throws InvalidAssignment naming every broken rule of the assignment's shape */
    public static void check(List<UnitAssignment> units, LocalDate today) {
        throwIfAny(problems(units, today));
    }

    private static void throwIfAny(List<AssignmentProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidAssignment(problems);
        }
    }
}
