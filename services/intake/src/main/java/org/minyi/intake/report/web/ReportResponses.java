package org.minyi.intake.report.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minyi.intake.reference.domain.DisplayNames;
import org.minyi.intake.reference.domain.ReferenceEntry;
import org.minyi.intake.report.domain.Actor;
import org.minyi.intake.report.domain.Instruction;
import org.minyi.intake.report.domain.Outcomes;
import org.minyi.intake.report.domain.PossibleDuplicate;
import org.minyi.intake.report.domain.Quality;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportContent;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.ReviewDecision;
import org.minyi.intake.report.domain.Role;
import org.minyi.intake.report.domain.TimelineEntry;
import org.minyi.intake.report.domain.UnitResult;

/** What the report endpoints answer. */
final class ReportResponses {

    private ReportResponses() {
    }

    /** @param quality what the checks found; the submitter sees the flags, not the similar reports */
    record Accepted(String id, String trackingNumber, String status, Instant submittedAt, QualityView quality) {

        static Accepted of(Report report) {
            return new Accepted(report.id().value(), report.trackingNumber().value(), report.status().name(),
                    report.submittedAt(), QualityView.of(report.assessment().quality(), Set.of(), false));
        }
    }

    /**
     * @param possibleDuplicates similar reports of the last 90 days, for the office and reviewers only, and
     *                           only those the caller may open ({@code null} for submitters)
     */
    record QualityView(List<String> flags, List<DuplicateView> possibleDuplicates) {

        static QualityView of(Quality quality, Set<ReportId> visible, boolean withDuplicates) {
            return new QualityView(quality.orderedFlags().stream().map(Enum::name).toList(),
                    withDuplicates ? quality.possibleDuplicates().stream().filter(d -> visible.contains(d.reportId()))
                            .map(DuplicateView::of).toList() : null);
        }
    }

    record DuplicateView(String reportId, String trackingNumber, double similarity) {

        static DuplicateView of(PossibleDuplicate d) {
            return new DuplicateView(d.reportId().value(), d.trackingNumber().value(),
                    Math.round(d.similarity() * 1000) / 1000.0);
        }
    }

    /**
     * @param review  the committee's latest decision or return; {@code null} before one
     * @param outcome what came of the report after the committee; {@code null} until something did
     */
    record ReportView(String id, String trackingNumber, String status, int revision, String title, String category,
                      String domain, String situation, String analysis, String suggestions, String township,
                      String sector, List<String> authors, OnBehalfOfView onBehalfOf, String topicId, boolean urgent,
                      LocalDate occurredOn, String source, String committee, String submittedBy, Instant submittedAt,
                      Instant updatedAt, QualityView quality, ReviewView review, OutcomeView outcome) {

        /** @param visible the possible duplicates the viewer may open; only those are named */
        static ReportView of(Report report, Actor viewer, Set<ReportId> visible, DisplayNames names) {
            ReportContent c = report.content();
            Outcomes outcomes = report.outcomes();
            return new ReportView(report.id().value(), report.trackingNumber().value(), report.status().name(),
                    report.revision(), c.title(), c.category().name(), c.domain(), c.situation(), c.analysis(),
                    c.suggestions(), c.township(), c.sector(), c.authors(),
                    c.onBehalfOf() == null ? null : new OnBehalfOfView(c.onBehalfOf().kind().name(), c.onBehalfOf().name()),
                    c.topicId(), c.urgent(), c.occurredOn(), c.source() == null ? null : c.source().name(),
                    report.committee(), report.submittedBy().principal(),
                    report.submittedAt(), report.updatedAt(), QualityView.of(report.assessment().quality(),
                            visible, viewer.is(Role.OFFICE) || viewer.is(Role.REVIEWER)),
                    outcomes.latestDecision().map(d -> ReviewView.of(d, names)).orElse(null),
                    outcomes.hasGoneBeyondTheCommittee() ? OutcomeView.of(outcomes, names) : null);
        }
    }

    /**
     * The committee's decision (ADOPT, DECLINE, MERGE) or return (RETURN), as the authors read it.
     *
     * @param reason        for DECLINE, the reason's code from the office's list
     * @param reasonLabel   for DECLINE, the reason in words (zh-CN) as the list worded it when declined;
     *                      {@code null} when the committee's event did not carry them (yet)
     * @param reasonLabelEn the same in English, {@code null} likewise or when the list had none
     * @param mergedInto    for MERGE, the composite report's id (and its tracking number)
     */
    record ReviewView(String decision, String grade, String reason, String reasonLabel, String reasonLabelEn,
                      String comment, Instant decidedAt, String committee, String committeeName, String mergedInto,
                      String mergedIntoTrackingNumber) {

        static ReviewView of(ReviewDecision d, DisplayNames names) {
            return new ReviewView(d.decision().name(), d.grade() == null ? null : d.grade().name(), d.reason(),
                    d.reasonLabel(), d.reasonLabelEn(), d.comment(), d.decidedAt(), d.committee(),
                    names.committee(d.committee()), d.mergedInto(), d.mergedIntoTrackingNumber());
        }
    }

