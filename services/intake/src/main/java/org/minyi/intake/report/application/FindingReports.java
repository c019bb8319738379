package org.minyi.intake.report.application;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.minyi.intake.report.domain.Actor;
import org.minyi.intake.report.domain.PageOf;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportFilter;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.Reports;
import org.minyi.intake.report.domain.Visibility;

/** Reports as the caller may see them. */
public final class FindingReports {

    private final Reports reports;

    public FindingReports(Reports reports) {
        this.reports = reports;
    }

    public Report get(ReportId id, Actor actor) {
        return reports.findVisible(id, Visibility.of(actor)).orElseThrow(() -> new ReportNotFound(id));
    }

    /**
     * The reports named as possible duplicates of these reports that the caller may open too: a reviewer
     * is shown only its own committee's, so a similar report elsewhere is never named to it.
     */
    public Set<ReportId> visibleDuplicates(Collection<Report> found, Actor actor) {
        Set<ReportId> named = new HashSet<>();
        found.forEach(report -> report.assessment().quality().possibleDuplicates()
                .forEach(d -> named.add(d.reportId())));
        Visibility visibility = Visibility.of(actor);
        if (named.isEmpty() || visibility instanceof Visibility.All) {
            return named; // the office may open any report, also one not held here
        }
        return reports.visibleAmong(named, visibility);
    }

    public PageOf<Report> list(Actor actor, ReportFilter filter, int page, int size) {
        return reports.list(Visibility.of(actor), filter, page, size);
    }
}
