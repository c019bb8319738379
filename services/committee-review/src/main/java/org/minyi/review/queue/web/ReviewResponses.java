package org.minyi.review.queue.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.minyi.review.queue.domain.Claim;
import org.minyi.review.queue.domain.Constituent;
import org.minyi.review.queue.domain.Decision;
import org.minyi.review.queue.domain.DeclineReason;
import org.minyi.review.queue.domain.DeclineReasonList;
import org.minyi.review.queue.domain.Merge;
import org.minyi.review.queue.domain.PublicationRef;
import org.minyi.review.queue.domain.Quality;
import org.minyi.review.queue.domain.RecordedDecision;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportContent;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.Transfer;
import org.minyi.review.queue.domain.UpstreamAdoption;
import org.minyi.review.queue.domain.UpstreamSubmission;

/** What the review endpoints answer. */
final class ReviewResponses {

    /** Shown in {@code flags} when intake found possibly duplicate reports. */
    static final String POSSIBLE_DUPLICATE = "POSSIBLE_DUPLICATE";
    /** Shown in {@code flags} when the office re-routed the report here from another committee. */
    static final String REROUTED = "REROUTED";
    /** Shown in {@code flags} for a composite (综合). */
    static final String COMPOSITE = "COMPOSITE";
    /** Shown in {@code flags} once the report waited in this queue past the committee's review time limit (快). */
    static final String REVIEW_OVERDUE = "REVIEW_OVERDUE";

    private ReviewResponses() {
    }

    /**
     * One line of a queue. {@code flags}: intake's quality findings (TOO_LONG, MULTIPLE_ISSUES,
     * NO_SECTOR_VIEW, SLOW), POSSIBLE_DUPLICATE when {@code possibleDuplicates} is not empty, REROUTED, COMPOSITE,
     * REVIEW_OVERDUE.
     *
     * @param reviewDue the last day of the committee's review time limit for this stay in its queue
     */
    record QueueEntry(String reportId, String trackingNumber, String title, boolean urgent, List<String> flags,
                      List<DuplicateView> possibleDuplicates, Instant submittedAt, String status, String committee,
                      String category, String township, String topicId, String claimedBy, Instant leaseExpiresAt,
                      LocalDate reviewDue) {

        /** @param visible the possible duplicates the caller may open; only those are named */
        static QueueEntry of(ReviewItem item, Set<ReportId> visible) {
            Claim claim = item.claim();
            return new QueueEntry(item.id().value(), item.trackingNumber(), item.content().title(),
                    item.content().urgent(), flagsOf(item), duplicates(item.quality(), visible), item.submittedAt(),
                    item.status().name(), item.committee(), item.content().category().name(),
                    item.content().township(), item.content().topicId(), item.claimedBy(),
                    claim == null ? null : claim.expiresAt(), item.stint() == null ? null : item.stint().due());
        }
    }

    record DuplicateView(String reportId, String trackingNumber, double similarity) {
    }

