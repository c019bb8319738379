package org.minyi.review.queue.web;

import java.text.Normalizer;
import java.util.List;

import org.minyi.review.queue.application.FieldProblem;

/**
 * How request texts are read: stripped, normalised to Unicode NFC, counted in code points (a CJK character
 * counts one); a blank text is absent. Each check adds a bilingual problem naming the field.
 */
public final class RequestTexts {

    private static final String CODE = "[A-Za-z0-9_-]{1,64}";

    private RequestTexts() {
    }

    /** The text, or {@code null} when absent, blank or too long (then a problem is added). */
    public static String optional(String field, String label, String value, int max, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (text.isEmpty()) {
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            problems.add(new FieldProblem(field, "too_long", label + "不能超过" + max + "字，现为" + length + "字",
                    field + " may have at most " + max + " characters, it has " + length));
            return null;
        }
        return text;
    }

    /** The text; a problem is added when it is absent, blank or too long. */
    public static String required(String field, String label, String value, int max, List<FieldProblem> problems) {
        String text = optional(field, label, value, max, problems);
        if (text == null && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(missing(field, label));
        }
        return text;
    }

    /** A code such as a committee or township: letters, digits, {@code _} and {@code -}. */
    public static String code(String field, String label, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches(CODE)) {
            problems.add(new FieldProblem(field, "bad_code", label + "代码格式不正确", field + " is not a valid code"));
            return null;
        }
        return value;
    }

    public static FieldProblem missing(String field, String label) {
        return new FieldProblem(field, "required", label + "不能为空", field + " is required");
    }
}
