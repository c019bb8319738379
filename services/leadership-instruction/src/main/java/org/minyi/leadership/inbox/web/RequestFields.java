package org.minyi.leadership.inbox.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.minyi.leadership.inbox.application.FieldProblem;
import org.minyi.leadership.inbox.domain.AssignmentPolicy;
import org.minyi.leadership.inbox.domain.UnitAssignment;

/**
 * Collects the problems of one request body while reading its fields. Text is normalised to Unicode
 * NFC and its length counted as people count characters (code points), so a CJK character counts one.
 * Control characters and unpaired surrogates are refused: a text keeps its line breaks and tabs, a
 * one-line field (a name, a code) keeps none.
 */
final class RequestFields {

    private static final Pattern CONTROL_IN_TEXT = Pattern.compile("[\\p{Cc}\\p{Cs}&&[^\\n\\r\\t]]");
    private static final Pattern CONTROL_IN_LINE = Pattern.compile("[\\p{Cc}\\p{Cs}]");

    private final List<FieldProblem> problems = new ArrayList<>();

    /** A required one-line value (a name, a code). */
    String requiredLine(String field, String label, String value, int max) {
        return clean(field, label, required(field, label, value, max), CONTROL_IN_LINE);
    }

    /** A required text that may run over several lines. */
    String requiredText(String field, String label, String value, int max) {
        return clean(field, label, required(field, label, value, max), CONTROL_IN_TEXT);
    }

    /** An optional text that may run over several lines; {@code null} when absent or blank. */
    String optionalText(String field, String label, String value, int max) {
        String text = normalise(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        return clean(field, label, withinLength(field, label, text, max), CONTROL_IN_TEXT);
    }

    private String required(String field, String label, String value, int max) {
        String text = normalise(value);
        if (text == null || text.isBlank()) {
            problems.add(missing(field, label));
            return null;
        }
        return withinLength(field, label, text, max);
    }

    private String clean(String field, String label, String text, Pattern refused) {
        if (text != null && refused.matcher(text).find()) {
            problems.add(new FieldProblem(field, "bad_text", label + "不能含有控制字符",
                    field + " cannot contain control characters"));
            return null;
        }
        return text;
    }

    /** The units as asked for; shape only — the assignment rules are the domain's. */
    List<UnitAssignment> units(List<UnitRequest> units) {
        if (units == null || units.isEmpty()) {
            problems.add(missing("units", "承办单位"));
            return List.of();
        }
        if (units.size() > AssignmentPolicy.MAX_UNITS) {
            problems.add(new FieldProblem("units", "too_many", "承办单位不能超过" + AssignmentPolicy.MAX_UNITS + "个",
                    "at most " + AssignmentPolicy.MAX_UNITS + " units"));
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
            String code = requiredLine(field + ".unit", "单位代码", unit.unit(), 64);
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
