package org.minyi.routing.reference.domain;

/** One bad field of a request, explained in Chinese and English. */
public record FieldProblem(String field, String code, String messageZh, String message) {

    public static FieldProblem unknownCode(String field, String what, String code) {
        return new FieldProblem(field, "unknown_code", "未知的" + what + "代码：" + code, "unknown code: " + code);
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
