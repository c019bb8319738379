package org.minyi.followup.handling.web;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import org.minyi.followup.handling.application.FieldProblem;

/**
 * Free text of a request, normalised to Unicode NFC and stripped; lengths count characters as people
 * do (code points), so a CJK character counts one. Control characters other than line breaks and tabs
 * are refused. Codes (units) have one fixed form.
 */
final class Texts {

    static final int CODE_MAX = 64;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1," + CODE_MAX + "}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

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

    /** A code such as a unit's; {@code null} or blank means none given. */
    static String code(String field, String label, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(field, "bad_code", label + "代码格式不正确",
                    "a " + field + " code has 1 to " + CODE_MAX + " of A-Z, a-z, 0-9, _ and -"));
            return null;
        }
        return code;
    }

    static FieldProblem missing(String field, String label) {
        return new FieldProblem(field, "required", label + "不能为空", field + " is required");
    }

    private static String withinLength(String field, String label, String text, int max, List<FieldProblem> problems) {
        if (CONTROL.matcher(text).find()) {
            problems.add(new FieldProblem(field, "control_character", label + "含有不允许的控制字符",
                    field + " contains control characters"));
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

    private static String normalise(String value) {
        return value == null ? null : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }
}
