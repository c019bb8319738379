package org.minyi.followup.handling.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.minyi.followup.handling.domain.Category;
import org.minyi.followup.handling.domain.Feedback;
import org.minyi.followup.handling.domain.FeedbackResult;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.HandlingStatus;
import org.minyi.followup.handling.domain.OutboxMessage;
import org.minyi.followup.handling.domain.ProgressNote;
import org.minyi.followup.handling.domain.Rating;
import org.minyi.followup.handling.domain.ReportFacts;
import org.minyi.followup.handling.domain.ReportId;
import org.minyi.followup.handling.domain.Role;
import org.minyi.followup.handling.domain.Satisfaction;
import org.minyi.followup.handling.domain.Task;
import org.minyi.followup.handling.domain.TaskId;
import org.minyi.followup.handling.domain.TaskStatus;
import org.minyi.followup.handling.domain.UnitRole;
import org.minyi.followup.handling.persistence.HandlingDocument.FeedbackDoc;
import org.minyi.followup.handling.persistence.HandlingDocument.NoteDoc;
import org.minyi.followup.handling.persistence.HandlingDocument.OutboxDoc;
import org.minyi.followup.handling.persistence.HandlingDocument.SatisfactionDoc;
import org.minyi.followup.handling.persistence.HandlingDocument.TaskDoc;

/** Between the aggregate and its stored form. */
final class HandlingMapping {

    /** Sorts after every real deadline (ISO dates compare as text). */
    static final String NO_DEADLINE = "9999-12-31";

    private HandlingMapping() {
    }

    static HandlingDocument toDocument(Handling handling, List<OutboxDoc> outbox) {
        ReportFacts report = handling.report();
        Satisfaction s = handling.satisfaction();
        return new HandlingDocument(
                handling.id().value(),
                report.trackingNumber(),
                report.title(),
                report.category().name(),
                report.township(),
                report.committee(),
                report.authors(),
                handling.status().name(),
                handling.tasks().stream().map(HandlingMapping::task).toList(),
                s == null ? null : new SatisfactionDoc(s.rating().name(), s.comment(), s.ratedBy(), s.ratedAs().name(),
                        s.at()),
                handling.sequence(),
                handling.appliedEvents().stream().map(UUID::toString).toList(),
                handling.openedAt(),
                handling.updatedAt(),
                handling.version(),
                outbox);
    }

    static Handling toHandling(HandlingDocument doc) {
        ReportFacts report = new ReportFacts(doc.trackingNumber(), doc.title(), Category.valueOf(doc.category()),
                doc.township(), doc.committee(), doc.authors());
        SatisfactionDoc s = doc.satisfaction();
        return Handling.restore(new ReportId(doc.id()), report, HandlingStatus.valueOf(doc.status()),
                doc.tasks() == null ? List.of() : doc.tasks().stream().map(HandlingMapping::task).toList(),
                s == null ? null : new Satisfaction(Rating.valueOf(s.rating()), s.comment(), s.ratedBy(),
                        Role.valueOf(s.ratedAs()), s.at()),
                doc.sequence(),
                doc.appliedEventIds() == null ? List.of()
                        : doc.appliedEventIds().stream().map(UUID::fromString).toList(),
                doc.openedAt(), doc.updatedAt(), doc.version());
    }

    static OutboxDoc outbox(OutboxMessage message, Instant createdAt) {
        return new OutboxDoc(message.id(), message.destination(), message.key(), message.headers(), message.payload(),
                createdAt);
    }

    static OutboxMessage message(OutboxDoc doc) {
        return new OutboxMessage(doc.messageId(), doc.destination(), doc.key(), doc.headers(), doc.payload());
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static TaskDoc task(Task t) {
        String deadline = t.deadline() == null ? null : t.deadline().toString();
        Feedback f = t.feedback();
        return new TaskDoc(t.id().value(), t.unit(), t.role().name(), deadline,
                deadline == null ? NO_DEADLINE : deadline, t.status().name(), t.assignedBy(), t.assignedAt(),
                t.progress().stream().map(n -> new NoteDoc(n.text(), n.by(), n.at())).toList(),
                f == null ? null : new FeedbackDoc(f.result().name(), f.text(), f.by(), f.at()));
    }

    private static Task task(TaskDoc t) {
        FeedbackDoc f = t.feedback();
        return new Task(new TaskId(t.taskId()), t.unit(), UnitRole.valueOf(t.role()), date(t.deadline()),
                TaskStatus.valueOf(t.status()), t.assignedBy(), t.assignedAt(),
                t.progress() == null ? List.of()
                        : t.progress().stream().map(n -> new ProgressNote(n.text(), n.by(), n.at())).toList(),
                f == null ? null : new Feedback(FeedbackResult.valueOf(f.result()), f.text(), f.by(), f.at()));
    }
}
