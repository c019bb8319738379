package org.minyi.review.queue.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.minyi.chassis.events.IntegrationEvents;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.OutboxMessage;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.OnBehalfOf;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.ReportContext;
import org.minyi.events.review.Grade;
import org.minyi.events.review.ReportsMerged.Constituent;
import org.minyi.events.review.UpstreamAdopted;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.review.queue.domain.AdoptionKind;
import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.PublicationRef;
import org.minyi.review.queue.domain.ReportAdopted;
import org.minyi.review.queue.domain.ReportContent;
import org.minyi.review.queue.domain.ReportDeclined;
import org.minyi.review.queue.domain.ReportMerged;
import org.minyi.review.queue.domain.ReportPublished;
import org.minyi.review.queue.domain.ReportReturned;
import org.minyi.review.queue.domain.ReportSentToLeaders;
import org.minyi.review.queue.domain.ReportTransferred;
import org.minyi.review.queue.domain.ReportsMerged;
import org.minyi.review.queue.domain.ReviewEvent;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewOverdue;
import org.minyi.review.queue.domain.StatusChange;
import org.minyi.review.queue.domain.Transfer;
import org.minyi.review.queue.domain.UpstreamAdoptionRecorded;
import org.minyi.review.queue.domain.UpstreamSubmissionRecorded;

import static org.minyi.chassis.events.IntegrationEvents.derivedId;

/**
 * The review items' domain events as integration events. Every status change is a {@code report-status}
 * change (codes only; MERGED names the composite) naming its {@code actor}, the principal who took the step;
 * decisions, merges, publication, sending to the leaders, transfers and upstream adoptions also travel on
 * {@code review.review-events} with what their consumers need (the content only when the leaders or the
 * units receive the report). A submission to a higher CPPCC is a {@code ReportFlagged} UPSTREAM_SUBMITTED (only
 * that: nothing on {@code review.review-events}), an upstream adoption a {@code ReportFlagged} UPSTREAM_ADOPTED, and
 * a review time limit passed a {@code ReportFlagged} REVIEW_OVERDUE by {@code system}, each with its level or
 * committee at the report's current sequence, not a status change. A second issue carrying a report already
 * PUBLISHED announces {@code ReportPublished} only. Several steps of one item (an issue that publishes a 《专报》's
 * report and sends it to the leaders) are announced in the order they were taken.
 */
public final class ReviewIntegrationEvents implements EventTranslation<ReviewItem, ReviewEvent> {

    private final IntegrationEvents events;

    public ReviewIntegrationEvents(IntegrationEvents events) {
        this.events = events;
    }

    @Override
    public List<OutboxMessage> translate(ReviewItem item, List<? extends ReviewEvent> decided) {
        List<OutboxMessage> messages = new ArrayList<>();
        decided.forEach(event -> translate(event, item, messages));
        return messages;
    }

