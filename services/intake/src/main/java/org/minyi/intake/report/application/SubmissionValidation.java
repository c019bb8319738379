package org.minyi.intake.report.application;

import java.util.ArrayList;
import java.util.List;

import org.minyi.intake.reference.domain.ReferenceData;
import org.minyi.intake.reference.domain.ReferenceKind;
import org.minyi.intake.report.domain.ReportContent;

/** Checks that a report names only townships, sectors, domains and members that exist. */
public final class SubmissionValidation {

    private final ReferenceData reference;

    public SubmissionValidation(ReferenceData reference) {
        this.reference = reference;
    }

    public void check(ReportContent content) {
        List<FieldProblem> problems = new ArrayList<>();
        known(ReferenceKind.TOWNSHIPS, "township", content.township(), "乡镇", problems);
        known(ReferenceKind.DOMAINS, "domain", content.domain(), "领域", problems);
        if (content.sector() != null) {
            known(ReferenceKind.SECTORS, "sector", content.sector(), "界别", problems);
        }
        for (int i = 0; i < content.authors().size(); i++) {
            known(ReferenceKind.MEMBERS, "authors[" + i + "]", content.authors().get(i), "委员", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(problems);
        }
    }

    private void known(ReferenceKind kind, String field, String code, String what, List<FieldProblem> problems) {
        if (!reference.exists(kind, code)) {
            problems.add(new FieldProblem(field, "unknown_code", "未知的" + what + "代码：" + code,
                    "unknown " + kind.path() + " code: " + code));
        }
    }
}
