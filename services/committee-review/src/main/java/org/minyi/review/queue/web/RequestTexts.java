package org.minyi.review.queue.web;

import java.text.Normalizer;
import java.util.List;

import org.minyi.review.queue.application.FieldProblem;

/**
 * How request texts are read: stripped, normalised to Unicode NFC, counted in code points (a CJK character
 * counts one); a blank text is absent. Control characters, unpaired surrogates and the non-characters
 * U+FFFE/U+FFFF are refused (they cannot be printed, and would break the Word document an issue prints as);
 * texts keep line breaks and tabs, one-line fields (titles, labels) none. Each check adds a bilingual
 * problem naming the field.
 */
public final class RequestTexts {

    private static final String CODE = "[A-Za-z0-9_-]{1,64}";

    private RequestTexts() {
    }

    /** A text that may run over several lines, or {@code null} when absent, blank or bad (then a problem is added). */
    public static String optional(String field, String label, String value, int max, List<FieldProblem> problems) {
        return read(field, label, value, max, true, problems);
    }

    /** The text; a problem is added when it is absent, blank, bad or too long. */
    public static String required(String field, String label, String value, int max, List<FieldProblem> problems) {
        return present(field, label, optional(field, label, value, max, problems), problems);
    }

    /** A one-line text (a title, a label), or {@code null} when absent, blank or bad (then a problem is added). */
    public static String optionalLine(String field, String label, String value, int max, List<FieldProblem> problems) {
        return read(field, label, value, max, false, problems);
    }

    /** A one-line text; a problem is added when it is absent, blank, bad or too long. */
    public static String requiredLine(String field, String label, String value, int max, List<FieldProblem> problems) {
        return present(field, label, optionalLine(field, label, value, max, problems), problems);
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

    private static String read(String field, String label, String value, int max, boolean lines,
                               List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (text.isEmpty()) {
            return null;
        }
        if (!printable(text, lines)) {
            problems.add(lines
                    ? new FieldProblem(field, "bad_text", label + "不能含有控制字符", field + " cannot contain control characters")
                    : new FieldProblem(field, "bad_text", label + "不能含有换行或控制字符",
                            field + " cannot contain line breaks or control characters"));
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

    private static String present(String field, String label, String text, List<FieldProblem> problems) {
        if (text == null && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(missing(field, label));
        }
        return text;
    }

    /** Whether every code point can be printed: no controls (but line breaks and tabs in texts), no lone surrogates. */
    static boolean printable(String text, boolean lines) {
        return text.codePoints().allMatch(c -> lines && (c == '\n' || c == '\r' || c == '\t') || printable(c));
    }

    private static boolean printable(int c) {
        boolean loneSurrogate = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
        return !Character.isISOControl(c) && !loneSurrogate && c != 0xFFFE && c != 0xFFFF;
    }
}
