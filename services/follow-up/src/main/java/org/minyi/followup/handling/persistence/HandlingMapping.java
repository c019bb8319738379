package org.minyi.followup.handling.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.minyi.followup.handling.domain.Assignment;
import org.minyi.followup.handling.domain.Basis;
import org.minyi.followup.handling.domain.Category;
import org.minyi.followup.handling.domain.Chasing;
import org.minyi.followup.handling.domain.ClosedBy;
import org.minyi.followup.handling.domain.Feedback;
import org.minyi.followup.handling.domain.FeedbackResult;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.HandlingRules;
import org.minyi.followup.handling.domain.HandlingStatus;
import org.minyi.followup.handling.domain.LeaderLevel;
import org.minyi.followup.handling.domain.ProgressNote;
import org.minyi.followup.handling.domain.Rating;
import org.minyi.followup.handling.domain.ReportFacts;
import org.minyi.followup.handling.domain.ReportId;
import org.minyi.followup.handling.domain.Role;
import org.minyi.followup.handling.domain.Satisfaction;
import org.minyi.followup.handling.domain.Stage;
import org.minyi.followup.handling.domain.StageEntry;
import org.minyi.followup.handling.domain.Task;
import org.minyi.followup.handling.domain.TaskId;
import org.minyi.followup.handling.domain.TaskStatus;
import org.minyi.followup.handling.domain.UnitRole;
import org.minyi.followup.handling.domain.Urging;
import org.minyi.followup.handling.persistence.HandlingDocument.BasisDoc;
import org.minyi.followup.handling.persistence.HandlingDocument.ClosingDoc;
import org.minyi.followup.handling.persistence.HandlingDocument.FeedbackDoc;
import org.minyi.followup.handling.persistence.HandlingDocument.NoteDoc;
import org.minyi.followup.handling.persistence.HandlingDocument.SatisfactionDoc;
import org.minyi.followup.handling.persistence.HandlingDocument.TaskDoc;
import org.minyi.followup.handling.persistence.HandlingDocument.UrgingDoc;

/** Between the aggregate and its stored form. Fields added later read as empty from older documents. */
final class HandlingMapping {

    /** Sorts after every real deadline (ISO dates compare as text). */
    static final String NO_DEADLINE = "9999-12-31";

    private HandlingMapping() {
    }

    static HandlingDocument toDocument(Handling handling) {
        ReportFacts report = handling.report();
        StageEntry instructed = handling.instructed();
        Handling.Closing closing = handling.closing();
        return new HandlingDocument(
                handling.id().value(),
                report.trackingNumber(),
                report.title(),
                report.category().name(),
                report.township(),
                report.committee(),
                report.authors(),
                report.urgent(),
                report.situation(),
                report.analysis(),
                report.suggestions(),
                handling.status().name(),
                handling.tasks().stream().map(HandlingMapping::task).toList(),
                satisfaction(handling.satisfaction()),
                handling.ratings().stream().map(HandlingMapping::satisfaction).toList(),
                handling.reopenings(),
                handling.sequence(),
                handling.appliedEvents().stream().map(UUID::toString).toList(),
                instructed == null ? null : instructed.stage().name(),
                instructed == null ? null : instructed.enteredAt(),
                handling.handledAt(),
                closing == null ? null : new ClosingDoc(closing.how().name(), closing.by(), closing.at()),
                handling.nextAttention(),
                handling.openedAt(),
                handling.updatedAt(),
                handling.version());
    }

