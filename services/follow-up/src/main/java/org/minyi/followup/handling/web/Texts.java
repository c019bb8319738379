package org.minyi.followup.handling.web;

import java.text.Normalizer;
import java.util.List;

import org.minyi.followup.handling.application.FieldProblem;

/**
 * Free text of a request, normalised to Unicode NFC and stripped; lengths count characters as people
 * do (code points), so a CJK character counts one.
 */
final class Texts {

    private Texts() {
    }

    static String required(String field, String label, String value, int max, List<FieldProblem> problems) {
        String text = normalise(value);
        if (text == null || text.isBlank()) {
            problems.add(missing(field, label));
            return null;
        }
        return withinLength(field, label, text, max, problems);
    }

    static String optional(String field, String label, String value, int max, List<FieldProblem> problems) {
        String text = normalise(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        return withinLength(field, label, text, max, problems);
    }

    static FieldProblem missing(String field, String label) {
        return new FieldProblem(field, "required", label + "不能为空", field + " is required");
    }

    private static String withinLength(String field, String label, String text, int max, List<FieldProblem> problems) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            problems.add(new FieldProblem(field, "too_long", label + "不能超过" + max + "字，现为" + length + "字",
                    field + " may have at most " + max + " characters, it has " + length));
            return null;
        }
        return text;
    }

    private static String normalise(String value) {
        return value == null ? null : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }
}
