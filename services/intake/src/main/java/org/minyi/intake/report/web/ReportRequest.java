package org.minyi.intake.report.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.minyi.chassis.problem.FieldChecks;
import org.minyi.intake.report.domain.Category;
import org.minyi.intake.report.domain.OnBehalfOf;
import org.minyi.intake.report.domain.ReportContent;
import org.minyi.intake.report.domain.Source;

/**
 * The body of {@code POST /api/reports} and {@code PUT /api/reports/{id}}. JSON types, enum values and
 * dates are checked when it is bound (with every other bad field, by the chassis's screening); texts
 * are then stripped and normalised to NFC, and codes, required fields and control characters checked
 * here. Lengths, and whether the codes exist, depend on the county and are checked by the application.
 */
@Schema(description = "一份社情民意信息 A report as its authors wrote it")
record ReportRequest(
        @Schema(description = "标题 Title, one line", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "关于城关镇农村客运班线停运影响群众出行的建议") String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Category category,
        @Schema(description = "领域代码 Domain code", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "transport") String domain,
        @Schema(description = "情况 The situation", requiredMode = Schema.RequiredMode.REQUIRED) String situation,
        @Schema(description = "问题 Analysis of the problem") String analysis,
        @Schema(description = "建议 Suggestions", requiredMode = Schema.RequiredMode.REQUIRED) String suggestions,
        @Schema(description = "乡镇代码 Township code", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "chengguan") String township,
        @Schema(description = "界别代码 Sector code") String sector,
        @Schema(description = "作者（委员代码），至多20人 Authors' member codes, at most 20") List<String> authors,
        @Schema(description = "以何名义 On whose behalf") Behalf onBehalfOf,
        @Schema(description = "信息反映点 Assigned topic") String topicId,
        @Schema(description = "紧急 Urgent") Boolean urgent,
        @Schema(description = "发生日期 When it happened (YYYY-MM-DD)") LocalDate occurredOn,
        @Schema(description = "信息来源：调研、视察、协商座谈、恳谈会、日常走访 How the authors came to know it")
        Source source) {

    static final int NAME_MAX = 60;
    static final int AUTHORS_MAX = 20;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    record Behalf(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) OnBehalfOf.Kind kind,
                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "农工党县委会") String name) {
    }

    /** @throws org.minyi.chassis.problem.InvalidInput naming every bad field */
    ReportContent toContent() {
        FieldChecks checks = new FieldChecks();
        String checkedTitle = checks.line("title", "标题", title, true, 0);
        checks.required("category", "类别", category);
        String checkedDomain = checks.code("domain", "领域", domain, true);
        String checkedSituation = checks.text("situation", "情况", situation, true, 0);
        String checkedAnalysis = checks.text("analysis", "问题", analysis, false, 0);
        String checkedSuggestions = checks.text("suggestions", "建议", suggestions, true, 0);
        String checkedTownship = checks.code("township", "乡镇", township, true);
        String checkedSector = checks.code("sector", "界别", sector, false);
        List<String> checkedAuthors = authors(checks);
        OnBehalfOf behalf = onBehalfOf(checks);
        String checkedTopic = checks.code("topicId", "信息反映点", topicId, false);
        if (occurredOn != null && occurredOn.isBefore(EARLIEST)) {
            checks.add("occurredOn", "bad_value", "发生日期不能早于1900年", "occurredOn cannot be before 1900");
        }
        checks.throwIfAny();
        return new ReportContent(checkedTitle, category, checkedDomain, checkedSituation, checkedAnalysis,
                checkedSuggestions, checkedTownship, checkedSector, checkedAuthors, behalf, checkedTopic,
                Boolean.TRUE.equals(urgent), occurredOn, source);
    }

    private List<String> authors(FieldChecks checks) {
        if (authors == null) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < authors.size(); i++) {
            String field = "authors[" + i + "]";
            String author = checks.code(field, "作者", authors.get(i), true);
            if (author != null && !distinct.add(author)) {
                checks.add(field, "duplicate", "作者重复：" + author, "author listed twice: " + author);
            }
        }
        if (authors.size() > AUTHORS_MAX) {
            checks.add("authors", "too_many", "作者不能超过" + AUTHORS_MAX + "人", "at most " + AUTHORS_MAX + " authors");
        }
        return List.copyOf(distinct);
    }

    private OnBehalfOf onBehalfOf(FieldChecks checks) {
        if (onBehalfOf == null) {
            return null;
        }
        checks.required("onBehalfOf.kind", "署名类型", onBehalfOf.kind());
        String name = checks.line("onBehalfOf.name", "署名名称", onBehalfOf.name(), true, NAME_MAX);
        return onBehalfOf.kind() == null || name == null ? null : new OnBehalfOf(onBehalfOf.kind(), name);
    }
}