    static Handling toHandling(HandlingDocument doc, HandlingRules rules) {
        ReportFacts report = new ReportFacts(doc.trackingNumber(), doc.title(), Category.valueOf(doc.category()),
                doc.township(), doc.committee(), doc.authors(), Boolean.TRUE.equals(doc.urgent()), doc.situation(),
                doc.analysis(), doc.suggestions());
        ClosingDoc c = doc.closing();
        return Handling.restore(new ReportId(doc.id()), report, rules, HandlingStatus.valueOf(doc.status()),
                listOf(doc.tasks()).stream().map(HandlingMapping::task).toList(),
                satisfaction(doc.satisfaction()),
                listOf(doc.ratings()).stream().map(HandlingMapping::satisfaction).toList(),
                doc.reopenings(),
                doc.sequence(),
                listOf(doc.appliedEventIds()).stream().map(UUID::fromString).toList(),
                doc.instructedAt() == null ? null
                        : new StageEntry(Stage.valueOf(doc.instructedAs()), doc.instructedAt()),
                doc.handledAt(),
                c == null ? null : new Handling.Closing(ClosedBy.valueOf(c.how()), c.by(), c.at()),
                doc.openedAt(), doc.updatedAt(), doc.version());
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static SatisfactionDoc satisfaction(Satisfaction s) {
        return s == null ? null
                : new SatisfactionDoc(s.rating().name(), s.comment(), s.ratedBy(), s.ratedAs().name(), s.at());
    }

    private static Satisfaction satisfaction(SatisfactionDoc s) {
        return s == null ? null
                : new Satisfaction(Rating.valueOf(s.rating()), s.comment(), s.ratedBy(), Role.valueOf(s.ratedAs()),
                        s.at());
    }

    private static TaskDoc task(Task t) {
        String deadline = t.deadline() == null ? null : t.deadline().toString();
        Chasing c = t.chasing();
        return new TaskDoc(t.id().value(), t.unit(), t.role().name(), deadline,
                deadline == null ? NO_DEADLINE : deadline, t.status().name(), t.assignedBy(), t.assignedAt(),
                t.progress().stream().map(n -> new NoteDoc(n.text(), n.by(), n.at())).toList(),
                feedback(t.feedback()), t.round(), c.overdueAt(), c.remindedAt(), c.escalatedAt(), t.isOverdue(),
                t.isOpen() && c.isEscalated(),
                c.urgings().stream().map(u -> new UrgingDoc(u.by(), u.comment(), u.at())).toList(), c.urgedTimes(),
                t.earlierFeedback().stream().map(HandlingMapping::feedback).toList(),
                t.basis().stream().map(HandlingMapping::basis).toList());
    }

    private static Task task(TaskDoc t) {
        Chasing chasing = new Chasing(t.overdueAt(), t.remindedAt(), t.escalatedAt(),
                listOf(t.urgings()).stream().map(u -> new Urging(u.by(), u.comment(), u.at())).toList(),
                t.urgedTimes());
        return new Task(new TaskId(t.taskId()), t.unit(), UnitRole.valueOf(t.role()), date(t.deadline()),
                TaskStatus.valueOf(t.status()), t.assignedBy(), t.assignedAt(),
                listOf(t.progress()).stream().map(n -> new ProgressNote(n.text(), n.by(), n.at())).toList(),
                feedback(t.feedback()), t.round(), chasing,
                listOf(t.earlierFeedback()).stream().map(HandlingMapping::feedback).toList(),
                listOf(t.basis()).stream().map(HandlingMapping::basis).toList());
    }

    private static BasisDoc basis(Basis b) {
        return new BasisDoc(b.kind().name(), b.sourceId(), b.leader(), b.leaderName(), b.leaderTitle(),
                b.level() == null ? null : b.level().name(), b.text(),
                b.instructedOn() == null ? null : b.instructedOn().toString(), b.at());
    }

    private static Basis basis(BasisDoc b) {
        return new Basis(Assignment.Kind.valueOf(b.kind()), b.sourceId(), b.leader(), b.leaderName(),
                b.leaderTitle(), b.level() == null ? null : LeaderLevel.valueOf(b.level()), b.text(),
                date(b.instructedOn()), b.at());
    }

    private static FeedbackDoc feedback(Feedback f) {
        return f == null ? null : new FeedbackDoc(f.result().name(), f.text(), f.by(), f.at());
    }

    private static Feedback feedback(FeedbackDoc f) {
        return f == null ? null : new Feedback(FeedbackResult.valueOf(f.result()), f.text(), f.by(), f.at());
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
