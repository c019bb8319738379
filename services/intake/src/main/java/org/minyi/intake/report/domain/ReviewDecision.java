package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A committee's decision on a report — adopted, declined, merged into a composite — or its return for
 * revision, as the authors learn it. The status change on {@code report-status} and the committee's event
 * announce the same step and may arrive in either order: each fills in what the other lacks (the status
 * change who and when, the committee's event the grade, reason and comment).
 *
 * @param sequence                 the report's sequence at the step; 0 while only the merge (announced under
 *                                 the composite's id, with the composite's sequence) has told of it
 * @param reason                   for DECLINE, the reason's code from the office's list
 * @param reasonLabel              for DECLINE, the reason in words (zh-CN) as the list worded it when declined;
 *                                 {@code null} until the committee's event told of it, or when it did not carry
 *                                 the words (announced before they were added)
 * @param reasonLabelEn            the same in English; {@code null} likewise, or when the list had none
 * @param decidedBy                the principal who decided
 * @param mergedInto               for MERGE, the composite report
 * @param mergedIntoTrackingNumber for MERGE, the composite's tracking number
 */
public record ReviewDecision(Kind decision, long sequence, Grade grade, String reason, String reasonLabel,
                             String reasonLabelEn, String comment, Instant decidedAt, String committee,
                             String decidedBy, String mergedInto, String mergedIntoTrackingNumber) {

    public ReviewDecision {
        Objects.requireNonNull(decision, "decision");
    }

    /** What was decided, and the status that announces it. */
    public enum Kind {
        ADOPT(ReportStatus.ADOPTED),
        DECLINE(ReportStatus.NOT_ADOPTED),
        RETURN(ReportStatus.RETURNED),
        MERGE(ReportStatus.MERGED);

        private final ReportStatus status;

        Kind(ReportStatus status) {
            this.status = status;
        }

        public ReportStatus status() {
            return status;
        }

        static Optional<Kind> announcedBy(ReportStatus status) {
            for (Kind kind : values()) {
                if (kind.status == status) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** What a status change alone tells of a decision: which, when, by whom, in which committee. */
    static Optional<ReviewDecision> announcedBy(StatusObservation change) {
        return Kind.announcedBy(change.status()).map(kind -> new ReviewDecision(kind, change.sequence(), null, null,
                null, null, null, change.at(), change.committee(), change.actor(), change.mergedInto(), null));
    }

    /**
     * Whether the two tell of the same step: the same decision at the same sequence; a merge, which ends the
     * report's own life, is one step whatever the sequence, unless they name different composites.
     */
    boolean isSameStepAs(ReviewDecision other) {
        if (decision != other.decision) {
            return false;
        }
        if (decision == Kind.MERGE) {
            return mergedInto == null || other.mergedInto == null || mergedInto.equals(other.mergedInto);
        }
        return sequence == other.sequence;
    }

    /** This step as both tell it: what this one knows, and what only the other knows. */
    ReviewDecision joinedWith(ReviewDecision other) {
        return new ReviewDecision(decision, Math.max(sequence, other.sequence), first(grade, other.grade),
                first(reason, other.reason), first(reasonLabel, other.reasonLabel),
                first(reasonLabelEn, other.reasonLabelEn), first(comment, other.comment),
                first(decidedAt, other.decidedAt), first(committee, other.committee), first(decidedBy, other.decidedBy),
                first(mergedInto, other.mergedInto), first(mergedIntoTrackingNumber, other.mergedIntoTrackingNumber));
    }

    /** Whether this is the decision that the timeline's step announced. */
    public boolean isAnnouncedBy(TimelineEntry step) {
        return decision.status() == step.status() && (decision == Kind.MERGE || sequence == step.sequence());
    }

    private static <T> T first(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }
}