    private void translate(ReviewEvent event, ReviewItem item, List<OutboxMessage> messages) {
        if (event instanceof UpstreamSubmissionRecorded submitted) {
            upstreamSubmission(submitted, item, messages);
            return;
        }
        if (event instanceof UpstreamAdoptionRecorded upstream) {
            upstreamAdoption(upstream, item, messages);
            return;
        }
        if (event instanceof ReviewOverdue overdue) {
            reviewOverdue(overdue, item, messages);
            return;
        }
        StatusChange change = (StatusChange) event;
        ReportContent content = item.content();
        if (change.status() != change.previousStatus()) {
            ReportStatusChanged status = new ReportStatusChanged(change.eventId(), change.reportId().value(),
                    item.trackingNumber(), status(change.status()), status(change.previousStatus()), change.sequence(),
                    change.occurredAt(), content.township(), item.committee(), category(content.category()),
                    change.actor().role().name(),
                    change instanceof ReportMerged merged ? merged.mergedInto().value() : null,
                    change.actor().principal());
            messages.add(events.message(status, ReportStatusChanged.TYPE));
        }
        if (change instanceof ReportAdopted adopted) {
            messages.add(adoption(adopted.eventId(), item, adopted.sequence(), adopted.occurredAt(), adopted.grade(),
                    adopted.kind(), null, adopted.actor().principal(), adopted.comment()));
        } else if (change instanceof ReportsMerged merged) {
            var review = new org.minyi.events.review.ReportsMerged(
                    derivedId(merged.eventId(), org.minyi.events.review.ReportsMerged.TYPE),
                    merged.reportId().value(), merged.sequence(), merged.occurredAt(), item.trackingNumber(),
                    item.committee(), content.title(), category(content.category()), content.township(),
                    merged.constituents().stream().map(c -> new Constituent(c.reportId().value(), c.trackingNumber(),
                            c.authors())).toList(),
                    merged.authors(), merged.actor().principal());
            messages.add(events.message(review, org.minyi.events.review.ReportsMerged.TYPE));
            messages.add(adoption(merged.eventId(), item, merged.sequence(), merged.occurredAt(), merged.grade(),
                    AdoptionKind.COMPOSITE, merged.constituents().stream().map(c -> c.reportId().value()).toList(),
                    merged.actor().principal(), item.merge() == null ? null : item.merge().comment()));
        } else if (change instanceof ReportDeclined declined) {
            var review = new org.minyi.events.review.ReportDeclined(
                    derivedId(declined.eventId(), org.minyi.events.review.ReportDeclined.TYPE),
                    declined.reportId().value(), declined.sequence(), declined.occurredAt(), item.trackingNumber(),
                    item.committee(), declined.reason(), declined.comment(), declined.actor().principal(),
                    declined.reasonLabel(), declined.reasonLabelEn());
            messages.add(events.message(review, org.minyi.events.review.ReportDeclined.TYPE));
        } else if (change instanceof ReportReturned returned) {
            var review = new org.minyi.events.review.ReportReturned(
                    derivedId(returned.eventId(), org.minyi.events.review.ReportReturned.TYPE),
                    returned.reportId().value(), returned.sequence(), returned.occurredAt(), item.trackingNumber(),
                    item.committee(), returned.comment(), returned.actor().principal());
            messages.add(events.message(review, org.minyi.events.review.ReportReturned.TYPE));
        } else if (change instanceof ReportPublished published) {
            PublicationRef issue = published.publication();
            var review = new org.minyi.events.review.ReportPublished(
                    derivedId(published.eventId(), org.minyi.events.review.ReportPublished.TYPE),
                    published.reportId().value(), published.sequence(), published.occurredAt(), item.trackingNumber(),
                    issue.publicationId(), issue.kind() == IssueKind.SPECIAL
                            ? org.minyi.events.review.ReportPublished.Kind.SPECIAL
                            : org.minyi.events.review.ReportPublished.Kind.REGULAR,
                    issue.year(), issue.number(), item.committee(), category(content.category()), content.township(),
                    content.sector(), content.authors());
            messages.add(events.message(review, org.minyi.events.review.ReportPublished.TYPE));
        } else if (change instanceof ReportSentToLeaders sent) {
            var review = new org.minyi.events.review.ReportSentToLeaders(
                    derivedId(sent.eventId(), org.minyi.events.review.ReportSentToLeaders.TYPE),
                    sent.reportId().value(), sent.sequence(), sent.occurredAt(), item.trackingNumber(),
                    item.committee(), grade(sent.grade()),
                    sent.publication() == null ? null : sent.publication().publicationId(), item.submittedAt(),
                    submittedReport(content), sent.leaders(), sent.actor().principal());
            messages.add(events.message(review, org.minyi.events.review.ReportSentToLeaders.TYPE));
        } else if (change instanceof ReportTransferred transferred) {
            Transfer transfer = transferred.transfer();
            var review = new org.minyi.events.review.ReportTransferred(
                    derivedId(transferred.eventId(), org.minyi.events.review.ReportTransferred.TYPE),
                    transferred.reportId().value(), transferred.sequence(), transferred.occurredAt(),
                    transfer.transferId(), transfer.note(),
                    transfer.units().stream().map(u -> new AssignedUnit(u.unit(),
                            AssignedUnit.Role.valueOf(u.role().name()), u.deadline())).toList(),
                    context(item), transfer.transferredBy());
            messages.add(events.message(review, org.minyi.events.review.ReportTransferred.TYPE));
        }
    }

    private void reviewOverdue(ReviewOverdue overdue, ReviewItem item, List<OutboxMessage> messages) {
        ReportContent content = item.content();
        ReportFlagged flag = new ReportFlagged(overdue.eventId(), overdue.reportId().value(), item.trackingNumber(),
                ReportFlagged.Flag.REVIEW_OVERDUE, overdue.sequence(), overdue.occurredAt(), content.township(),
                overdue.committee(), category(content.category()), overdue.actor().role().name(), null, null, null,
                overdue.actor().principal());
        messages.add(events.message(flag, ReportFlagged.TYPE));
    }