    /**
     * After the leaders: their instructions (the text only once the office released it to the authors), when
     * the office transferred the report to the units (转送), and each unit's result (the latest round).
     */
    record OutcomeView(List<InstructionView> instructions, Instant transferredAt, List<UnitView> units) {

        static OutcomeView of(Outcomes outcomes, DisplayNames names) {
            return new OutcomeView(outcomes.instructions().stream().map(i -> InstructionView.of(i, names)).toList(),
                    outcomes.transfer() == null ? null : outcomes.transfer().at(),
                    outcomes.handling() == null ? List.of() : outcomes.handling().units().stream()
                            .map(u -> UnitView.of(u, names)).toList());
        }
    }

    /**
     * One leader's instruction (批示). Name, title and level are those the instruction carried, else the
     * reference data's for the leader's code.
     *
     * @param instructedOn the date the leader wrote it
     * @param instructedAt when it was entered
     * @param text         {@code null} until {@code released}
     */
    record InstructionView(String instructionId, String leader, String leaderName, String leaderTitle, String level,
                           LocalDate instructedOn, Instant instructedAt, String text, boolean released,
                           Instant releasedAt) {

        static InstructionView of(Instruction i, DisplayNames names) {
            Optional<ReferenceEntry> known = names.leader(i.leader());
            String name = i.leaderName() != null ? i.leaderName() : known.map(ReferenceEntry::name).orElse(null);
            String title = i.leaderTitle() != null ? i.leaderTitle() : known.map(l -> l.attribute("title")).orElse(null);
            String level = i.level() != null ? i.level().name() : known.map(l -> l.attribute("level")).orElse(null);
            return new InstructionView(i.instructionId(), i.leader(), name, title, level, i.instructedOn(),
                    i.instructedAt(), i.isReleased() ? i.text() : null, i.isReleased(), i.releasedAt());
        }
    }

    /** A handling unit's part (LEAD, SUPPORT) and its result (A, B, C). */
    record UnitView(String unit, String unitName, String role, String result, Instant feedbackAt) {

        static UnitView of(UnitResult u, DisplayNames names) {
            return new UnitView(u.unit(), names.unit(u.unit()), u.role() == null ? null : u.role().name(),
                    u.result() == null ? null : u.result().name(), u.feedbackAt());
        }
    }

    record OnBehalfOfView(String kind, String name) {
    }

    record Timeline(String reportId, String trackingNumber, String status, List<Step> steps) {

        static Timeline of(Report report, DisplayNames names) {
            return new Timeline(report.id().value(), report.trackingNumber().value(), report.status().name(),
                    report.timeline().stream().map(step -> Step.of(step, report.outcomes(), names)).toList());
        }
    }

    /**
     * One step of the report's life.
     *
     * @param actor         who took it, by name (a member's name, a station, a committee, 县政协办公室, 县长 李明,
     *                      领导秘书处, a unit, 系统); {@code null} when the step names nobody
     * @param actorEn       the same in English where the reference data has it
     * @param actorId       the acting principal ({@code system} for automatic steps)
     * @param reason        a decline's reason code, a withdrawal's reason
     * @param reasonLabel   a decline's reason in words (zh-CN), as the committee's list worded it when declined;
     *                      {@code null} for a withdrawal (its reason is the author's own words) and when the
     *                      committee's event did not carry them
     * @param reasonLabelEn the same in English, {@code null} likewise or when the list had none
     * @param comment       the committee's comment on an adoption, a decline or a return
     */
    record Step(String eventId, long sequence, String status, String previousStatus, String actorRole, String actor,
                String actorEn, String actorId, String reason, String reasonLabel, String reasonLabelEn,
                String comment, Instant at) {

        static Step of(TimelineEntry e, Outcomes outcomes, DisplayNames names) {
            Optional<DisplayNames.Name> actor = names.actor(e.actor(), e.actorRole().name());
            Optional<ReviewDecision> decision = outcomes.decisionAnnouncedBy(e);
            // a step that carries its own reason (a withdrawal's, in the author's words) has no listed one
            Optional<ReviewDecision> declined = e.reason() == null ? decision : Optional.empty();
            return new Step(e.eventId().toString(), e.sequence(), e.status().name(),
                    e.previousStatus() == null ? null : e.previousStatus().name(), e.actorRole().name(),
                    actor.map(DisplayNames.Name::zh).orElse(null), actor.map(DisplayNames.Name::en).orElse(null),
                    e.actor(), e.reason() != null ? e.reason() : declined.map(ReviewDecision::reason).orElse(null),
                    declined.map(ReviewDecision::reasonLabel).orElse(null),
                    declined.map(ReviewDecision::reasonLabelEn).orElse(null),
                    decision.map(ReviewDecision::comment).orElse(null), e.at());
        }
    }
}
