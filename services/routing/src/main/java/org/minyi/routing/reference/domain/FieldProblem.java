package org.minyi.routing.reference.domain;

/** One bad field of a request, explained in Chinese and English. */
public record FieldProblem(String field, String code, String messageZh, String message) {

    /** Codes longer than this are quoted cut short: an answer does not echo a whole hostile body. */
    static final int QUOTED_MAX = 64;

    public static FieldProblem unknownCode(String field, String what, String code) {
        String quoted = code != null && code.length() > QUOTED_MAX ? code.substring(0, QUOTED_MAX) + "…" : code;
        return new FieldProblem(field, "unknown_code", "未知的" + what + "代码：" + quoted, "unknown code: " + quoted);
    }

    public static FieldProblem badText(String field, String what) {
        return new FieldProblem(field, "bad_text", what + "不能含有控制字符", field + " cannot contain control characters");
    }

    public static FieldProblem required(String field, String what) {
        return new FieldProblem(field, "required", what + "不能为空", field + " is required");
    }

    public static FieldProblem tooLong(String field, String what, int max) {
        return new FieldProblem(field, "too_long", what + "不能超过" + max + "字",
                field + " may have at most " + max + " characters");
    }

    public static FieldProblem badCode(String field, String what) {
        return new FieldProblem(field, "bad_code", what + "代码格式不正确", field + " is not a valid code");
    }
}