    /** The report as the units act on it: its codes, title and text. */
    private static ReportContext context(ReviewItem item) {
        ReportContent c = item.content();
        return new ReportContext(item.trackingNumber(), c.title(), category(c.category()), c.township(),
                item.committee(), c.authors(), c.urgent(), c.situation(), c.analysis(), c.suggestions());
    }

    private void upstreamSubmission(UpstreamSubmissionRecorded recorded, ReviewItem item,
                                    List<OutboxMessage> messages) {
        ReportContent content = item.content();
        ReportFlagged flag = new ReportFlagged(recorded.eventId(), recorded.reportId().value(), item.trackingNumber(),
                ReportFlagged.Flag.UPSTREAM_SUBMITTED, recorded.sequence(), recorded.occurredAt(), content.township(),
                item.committee(), category(content.category()), recorded.actor().role().name(), null,
                recorded.submission().level().name(), null, recorded.actor().principal());
        messages.add(events.message(flag, ReportFlagged.TYPE));
    }

    private void upstreamAdoption(UpstreamAdoptionRecorded recorded, ReviewItem item, List<OutboxMessage> messages) {
        ReportContent content = item.content();
        ReportFlagged flag = new ReportFlagged(recorded.eventId(), recorded.reportId().value(), item.trackingNumber(),
                ReportFlagged.Flag.UPSTREAM_ADOPTED, recorded.sequence(), recorded.occurredAt(), content.township(),
                item.committee(), category(content.category()), recorded.actor().role().name(), null,
                recorded.adoption().level().name(), null, recorded.actor().principal());
        messages.add(events.message(flag, ReportFlagged.TYPE));
        UpstreamAdopted adopted = new UpstreamAdopted(derivedId(recorded.eventId(), UpstreamAdopted.TYPE),
                recorded.reportId().value(), recorded.sequence(), recorded.occurredAt(), item.trackingNumber(),
                UpstreamAdopted.Level.valueOf(recorded.adoption().level().name()),
                UpstreamAdopted.Mode.valueOf(recorded.adoption().mode().name()), recorded.adoption().adoptedOn(),
                item.committee(), category(content.category()), content.township(), content.sector(),
                content.authors(), recorded.actor().principal());
        messages.add(events.message(adopted, UpstreamAdopted.TYPE));
    }

    private OutboxMessage adoption(UUID stepId, ReviewItem item, long sequence, Instant at,
                                   org.minyi.review.queue.domain.Grade grade, AdoptionKind kind,
                                   List<String> constituents, String reviewer, String comment) {
        ReportContent content = item.content();
        var review = new org.minyi.events.review.ReportAdopted(
                derivedId(stepId, org.minyi.events.review.ReportAdopted.TYPE), item.id().value(), sequence, at,
                item.trackingNumber(), item.committee(), grade(grade), category(content.category()),
                content.township(), content.sector(), content.authors(), reviewer,
                org.minyi.events.review.ReportAdopted.Kind.valueOf(kind.name()), constituents, comment);
        return events.message(review, org.minyi.events.review.ReportAdopted.TYPE);
    }

    static SubmittedReport submittedReport(ReportContent c) {
        return new SubmittedReport(c.title(), category(c.category()), c.domain(), c.situation(), c.analysis(),
                c.suggestions(), c.township(), c.sector(), c.authors(),
                c.onBehalfOf() == null ? null
                        : new OnBehalfOf(OnBehalfOf.Kind.valueOf(c.onBehalfOf().kind().name()), c.onBehalfOf().name()),
                c.topicId(), c.urgent(), c.occurredOn());
    }

    private static ReportStatus status(org.minyi.review.queue.domain.ReportStatus status) {
        return status == null || !status.isAnnounced() ? null : ReportStatus.valueOf(status.name());
    }

    private static Category category(org.minyi.review.queue.domain.Category category) {
        return Category.valueOf(category.name());
    }

    private static Grade grade(org.minyi.review.queue.domain.Grade grade) {
        return grade == null ? null : Grade.valueOf(grade.name());
    }
}