    /**
     * @param reviewDue       the last day of the committee's review time limit for the report's stay in its
     *                        current (or last) queue; {@code null} for a composite
     * @param reviewFlaggedAt when that stay was flagged REVIEW_OVERDUE; {@code null} unless it was
     * @param sentToLeaders   the codes of the leaders it was sent to; empty before it was sent
     * @param transfer        the office's transfer to the departments (转送); {@code null} unless transferred
     * @param upstreamSubmissions what the office sent up to higher CPPCCs (报送), each with whether it was answered
     */
    record ItemView(String reportId, String trackingNumber, int revision, String committee, String previousCommittee,
                    String status, long sequence, String kind, List<String> flags, ContentView content,
                    QualityView quality, Instant submittedAt, Instant routedAt, String claimedBy, Instant claimedAt,
                    Instant leaseExpiresAt, LocalDate reviewDue, Instant reviewFlaggedAt, DecisionView decision,
                    Instant sentToLeadersAt, List<String> sentToLeaders, TransferView transfer, String mergedInto,
                    MergeView merge, List<PublicationView> publications, List<UpstreamAdoptionView> upstreamAdoptions,
                    List<SubmissionView> upstreamSubmissions, Instant updatedAt) {

        /** @param visible the possible duplicates the caller may open; only those are named */
        static ItemView of(ReviewItem item, Set<ReportId> visible) {
            Claim claim = item.claim();
            return new ItemView(item.id().value(), item.trackingNumber(), item.revision(), item.committee(),
                    item.previousCommittee(), item.status().name(), item.sequence(),
                    item.isComposite() ? "COMPOSITE" : "SINGLE", flagsOf(item), ContentView.of(item.content()),
                    new QualityView(item.quality().flags().stream().map(Enum::name).toList(),
                            duplicates(item.quality(), visible)),
                    item.submittedAt(), item.routedAt(), item.claimedBy(), item.claimedAt(),
                    claim == null ? null : claim.expiresAt(), item.stint() == null ? null : item.stint().due(),
                    item.stint() == null ? null : item.stint().flaggedAt(), DecisionView.of(item.decision()),
                    item.sentToLeadersAt(), item.sentTo(), TransferView.of(item.transfer()),
                    item.mergedInto() == null ? null : item.mergedInto().value(),
                    MergeView.of(item.merge()), item.publications().stream().map(PublicationView::of).toList(),
                    item.upstreamAdoptions().stream().map(UpstreamAdoptionView::of).toList(),
                    item.upstreamSubmissions().stream().map(s -> SubmissionView.of(item, s)).toList(),
                    item.updatedAt());
        }
    }

    record ContentView(String title, String category, String domain, String situation, String analysis,
                       String suggestions, String township, String sector, List<String> authors,
                       OnBehalfOfView onBehalfOf, String topicId, boolean urgent, LocalDate occurredOn) {

        static ContentView of(ReportContent c) {
            return new ContentView(c.title(), c.category().name(), c.domain(), c.situation(), c.analysis(),
                    c.suggestions(), c.township(), c.sector(), c.authors(),
                    c.onBehalfOf() == null ? null
                            : new OnBehalfOfView(c.onBehalfOf().kind().name(), c.onBehalfOf().name()),
                    c.topicId(), c.urgent(), c.occurredOn());
        }
    }

    record OnBehalfOfView(String kind, String name) {
    }

    /** The office's transfer (转送): its note and the units with their parts and deadlines. */
    record TransferView(String transferId, String note, List<UnitView> units, String transferredBy,
                        Instant transferredAt) {

        static TransferView of(Transfer t) {
            return t == null ? null : new TransferView(t.transferId(), t.note(), t.units().stream()
                    .map(u -> new UnitView(u.unit(), u.role().name(), u.deadline())).toList(), t.transferredBy(),
                    t.transferredAt());
        }
    }

    record UnitView(String unit, String role, LocalDate deadline) {
    }

    record QualityView(List<String> flags, List<DuplicateView> possibleDuplicates) {
    }

    /**
     * @param decision      ADOPT, DECLINE or RETURN, as in the request
     * @param kind          for ADOPT, SINGLE or COMPOSITE
     * @param reasonLabel   for DECLINE, the reason as the office's list worded it when declined
     * @param reasonLabelEn the same in English; {@code null} when the list had none, or the decision predates it
     */
    record DecisionView(String decision, String grade, String kind, String reason, String reasonLabel,
                        String reasonLabelEn, String comment, String decidedBy, Instant decidedAt) {

        static DecisionView of(RecordedDecision recorded) {
            if (recorded == null) {
                return null;
            }
            Decision d = recorded.decision();
            String decision = d instanceof Decision.Adopt ? "ADOPT" : d instanceof Decision.Decline ? "DECLINE" : "RETURN";
            Decision.Decline decline = d instanceof Decision.Decline declined ? declined : null;
            return new DecisionView(decision, recorded.grade() == null ? null : recorded.grade().name(),
                    recorded.adoptionKind() == null ? null : recorded.adoptionKind().name(),
                    decline == null ? null : decline.reason(), decline == null ? null : decline.reasonLabel(),
                    decline == null ? null : decline.reasonLabelEn(), d.comment(), recorded.decidedBy(),
                    recorded.decidedAt());
        }
    }

