package org.minyi.leadership.inbox.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.minyi.leadership.inbox.application.FieldProblem;
import org.minyi.leadership.inbox.domain.UnitAssignment;

/**
 * Collects the problems of one request body while reading its fields. Text is normalised to Unicode
 * NFC and its length counted as people count characters (code points), so a CJK character counts one.
 */
final class RequestFields {

    private final List<FieldProblem> problems = new ArrayList<>();

    String required(String field, String label, String value, int max) {
        String text = normalise(value);
        if (text == null || text.isBlank()) {
            problems.add(missing(field, label));
            return null;
        }
        return withinLength(field, label, text, max);
    }

    String optional(String field, String label, String value, int max) {
        String text = normalise(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        return withinLength(field, label, text, max);
    }

    /** The units as asked for; shape only — the assignment rules are the domain's. */
    List<UnitAssignment> units(List<UnitRequest> units) {
        if (units == null || units.isEmpty()) {
            problems.add(missing("units", "承办单位"));
            return List.of();
        }
        List<UnitAssignment> assignments = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            String field = "units[" + i + "]";
            UnitRequest unit = units.get(i);
            if (unit == null) {
                problems.add(missing(field, "承办单位"));
                continue;
            }
            String code = required(field + ".unit", "单位代码", unit.unit(), 64);
            if (unit.role() == null) {
                problems.add(missing(field + ".role", "承办角色"));
            }
            if (unit.deadline() == null) {
                problems.add(missing(field + ".deadline", "办理期限"));
            }
            if (code != null && unit.role() != null && unit.deadline() != null) {
                assignments.add(new UnitAssignment(code, unit.role(), unit.deadline()));
            }
        }
        return assignments;
    }

    void requirePresent(String field, String label, Object value) {
        if (value == null) {
            problems.add(missing(field, label));
        }
    }

    /** @throws InvalidRequest naming every bad field seen */
    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    private String withinLength(String field, String label, String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            problems.add(new FieldProblem(field, "too_long", label + "不能超过" + max + "字，现为" + length + "字",
                    field + " may have at most " + max + " characters, it has " + length));
            return null;
        }
        return text;
    }

    private static FieldProblem missing(String field, String label) {
        return new FieldProblem(field, "required", label + "不能为空", field + " is required");
    }

    private static String normalise(String value) {
        return value == null ? null : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }
}
