package org.minyi.followup.handling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.minyi.followup.handling.domain.Actor;
import org.minyi.followup.handling.domain.Basis;
import org.minyi.followup.handling.domain.Chasing;
import org.minyi.followup.handling.domain.Feedback;
import org.minyi.followup.handling.domain.FeedbackResult;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.ProgressNote;
import org.minyi.followup.handling.domain.ReportFacts;
import org.minyi.followup.handling.domain.Satisfaction;
import org.minyi.followup.handling.domain.Task;
import org.minyi.followup.handling.domain.TaskId;
import org.minyi.followup.handling.domain.TaskSummary;
import org.minyi.followup.handling.domain.Urging;
import org.minyi.followup.reference.domain.ReferenceData;

/** What the handling endpoints answer. */
final class HandlingResponses {

    private HandlingResponses() {
    }

    /** A line of a task list or of the overdue list. */
    record TaskItem(String id, String reportId, String trackingNumber, String title, String unit, String role,
                    LocalDate deadline, String status, boolean overdue, Instant overdueAt, boolean escalated,
                    Instant escalatedAt, int urgedTimes) {

        static TaskItem of(TaskSummary t) {
            return new TaskItem(t.id().value(), t.reportId().value(), t.trackingNumber(), t.title(), t.unit(),
                    t.role().name(), t.deadline(), t.status().name(), t.overdueAt() != null, t.overdueAt(),
                    t.escalatedAt() != null, t.escalatedAt(), t.urgedTimes());
        }
    }

    /**
     * A report's handling; a unit sees only its own tasks in it (and, where it leads, the supporting units'
     * feedback). {@code sequence} is the highest of the report's sequence follow-up knows; {@code result}
     * is the lead unit's; {@code satisfaction} is the current round's rating, {@code ratings} all of them.
     */
    record HandlingView(String reportId, String trackingNumber, String title, String category, String township,
                        String committee, String status, long sequence, String result, List<TaskView> tasks,
                        SatisfactionView satisfaction, List<SatisfactionView> ratings, int reopenings,
                        int reopeningsLeft, Instant handledAt, Instant closedAt, String closedBy,
                        Instant updatedAt) {

        static HandlingView of(Handling h, Actor viewer) {
            FeedbackResult result = h.result();
            Handling.Closing closing = h.closing();
            return new HandlingView(h.id().value(), h.report().trackingNumber(), h.report().title(),
                    h.report().category().name(), h.report().township(), h.report().committee(), h.status().name(),
                    h.sequence(), result == null ? null : result.name(),
                    h.tasksSeenBy(viewer).stream().map(TaskView::of).toList(), SatisfactionView.of(h.satisfaction()),
                    h.ratings().stream().map(SatisfactionView::of).toList(), h.reopenings(), h.reopeningsLeft(),
                    h.handledAt(), closing == null ? null : closing.at(), closing == null ? null : closing.how().name(),
                    h.updatedAt());
        }
    }

    record TaskView(String id, String unit, String role, LocalDate deadline, String status, Instant assignedAt,
                    int round, List<NoteView> progress, FeedbackView feedback, List<FeedbackView> earlierFeedback,
                    boolean overdue, Instant overdueAt, Instant escalatedAt, int urgedTimes, List<UrgingView> urgings) {

        static TaskView of(Task t) {
            Chasing c = t.chasing();
            return new TaskView(t.id().value(), t.unit(), t.role().name(), t.deadline(), t.status().name(),
                    t.assignedAt(), t.round(), t.progress().stream().map(NoteView::of).toList(),
                    FeedbackView.of(t.feedback()), t.earlierFeedback().stream().map(FeedbackView::of).toList(),
                    t.isOverdue(), c.overdueAt(), c.escalatedAt(), c.urgedTimes(),
                    c.urgings().stream().map(UrgingView::of).toList());
        }
    }

    /**
     * One task as its unit (or the office) reads it: the task, the report's text, what it follows, and the
     * other units on the report with their roles — never their notes or feedback.
     */
    record TaskDetailView(String id, String reportId, String trackingNumber, String unit, String unitName, String role,
                          LocalDate deadline, String status, int round, Instant assignedAt, List<NoteView> progress,
                          FeedbackView feedback, List<FeedbackView> earlierFeedback, boolean overdue,
                          Instant overdueAt, Instant escalatedAt, int urgedTimes, List<UrgingView> urgings,
                          String handlingStatus, ReportView report, List<BasisView> basis, List<OtherUnit> others) {

        static TaskDetailView of(Handling h, TaskId taskId, ReferenceData names) {
            Task t = h.task(taskId);
            Chasing c = t.chasing();
            return new TaskDetailView(t.id().value(), h.id().value(), h.report().trackingNumber(), t.unit(),
                    names.unitName(t.unit()), t.role().name(), t.deadline(), t.status().name(), t.round(),
                    t.assignedAt(), t.progress().stream().map(NoteView::of).toList(), FeedbackView.of(t.feedback()),
                    t.earlierFeedback().stream().map(FeedbackView::of).toList(), t.isOverdue(), c.overdueAt(),
                    c.escalatedAt(), c.urgedTimes(), c.urgings().stream().map(UrgingView::of).toList(),
                    h.status().name(), ReportView.of(h.report()), t.basis().stream().map(BasisView::of).toList(),
                    h.otherTasks(taskId).stream().map(o -> OtherUnit.of(o, names)).toList());
        }
    }

    /** The report as the unit reads it: its codes, title and text. */
    record ReportView(String trackingNumber, String title, String category, String situation, String analysis,
                      String suggestions, String township, List<String> authors, boolean urgent) {

        static ReportView of(ReportFacts r) {
            return new ReportView(r.trackingNumber(), r.title(), r.category().name(), r.situation(), r.analysis(),
                    r.suggestions(), r.township(), r.authors(), r.urgent());
        }
    }

    /**
     * What a task follows: for {@code kind} INSTRUCTION the leader (code, name, title, level), the text, the
     * date written ({@code instructedOn}) and when it was announced ({@code instructedAt}); for FORWARD
     * (转办) and TRANSFER (转送) the office's {@code note} and {@code at}.
     */
    record BasisView(String kind, String leader, String leaderName, String leaderTitle, String level, String text,
                     LocalDate instructedOn, Instant instructedAt, String note, Instant at) {

        static BasisView of(Basis b) {
            if (b.isInstruction()) {
                return new BasisView(b.kind().name(), b.leader(), b.leaderName(), b.leaderTitle(),
                        b.level() == null ? null : b.level().name(), b.text(), b.instructedOn(), b.at(), null, null);
            }
            return new BasisView(b.kind().name(), null, null, null, null, null, null, null, b.note(), b.at());
        }
    }

    /** Another unit on the same report: who, in which role, by when, and whether it has fed back. */
    record OtherUnit(String unit, String unitName, String role, LocalDate deadline, String status) {

        static OtherUnit of(Task t, ReferenceData names) {
            return new OtherUnit(t.unit(), names.unitName(t.unit()), t.role().name(), t.deadline(), t.status().name());
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

    record UrgingView(String by, String comment, Instant at) {

        static UrgingView of(Urging u) {
            return new UrgingView(u.by(), u.comment(), u.at());
        }
    }

    record SatisfactionView(String rating, String comment, String ratedBy, Instant at) {

        static SatisfactionView of(Satisfaction s) {
            return s == null ? null : new SatisfactionView(s.rating().name(), s.comment(), s.ratedBy(), s.at());
        }
    }
}
