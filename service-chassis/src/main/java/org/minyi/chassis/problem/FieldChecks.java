package org.minyi.chassis.problem;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the problems of a typed request's fields after Jackson bound it: text is stripped and
 * NFC-normalised, lengths are counted in characters (a CJK character counts one), codes are plain
 * identifiers. One problem per field, the first found; {@link #throwIfAny()} answers all at once.
 */
public final class FieldChecks {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<String> named = new ArrayList<>();

    /** A single-line text (a title, a name): no line breaks or control characters. */
    public String line(String field, String label, String value, boolean required, int max) {
        String text = present(field, label, value, required);
        if (text == null) {
            return null;
        }
        if (CONTROL.matcher(text).find() || hasStrayCharacters(text)) {
            add(field, "bad_text", label + "不能含有换行或控制字符", field + " cannot contain line breaks or control characters");
            return null;
        }
        return bounded(field, label, text, max);
    }

    /** A text of several lines: no control characters but line breaks and tabs. */
    public String text(String field, String label, String value, boolean required, int max) {
        String text = present(field, label, value, required);
        if (text == null) {
            return null;
        }
        if (CONTROL_BUT_LINES.matcher(text).find() || hasStrayCharacters(text)) {
            add(field, "bad_text", label + "不能含有控制字符", field + " cannot contain control characters");
            return null;
        }
        return bounded(field, label, text, max);
    }

    /** A code from the reference data or a client: letters, digits, {@code -} and {@code _}, at most 64. */
    public String code(String field, String label, String value, boolean required) {
        String text = present(field, label, value, required);
        if (text == null) {
            return null;
        }
        if (!CODE.matcher(text).matches()) {
            add(field, "bad_code", label + "代码格式不正确（字母、数字、-、_，至多64个）",
                    field + " is not a valid code (letters, digits, - and _, at most 64)");
            return null;
        }
        return text;
    }

    /** A value that must be given (not {@code null}). */
    public <T> T required(String field, String label, T value) {
        if (value == null) {
            add(field, "required", label + "不能为空", field + " is required");
        }
        return value;
    }

    /** Records a problem, unless the field (or one inside it) already has one. */
    public void add(String field, String code, String messageZh, String message) {
        if (!has(field)) {
            named.add(field);
            problems.add(new FieldProblem(field, code, messageZh, message));
        }
    }

    /** Whether this field, or a field inside it, has a problem already. */
    public boolean has(String field) {
        return named.stream().anyMatch(f -> f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "["));
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** @throws InvalidInput naming every problem found, when there is one */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** Stripped and NFC-normalised; {@code null} (and a problem when required) for absent or blank text. */
    private String present(String field, String label, String value, boolean required) {
        String text = value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (text.isEmpty()) {
            if (required) {
                add(field, "required", label + "不能为空", field + " is required");
            }
            return null;
        }
        return text;
    }

    private String bounded(String field, String label, String text, int max) {
        if (max > 0 && text.codePointCount(0, text.length()) > max) {
            add(field, "too_long", label + "不能超过" + max + "字", field + " may have at most " + max + " characters");
            return null;
        }
        return text;
    }

    /** A lone surrogate or a noncharacter ({@code U+FFFE}, {@code U+FFFF}): nothing a person typed. */
    private static boolean hasStrayCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFE' || c == '\uFFFF') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
