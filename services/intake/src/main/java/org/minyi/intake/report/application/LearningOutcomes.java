package org.minyi.intake.report.application;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.intake.report.domain.Instruction;
import org.minyi.intake.report.domain.Outcomes;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.Reports;
import org.minyi.intake.report.domain.ReviewDecision;

/**
 * Learns what came of a report from the services that decide — the committee, the leaders, the units — so
 * that its authors see the decision with its reasons and the outcome. Each event is one write of one report
 * (a merge, announced under the composite, one write of each constituent); an event already learned, or
 * about a report intake does not hold (a composite), changes nothing.
 */
public final class LearningOutcomes {

    private final Reports reports;

    public LearningOutcomes(Reports reports) {
        this.reports = reports;
    }

    /** @return whether the report changed */
    public boolean decided(ReportId id, UUID eventId, ReviewDecision decision) {
        return learn(id, report -> report.learnDecision(eventId, decision));
    }

    /**
     * The constituents of a composite were merged into it (综合): each constituent held here learns it.
     *
     * @return how many reports changed
     */
    public int merged(Collection<ReportId> constituents, UUID eventId, ReviewDecision merge) {
        int changed = 0;
        for (ReportId constituent : constituents) {
            if (decided(constituent, eventId, merge)) {
                changed++;
            }
        }
        return changed;
    }

    /** @return whether the report changed */
    public boolean instructed(ReportId id, UUID eventId, Instruction instruction) {
        return learn(id, report -> report.learnInstruction(eventId, instruction));
    }

    /** @return whether the report changed */
    public boolean transferred(ReportId id, UUID eventId, Outcomes.Transfer transfer) {
        return learn(id, report -> report.learnTransfer(eventId, transfer));
    }

    /** @return whether the report changed */
    public boolean handled(ReportId id, UUID eventId, Outcomes.Handling handling) {
        return learn(id, report -> report.learnHandling(eventId, handling));
    }

    private boolean learn(ReportId id, Predicate<Report> change) {
        return OnConflict.retry(() -> {
            Report report = reports.find(id).orElse(null);
            if (report == null || !change.test(report)) {
                return false;
            }
            reports.update(report, List.of());
            return true;
        });
    }
}
