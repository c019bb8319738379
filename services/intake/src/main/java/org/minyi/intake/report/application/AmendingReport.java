package org.minyi.intake.report.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.chassis.problem.NotPermitted;
import org.minyi.intake.report.domain.Actor;
import org.minyi.intake.report.domain.AmendmentPolicy;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportContent;
import org.minyi.intake.report.domain.ReportEvent;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.Reports;
import org.minyi.intake.report.domain.Visibility;

/** Its station or an author revises a returned report, or withdraws one before a decision. */
public final class AmendingReport {

    private final Reports reports;
    private final SubmissionValidation validation;
    private final AssessingQuality quality;
    private final Clock clock;

    public AmendingReport(Reports reports, SubmissionValidation validation, AssessingQuality quality, Clock clock) {
        this.reports = reports;
        this.validation = validation;
        this.quality = quality;
        this.clock = clock;
    }

    public Report revise(ReportId id, ReportContent revised, Actor actor) {
        validation.check(revised);
        Report stored = OnConflict.retry(() -> {
            Report report = amendable(id, actor);
            Instant now = clock.instant();
            return store(report, report.revise(revised, actor, now, quality.assess(id, revised, now)));
        });
        quality.remember(stored);
        return stored;
    }

    /** @param reason the author's reason, {@code null} when none was given */
    public Report withdraw(ReportId id, String reason, Actor actor) {
        return OnConflict.retry(() -> {
            Report report = amendable(id, actor);
            return store(report, report.withdraw(actor, reason, clock.instant()));
        });
    }

    private Report amendable(ReportId id, Actor actor) {
        Report report = reports.findVisible(id, Visibility.of(actor)).orElseThrow(() -> new ReportNotFound(id));
        if (!AmendmentPolicy.mayAmend(actor, report)) {
            throw new NotPermitted("只有本乡镇联络站或作者可以修改或撤回", "only the report's station or authors may amend it");
        }
        return report;
    }

    private Report store(Report report, ReportEvent event) {
        reports.update(report, List.of(event));
        return report;
    }
}
