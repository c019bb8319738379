package org.minyi.intake.report.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;

import org.minyi.intake.reference.domain.ReferenceData;
import org.minyi.intake.reference.domain.ReferenceKind;
import org.minyi.intake.report.domain.CountyLimits;
import org.minyi.intake.report.domain.LengthLimits;
import org.minyi.intake.report.domain.OnBehalfOf;
import org.minyi.intake.report.domain.ReportContent;

/**
 * Checks what a well-formed report says against the county: its lengths against the county's limits,
 * the townships, domains, sectors and members it names against the reference data, a sector's report
 * naming its sector, and an event date not in the future. Every problem is named at once.
 *
 * <p>A {@code topicId} is checked for its form only: topics (信息反映点) live in routing, which intake does
 * not ask; routing sends a report naming a topic it does not know to the office's triage queue.
 */
public final class SubmissionValidation {

    private final ReferenceData reference;
    private final Counties counties;
    private final CountyLimits limits;
    private final Clock clock;
    private final ZoneId zone;

    public SubmissionValidation(ReferenceData reference, Counties counties, CountyLimits limits, Clock clock,
                                ZoneId zone) {
        this.reference = reference;
        this.counties = counties;
        this.limits = limits;
        this.clock = clock;
        this.zone = zone;
    }

    public void check(ReportContent content) {
        List<FieldProblem> problems = new ArrayList<>();
        LengthLimits limit = limits.of(counties.of(content.township()));
        int title = LengthLimits.length(content.title());
        if (title > limit.title()) {
            problems.add(new FieldProblem("title", "too_long", "标题不能超过" + limit.title() + "字，现为" + title + "字",
                    "title may have at most " + limit.title() + " characters, it has " + title));
        }
        int text = content.textLength();
        if (text > limit.text()) {
            problems.add(new FieldProblem("situation", "too_long",
                    "正文（情况、问题、建议）合计不能超过" + limit.text() + "字，现为" + text + "字",
                    "the text (situation, analysis, suggestions) may have at most " + limit.text()
                            + " characters in all, it has " + text));
        }
        known(ReferenceKind.TOWNSHIPS, "township", content.township(), "乡镇", problems);
        known(ReferenceKind.DOMAINS, "domain", content.domain(), "领域", problems);
        if (content.sector() != null) {
            known(ReferenceKind.SECTORS, "sector", content.sector(), "界别", problems);
        } else if (content.onBehalfOf() != null && content.onBehalfOf().kind() == OnBehalfOf.Kind.SECTOR) {
            problems.add(new FieldProblem("sector", "required", "以界别名义提交的信息须注明界别",
                    "a report in a sector's name must name the sector"));
        }
        for (int i = 0; i < content.authors().size(); i++) {
            known(ReferenceKind.MEMBERS, "authors[" + i + "]", content.authors().get(i), "委员", problems);
        }
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        if (content.occurredOn() != null && content.occurredOn().isAfter(today)) {
            problems.add(new FieldProblem("occurredOn", "in_future", "发生日期不能晚于今天",
                    "occurredOn cannot be later than today (" + today + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private void known(ReferenceKind kind, String field, String code, String what, List<FieldProblem> problems) {
        if (!reference.exists(kind, code)) {
            problems.add(new FieldProblem(field, "unknown_code", "未知的" + what + "代码：" + code,
                    "unknown " + kind.path() + " code: " + code));
        }
    }
}