    /** @param state PENDING while constituents are being merged, then COMPLETED */
    record MergeView(String state, List<ConstituentView> constituents, List<SkippedView> skipped, String mergedBy,
                     String grade, String comment, Instant plannedAt, Instant completedAt) {

        static MergeView of(Merge merge) {
            if (merge == null) {
                return null;
            }
            return new MergeView(merge.isPending() ? "PENDING" : "COMPLETED",
                    merge.merged().stream().map(ConstituentView::of).toList(),
                    merge.skipped().stream().map(s -> new SkippedView(s.reportId().value(), s.trackingNumber(),
                            s.status() == null ? null : s.status().name())).toList(),
                    merge.mergedBy().principal(), merge.grade().name(), merge.comment(), merge.plannedAt(),
                    merge.completedAt());
        }
    }

    record ConstituentView(String reportId, String trackingNumber, String title, List<String> authors) {

        static ConstituentView of(Constituent c) {
            return new ConstituentView(c.reportId().value(), c.trackingNumber(), c.title(), c.authors());
        }
    }

    record SkippedView(String reportId, String trackingNumber, String status) {
    }

    /** An issue that carried the report, and where to read it. */
    record PublicationView(String publicationId, String kind, int year, int number, String citation,
                           LocalDate issuedOn, String href) {

        static PublicationView of(PublicationRef p) {
            return new PublicationView(p.publicationId(), p.kind().name(), p.year(), p.number(), p.citation(),
                    p.issuedOn(), "/api/publications/" + p.publicationId());
        }
    }

    /** @param submission the id of the submission it answers; {@code null} when it answers none */
    record UpstreamAdoptionView(String level, String mode, LocalDate adoptedOn, String note, String recordedBy,
                                Instant recordedAt, String submission) {

        static UpstreamAdoptionView of(UpstreamAdoption u) {
            return new UpstreamAdoptionView(u.level().name(), u.mode().name(), u.adoptedOn(), u.note(), u.recordedBy(),
                    u.recordedAt(), u.submission());
        }
    }

    /**
     * One submission to a higher CPPCC (报送), as the report's page and the answer to recording it show it.
     *
     * @param state PENDING (待反馈) until an adoption answers it, then ANSWERED (已采用)
     */
    record SubmissionView(String submissionId, String reportId, String trackingNumber, String level,
                          LocalDate submittedOn, String channel, String submittedBy, Instant submittedAt,
                          String state, UpstreamAdoptionView adoption) {

        static SubmissionView of(ReviewItem item, UpstreamSubmission s) {
            UpstreamAdoption answer = item.answerTo(s).orElse(null);
            return new SubmissionView(s.id(), item.id().value(), item.trackingNumber(), s.level().name(),
                    s.submittedOn(), s.channel(), s.submittedBy(), s.submittedAt(), answer == null ? "PENDING"
                    : "ANSWERED", answer == null ? null : UpstreamAdoptionView.of(answer));
        }
    }

    record DeclineReasonView(String code, String label, String labelEn, boolean requiresComment, boolean active) {

        static DeclineReasonView of(DeclineReason r) {
            return new DeclineReasonView(r.code(), r.label(), r.labelEn(), r.requiresComment(), r.active());
        }
    }

    record DeclineReasonsView(List<DeclineReasonView> reasons, String updatedBy, Instant updatedAt) {

        static DeclineReasonsView of(DeclineReasonList list) {
            return new DeclineReasonsView(list.reasons().stream().map(DeclineReasonView::of).toList(),
                    list.updatedBy(), list.updatedAt());
        }
    }

    private static List<String> flagsOf(ReviewItem item) {
        List<String> flags = new ArrayList<>();
        item.quality().flags().forEach(f -> flags.add(f.name()));
        if (!item.quality().possibleDuplicates().isEmpty()) {
            flags.add(POSSIBLE_DUPLICATE);
        }
        if (item.previousCommittee() != null) {
            flags.add(REROUTED);
        }
        if (item.isComposite()) {
            flags.add(COMPOSITE);
        }
        if (item.stint() != null && item.stint().isFlagged()) {
            flags.add(REVIEW_OVERDUE);
        }
        return flags;
    }

    private static List<DuplicateView> duplicates(Quality quality, Set<ReportId> visible) {
        return quality.possibleDuplicates().stream().filter(d -> visible.contains(d.reportId()))
                .map(d -> new DuplicateView(d.reportId().value(), d.trackingNumber(), d.similarity())).toList();
    }
}
