package org.minyi.intake.report.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minyi.intake.report.application.FieldProblem;
import org.minyi.intake.report.domain.Category;
import org.minyi.intake.report.domain.OnBehalfOf;
import org.minyi.intake.report.domain.ReportContent;

/**
 * The body of {@code POST /api/reports} and {@code PUT /api/reports/{id}}. Unknown fields are
 * rejected by the JSON reader, so nobody sets {@code id}, {@code status} or timestamps this way.
 */
record SubmitReportRequest(
        String title,
        Category category,
        String domain,
        String situation,
        String analysis,
        String suggestions,
        String township,
        String sector,
        List<String> authors,
        OnBehalfOfRequest onBehalfOf,
        String topicId,
        Boolean urgent,
        LocalDate occurredOn) {

    static final int TITLE_MAX = 60;
    static final int TEXT_MAX = 1500;
    static final int CODE_MAX = 64;

    record OnBehalfOfRequest(OnBehalfOf.Kind kind, String name) {
    }

    /**
     * Checks shape and length and returns the content, normalised to Unicode NFC. Lengths count
     * characters as people do (code points), so a CJK character counts one.
     *
     * @throws InvalidRequest naming every bad field
     */
    ReportContent toContent() {
        List<FieldProblem> problems = new ArrayList<>();
        String title = required("title", "标题", this.title, TITLE_MAX, problems);
        String domain = code("domain", "领域", this.domain, true, problems);
        String situation = required("situation", "情况", this.situation, TEXT_MAX, problems);
        String analysis = optional("analysis", this.analysis, TEXT_MAX, problems);
        String suggestions = required("suggestions", "建议", this.suggestions, TEXT_MAX, problems);
        String township = code("township", "乡镇", this.township, true, problems);
        String sector = code("sector", "界别", this.sector, false, problems);
        String topicId = code("topicId", "信息反映点", this.topicId, false, problems);
        if (category == null) {
            problems.add(missing("category", "类别"));
        }
        int textLength = length(situation) + length(analysis) + length(suggestions);
        if (textLength > TEXT_MAX) {
            problems.add(new FieldProblem("situation", "too_long",
                    "正文（情况、问题、建议）合计不能超过" + TEXT_MAX + "字，现为" + textLength + "字",
                    "the text (situation, analysis, suggestions) may have at most " + TEXT_MAX
                            + " characters in all, it has " + textLength));
        }
        List<String> authorCodes = new ArrayList<>();
        if (authors != null) {
            for (int i = 0; i < authors.size(); i++) {
                String author = code("authors[" + i + "]", "作者", authors.get(i), true, problems);
                if (author != null && authorCodes.contains(author)) {
                    problems.add(new FieldProblem("authors[" + i + "]", "duplicate", "作者重复：" + author,
                            "author listed twice: " + author));
                }
                authorCodes.add(author);
            }
            if (authors.size() > 20) {
                problems.add(new FieldProblem("authors", "too_many", "作者不能超过20人", "at most 20 authors"));
            }
        }
        OnBehalfOf behalf = null;
        if (onBehalfOf != null) {
            if (onBehalfOf.kind() == null) {
                problems.add(missing("onBehalfOf.kind", "署名类型"));
            }
            String name = required("onBehalfOf.name", "署名名称", onBehalfOf.name(), TITLE_MAX, problems);
            if (onBehalfOf.kind() != null && name != null) {
                behalf = new OnBehalfOf(onBehalfOf.kind(), name);
            }
        }
        if (occurredOn != null && occurredOn.isAfter(LocalDate.now().plusDays(1))) {
            problems.add(new FieldProblem("occurredOn", "in_future", "发生日期不能晚于今天",
                    "occurredOn cannot be in the future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new ReportContent(title, category, domain, situation, analysis, suggestions, township, sector,
                authorCodes, behalf, topicId, Boolean.TRUE.equals(urgent), occurredOn);
    }

    private static String required(String field, String label, String value, int max, List<FieldProblem> problems) {
        String text = normalise(value);
        if (text == null || text.isBlank()) {
            problems.add(missing(field, label));
            return null;
        }
        return withinLength(field, label, text, max, problems);
    }

    private static String optional(String field, String value, int max, List<FieldProblem> problems) {
        String text = normalise(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        return withinLength(field, field, text, max, problems);
    }

    private static String code(String field, String label, String value, boolean required,
                               List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(missing(field, label));
            }
            return null;
        }
        if (value.length() > CODE_MAX || !value.matches("[A-Za-z0-9_-]+")) {
            problems.add(new FieldProblem(field, "bad_code", label + "代码格式不正确", field + " is not a valid code"));
            return null;
        }
        return value;
    }

    private static String withinLength(String field, String label, String text, int max, List<FieldProblem> problems) {
        int length = length(text);
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

    static String normalise(String value) {
        return value == null ? null : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }

    static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
