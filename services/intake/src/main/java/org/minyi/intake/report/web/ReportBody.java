package org.minyi.intake.report.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.minyi.intake.report.application.FieldProblem;
import org.minyi.intake.report.domain.Category;
import org.minyi.intake.report.domain.OnBehalfOf;
import org.minyi.intake.report.domain.ReportContent;
import tools.jackson.databind.JsonNode;

/**
 * Reads the body of {@code POST /api/reports} and {@code PUT /api/reports/{id}} from the JSON tree,
 * so that every bad field is named in one answer rather than the first one the parser trips over:
 * MongoDB operators anywhere ({@code {"$gt": ""}}, in nested objects and arrays too), fields the
 * body may not have (in particular {@code id}, {@code status}, {@code trackingNumber} and timestamps,
 * which only the platform sets), wrong JSON types, unknown enum values, codes of the wrong form, bad
 * dates, control characters, missing fields. Texts are stripped and normalised to NFC. Lengths, and
 * whether the codes exist, depend on the county and are checked by the application.
 */
final class ReportBody {

    static final int CODE_MAX = 64;
    static final int NAME_MAX = 60;
    static final int AUTHORS_MAX = 20;

    private static final Set<String> FIELDS = Set.of("title", "category", "domain", "situation", "analysis",
            "suggestions", "township", "sector", "authors", "onBehalfOf", "topicId", "urgent", "occurredOn");
    private static final Set<String> SET_BY_THE_PLATFORM = Set.of("id", "_id", "status", "trackingNumber",
            "revision", "sequence", "committee", "submittedBy", "submittedAt", "updatedAt", "createdAt", "version",
            "timeline", "quality", "previousStatus");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1," + CODE_MAX + "}");
    /** Control characters; texts keep line breaks and tabs, one-line fields keep none. */
    private static final Pattern CONTROL_IN_TEXT = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    private static final Pattern CONTROL_IN_LINE = Pattern.compile("\\p{Cc}");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final List<FieldProblem> problems = new ArrayList<>();
    private final Set<String> named = new HashSet<>();

    private ReportBody() {
    }

    /** @throws InvalidRequest naming every bad field */
    static ReportContent read(JsonNode body) {
        return new ReportBody().content(body);
    }

    private ReportContent content(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequest(List.of(new FieldProblem("body", "wrong_type", "请求体须为JSON对象",
                    "the body must be a JSON object")));
        }
        operators(body, "");
        for (String field : body.propertyNames()) {
            if (!field.startsWith("$") && !FIELDS.contains(field) && !namedWithin(field)) {
                unknown(field);
            }
        }
        String title = line("title", "标题", body.get("title"), true);
        Category category = category(body.get("category"));
        String domain = code("domain", "领域", body.get("domain"), true);
        String situation = text("situation", "情况", body.get("situation"), true);
        String analysis = text("analysis", "问题", body.get("analysis"), false);
        String suggestions = text("suggestions", "建议", body.get("suggestions"), true);
        String township = code("township", "乡镇", body.get("township"), true);
        String sector = code("sector", "界别", body.get("sector"), false);
        List<String> authors = authors(body.get("authors"));
        OnBehalfOf onBehalfOf = onBehalfOf(body.get("onBehalfOf"));
        String topicId = code("topicId", "信息反映点", body.get("topicId"), false);
        Boolean urgent = flag("urgent", body.get("urgent"));
        LocalDate occurredOn = date("occurredOn", body.get("occurredOn"));
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new ReportContent(title, category, domain, situation, analysis, suggestions, township, sector, authors,
                onBehalfOf, topicId, Boolean.TRUE.equals(urgent), occurredOn);
    }

    /** Names every object that holds a {@code $} key, wherever it is; such a field is not read further. */
    private void operators(JsonNode node, String path) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String key = property.getKey();
                if (key.startsWith("$")) {
                    String field = path.isEmpty() ? key : path;
                    problem(field, "operator", "不允许使用查询运算符：" + key, "query operators are not allowed: " + key);
                } else {
                    operators(property.getValue(), path.isEmpty() ? key : path + "." + key);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                operators(node.get(i), path + "[" + i + "]");
            }
        }
    }

    private void unknown(String field) {
        if (SET_BY_THE_PLATFORM.contains(field)) {
            problem(field, "unknown_field", "字段由系统设置，不能提交：" + field,
                    field + " is set by the platform and cannot be submitted");
        } else {
            problem(field, "unknown_field", "不允许的字段：" + field, "unknown field: " + field);
        }
    }

    private String line(String field, String label, JsonNode value, boolean required) {
        String text = string(field, label, value, required);
        if (text != null && CONTROL_IN_LINE.matcher(text).find()) {
            problem(field, "bad_text", label + "不能含有换行或控制字符", field + " cannot contain line breaks or control characters");
            return null;
        }
        return text;
    }

    private String text(String field, String label, JsonNode value, boolean required) {
        String text = string(field, label, value, required);
        if (text != null && CONTROL_IN_TEXT.matcher(text).find()) {
            problem(field, "bad_text", label + "不能含有控制字符", field + " cannot contain control characters");
            return null;
        }
        return text;
    }

    /** A string, stripped and in NFC; {@code null} when absent or blank (a problem if required). */
    private String string(String field, String label, JsonNode value, boolean required) {
        if (namedWithin(field)) {
            return null;
        }
        if (value == null || value.isNull()) {
            if (required) {
                missing(field, label);
            }
            return null;
        }
        if (!value.isString()) {
            wrongType(field, label, "文本", "a string");
            return null;
        }
        String text = Normalizer.normalize(value.stringValue().strip(), Normalizer.Form.NFC);
        if (text.isEmpty()) {
            if (required) {
                missing(field, label);
            }
            return null;
        }
        return text;
    }

    private String code(String field, String label, JsonNode value, boolean required) {
        String code = string(field, label, value, required);
        if (code != null && !CODE.matcher(code).matches()) {
            problem(field, "bad_code", label + "代码格式不正确（字母、数字、-、_，至多" + CODE_MAX + "个）",
                    field + " is not a valid code (letters, digits, - and _, at most " + CODE_MAX + ")");
            return null;
        }
        return code;
    }

    private Category category(JsonNode value) {
        String name = string("category", "类别", value, true);
        if (name == null) {
            return null;
        }
        try {
            return Category.valueOf(name);
        } catch (IllegalArgumentException e) {
            problem("category", "bad_value", "未知的类别：" + name + "（可选 " + Arrays.toString(Category.values()) + "）",
                    "unknown category " + name + ", one of " + Arrays.toString(Category.values()));
            return null;
        }
    }

    private List<String> authors(JsonNode value) {
        if (namedWithin("authors") || value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            wrongType("authors", "作者", "委员代码列表", "an array of member codes");
            return List.of();
        }
        Set<String> authors = new LinkedHashSet<>();
        for (int i = 0; i < value.size(); i++) {
            String field = "authors[" + i + "]";
            String author = code(field, "作者", value.get(i), true);
            if (author != null && !authors.add(author)) {
                problem(field, "duplicate", "作者重复：" + author, "author listed twice: " + author);
            }
        }
        if (value.size() > AUTHORS_MAX) {
            problem("authors", "too_many", "作者不能超过" + AUTHORS_MAX + "人", "at most " + AUTHORS_MAX + " authors");
        }
        return List.copyOf(authors);
    }

    private OnBehalfOf onBehalfOf(JsonNode value) {
        if (namedWithin("onBehalfOf") || value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            wrongType("onBehalfOf", "署名", "对象 {kind, name}", "an object {kind, name}");
            return null;
        }
        for (String field : value.propertyNames()) {
            if (!field.startsWith("$") && !field.equals("kind") && !field.equals("name")) {
                problem("onBehalfOf." + field, "unknown_field", "不允许的字段：onBehalfOf." + field,
                        "unknown field: onBehalfOf." + field);
            }
        }
        OnBehalfOf.Kind kind = null;
        String kindName = string("onBehalfOf.kind", "署名类型", value.get("kind"), true);
        if (kindName != null) {
            try {
                kind = OnBehalfOf.Kind.valueOf(kindName);
            } catch (IllegalArgumentException e) {
                problem("onBehalfOf.kind", "bad_value", "未知的署名类型：" + kindName,
                        "unknown onBehalfOf.kind " + kindName + ", one of " + Arrays.toString(OnBehalfOf.Kind.values()));
            }
        }
        String name = line("onBehalfOf.name", "署名名称", value.get("name"), true);
        if (name != null && name.codePointCount(0, name.length()) > NAME_MAX) {
            problem("onBehalfOf.name", "too_long", "署名名称不能超过" + NAME_MAX + "字",
                    "onBehalfOf.name may have at most " + NAME_MAX + " characters");
            return null;
        }
        return kind == null || name == null ? null : new OnBehalfOf(kind, name);
    }

    private Boolean flag(String field, JsonNode value) {
        if (namedWithin(field) || value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            wrongType(field, "紧急", "true 或 false", "true or false");
            return null;
        }
        return value.booleanValue();
    }

    private LocalDate date(String field, JsonNode value) {
        String text = string(field, "发生日期", value, false);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            if (date.isBefore(EARLIEST)) {
                problem(field, "bad_value", "发生日期不能早于1900年", field + " cannot be before 1900");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(field, "bad_value", "日期无效，格式应为YYYY-MM-DD：" + text,
                    field + " is not a valid date (YYYY-MM-DD): " + text);
            return null;
        }
    }

    /** Whether a problem was already named for the field or anything inside it (an operator deep in it). */
    private boolean namedWithin(String field) {
        for (String done : named) {
            if (done.equals(field) || done.startsWith(field + ".") || done.startsWith(field + "[")) {
                return true;
            }
        }
        return false;
    }

    private void wrongType(String field, String label, String expectedZh, String expected) {
        problem(field, "wrong_type", label + "的类型不正确，应为" + expectedZh, field + " must be " + expected);
    }

    private void missing(String field, String label) {
        problem(field, "required", label + "不能为空", field + " is required");
    }

    private void problem(String field, String code, String messageZh, String message) {
        if (named.add(field)) {
            problems.add(new FieldProblem(field, code, messageZh, message));
        }
    }
}
