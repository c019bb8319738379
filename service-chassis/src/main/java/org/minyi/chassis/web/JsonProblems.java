package org.minyi.chassis.web;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minyi.chassis.problem.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Names the field and the kind of mistake behind a JSON body that could not be read or bound. */
public final class JsonProblems {

    /** Jackson's words for a key given twice (the parser's and the tree reader's). */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object )?(?:property|field) [\"']([^\"']{1,100})[\"']");

    private final Set<String> platformFields;

    /** @param platformFields fields the platform sets ({@code id}, {@code status}, …), named as such when a body sends one */
    public JsonProblems(Set<String> platformFields) {
        this.platformFields = Set.copyOf(platformFields);
    }

    /** The problem with a body: the field and what is wrong with it; {@code body} when it is not JSON at all. */
    public FieldProblem of(Throwable failure) {
        JacksonException jackson = deepestJackson(failure);
        if (jackson == null) {
            return malformed();
        }
        Matcher twice = DUPLICATE.matcher(String.valueOf(jackson.getOriginalMessage()));
        if (twice.find()) {
            String field = join(path(jackson), twice.group(1));
            return new FieldProblem(field, "duplicate_field", "字段重复出现：" + field, "field given twice: " + field);
        }
        String field = path(jackson);
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            String name = String.valueOf(unknown.getPropertyName());
            if (platformFields.contains(name)) {
                return new FieldProblem(field, "unknown_field", "字段由系统设置，不能提交：" + field,
                        field + " is set by the platform and cannot be submitted");
            }
            return new FieldProblem(field, "unknown_field", "不允许的字段：" + field, "unknown field: " + field);
        }
        if (jackson instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (!(format.getValue() instanceof String) || target == Boolean.class || target == boolean.class) {
                return wrongType(field);
            }
            return new FieldProblem(field, "bad_value", "字段取值无效：" + field,
                    "invalid value for " + field + ": " + FieldProblem.quoted((String) format.getValue(), 64));
        }
        if (jackson instanceof InputCoercionException && !"body".equals(field)) {
            return new FieldProblem(field, "bad_value", "字段取值超出范围：" + field, "value out of range for " + field);
        }
        if (jackson instanceof MismatchedInputException mismatch) {
            if (String.valueOf(mismatch.getOriginalMessage()).startsWith("Trailing token")) {
                return malformed();
            }
            return "body".equals(field) ? notAnObject() : wrongType(field);
        }
        return malformed();
    }

    public static FieldProblem notAnObject() {
        return new FieldProblem("body", "wrong_type", "请求体须为JSON对象", "the body must be a JSON object");
    }

    public static FieldProblem malformed() {
        return new FieldProblem("body", "malformed_json", "请求体不是有效的JSON", "the body is not valid JSON");
    }

    private static FieldProblem wrongType(String field) {
        return new FieldProblem(field, "wrong_type", "字段类型不正确：" + field, "wrong type for " + field);
    }

    private static JacksonException deepestJackson(Throwable failure) {
        JacksonException found = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                found = jackson;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return found;
    }

    /** {@code a.b[1].c}; {@code body} for the whole body. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String join(String path, String key) {
        return "body".equals(path) ? key : path + "." + key;
    }
}
