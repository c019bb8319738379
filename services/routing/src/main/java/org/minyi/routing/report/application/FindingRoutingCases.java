package org.minyi.routing.report.application;

import java.util.List;

import org.minyi.routing.reference.domain.FieldProblem;
import org.minyi.routing.reference.domain.InvalidInput;
import org.minyi.routing.reference.domain.Texts;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.ReportStatus;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.domain.RoutingCases;

/** The office looks up how reports were routed, and its triage queue. */
public final class FindingRoutingCases {

    private final RoutingCases cases;

    public FindingRoutingCases(RoutingCases cases) {
        this.cases = cases;
    }

    public static final int MAX_PAGE_SIZE = 100;

    public RoutingCase get(ReportId id) {
        return cases.find(id).orElseThrow(() -> new CaseNotFound(id));
    }

    /**
     * The cases with a committee (e.g. {@code OFFICE}: the triage queue) and a status; {@code null} for any.
     *
     * @throws InvalidInput when the committee is not a code
     */
    public RoutingCases.Page list(String committee, ReportStatus status, int page, int size) {
        if (committee != null && !Texts.isCode(committee)) {
            throw new InvalidInput(List.of(FieldProblem.badCode("committee", "专委会")));
        }
        return cases.list(committee, status, Math.max(0, page), Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
    }
}
