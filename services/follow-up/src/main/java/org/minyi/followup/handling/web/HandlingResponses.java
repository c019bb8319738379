package org.minyi.followup.handling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.minyi.followup.handling.domain.Actor;
import org.minyi.followup.handling.domain.Feedback;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.ProgressNote;
import org.minyi.followup.handling.domain.Satisfaction;
import org.minyi.followup.handling.domain.Task;
import org.minyi.followup.handling.domain.TaskSummary;

/** What the handling endpoints answer. */
final class HandlingResponses {

    private HandlingResponses() {
    }

    record TaskItem(String id, String reportId, String trackingNumber, String title, String unit, String role,
                    LocalDate deadline, String status) {

        static TaskItem of(TaskSummary t) {
            return new TaskItem(t.id().value(), t.reportId().value(), t.trackingNumber(), t.title(), t.unit(),
                    t.role().name(), t.deadline(), t.status().name());
        }
    }

    /**
     * A report's handling; a unit sees only its own tasks in it. {@code sequence} is the highest of the
     * report's sequence follow-up knows.
     */
    record HandlingView(String reportId, String trackingNumber, String title, String category, String township,
                        String committee, String status, long sequence, List<TaskView> tasks,
                        SatisfactionView satisfaction, Instant updatedAt) {

        static HandlingView of(Handling h, Actor viewer) {
            return new HandlingView(h.id().value(), h.report().trackingNumber(), h.report().title(),
                    h.report().category().name(), h.report().township(), h.report().committee(), h.status().name(),
                    h.sequence(), h.tasksSeenBy(viewer).stream().map(TaskView::of).toList(), SatisfactionView.of(h.satisfaction()),
                    h.updatedAt());
        }
    }

    record TaskView(String id, String unit, String role, LocalDate deadline, String status, Instant assignedAt,
                    List<NoteView> progress, FeedbackView feedback) {

        static TaskView of(Task t) {
            return new TaskView(t.id().value(), t.unit(), t.role().name(), t.deadline(), t.status().name(),
                    t.assignedAt(), t.progress().stream().map(NoteView::of).toList(), FeedbackView.of(t.feedback()));
        }
    }

    record NoteView(String text, String by, Instant at) {

        static NoteView of(ProgressNote n) {
            return new NoteView(n.text(), n.by(), n.at());
        }
    }

    record FeedbackView(String result, String text, String by, Instant at) {

        static FeedbackView of(Feedback f) {
            return f == null ? null : new FeedbackView(f.result().name(), f.text(), f.by(), f.at());
        }
    }

    record SatisfactionView(String rating, String comment, String ratedBy, Instant at) {

        static SatisfactionView of(Satisfaction s) {
            return s == null ? null : new SatisfactionView(s.rating().name(), s.comment(), s.ratedBy(), s.at());
        }
    }

    record Page<T>(List<T> items, int page, int size, long total) {
    }
}
