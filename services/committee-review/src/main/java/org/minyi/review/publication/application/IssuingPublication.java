package org.minyi.review.publication.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.review.publication.domain.CarriedReport;
import org.minyi.review.publication.domain.Publication;
import org.minyi.review.publication.domain.PublicationId;
import org.minyi.review.publication.domain.PublicationVisibility;
import org.minyi.review.publication.domain.Publications;
import org.minyi.review.queue.application.BrokenRules;
import org.minyi.review.queue.application.InterruptedSteps;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.IllegalTransition;
import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.LeaderChoice;
import org.minyi.review.queue.domain.Leaders;
import org.minyi.review.queue.domain.PublicationRef;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReviewEvent;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.ReviewPolicy;
import org.minyi.review.queue.domain.StatusChange;

/**
 * The office issues a draft: it takes the next number of its kind and year, and every report it carries
 * becomes PUBLISHED — and, for a 《专报》, SENT_TO_LEADERS to the leaders the office names (every county leader
 * when it names none) — with the events that announce it.
 *
 * <p>Three kinds of single-document write, as a merge: (1) the publication, ISSUED with its number and
 * every report pending — a number already taken by a concurrent issue makes it draw the next; (2) each
 * report takes the issue, idempotently (a report that carries the issue already is left alone); (3) the
 * publication is completed. A crash or failure after (1) leaves reports pending; {@link #completePending},
 * run by a periodic sweep, completes such issues.
 */
public final class IssuingPublication {

    private final Publications publications;
    private final ReviewItems items;
    private final Clock clock;
    private final ZoneId zone;
    private final String issuingOffice;
    private final Leaders leaders;

    public IssuingPublication(Publications publications, ReviewItems items, Clock clock, ZoneId zone,
                              String issuingOffice, Leaders leaders) {
        this.publications = publications;
        this.items = items;
        this.clock = clock;
        this.zone = zone;
        this.issuingOffice = issuingOffice;
        this.leaders = leaders;
    }

    /**
     * Issues the draft, dated {@code issuedOn} (today when {@code null}).
     *
     * @param requested for a 《专报》, the codes of the leaders its reports go to; {@code null} or empty for every
     *                  county leader
     * @return the publication, completed unless a report's step failed (the sweep completes it then)
     * @throws InvalidInput for leaders named for a 《社情民意》, or a leader unknown ({@code leaders[i]})
     */
    public Publication issue(PublicationId id, LocalDate issuedOn, List<String> requested, Actor actor) {
        ReviewPolicy.checkMayPublish(actor);
        Publication issued = OnConflict.retry(() -> {
            Publication draft = publications.find(id, PublicationVisibility.of(actor))
                    .orElseThrow(() -> new PublicationNotFound(id));
            draft.checkDraft();
            List<String> sendTo = leadersFor(draft.kind(), requested);
            Instant now = clock.instant();
            LocalDate date = issuedOn != null ? issuedOn : LocalDate.ofInstant(now, zone);
            List<CarriedReport> current = CarriedReports.read(items,
                    draft.reports().stream().map(CarriedReport::reportId).toList(), draft.kind(), id.value(), actor);
            int number = publications.lastNumber(draft.kind(), date.getYear()) + 1;
            draft.issue(number, date, issuingOffice, sendTo, current, actor, now);
            publications.update(draft);
            return draft;
        });
        try {
            return complete(issued);
        } catch (RuntimeException e) {
            return issued;
        }
    }

    /**
     * The leaders an issue of {@code kind} sends its reports to: for a 《专报》 those named, or every county leader;
     * for a 《社情民意》 none, and naming any is refused.
     *
     * @throws InvalidInput naming {@code leaders}, or each unknown {@code leaders[i]}
     */
    public List<String> leadersFor(IssueKind kind, List<String> requested) {
        if (kind != IssueKind.SPECIAL) {
            if (requested != null && !requested.isEmpty()) {
                throw new InvalidInput(new FieldProblem("leaders", "not_allowed", "《社情民意》不报送领导，只有《专报》可指定报送的领导",
                        "only a 《专报》 (SPECIAL) is sent to the leaders"));
            }
            return List.of();
        }
        LeaderChoice.Chosen chosen = LeaderChoice.choose("leaders", requested, leaders);
        BrokenRules.throwIfAny(List.of(), chosen.broken());
        return chosen.leaders();
    }

    /**
     * Completes the issues whose reports a crash or failure left pending since before {@code issuedBefore},
     * each under the correlation {@code issue-sweep-<id>} ({@link InterruptedSteps}).
     *
     * @return how many it took up
     * @throws RuntimeException the first failure, once every issue was tried
     */
    public int completePending(Instant issuedBefore, int limit) {
        return InterruptedSteps.completeEach(publications.pendingSince(issuedBefore, limit), "issue-sweep",
                id -> publications.find(id, PublicationVisibility.ALL).ifPresent(this::complete));
    }

    private Publication complete(Publication issued) {
        if (!issued.isPending()) {
            return issued;
        }
        PublicationRef ref = issued.ref();
        Actor by = issued.issuingActor();
        // a 《专报》 issued before the leaders were named on it goes to every county leader
        List<String> sendTo = issued.kind() == IssueKind.SPECIAL && issued.leaders().isEmpty()
                ? leadersFor(IssueKind.SPECIAL, null) : issued.leaders();
        List<Publication.Skipped> skipped = new ArrayList<>();
        for (ReportId reportId : issued.pending()) {
            publishOne(reportId, ref, sendTo, by).ifPresent(skipped::add);
        }
        return OnConflict.retry(() -> {
            Publication current = publications.find(issued.id(), PublicationVisibility.ALL)
                    .orElseThrow(() -> new PublicationNotFound(issued.id()));
            if (!current.isPending()) {
                return current;
            }
            current.completeIssue(skipped, clock.instant());
            publications.update(current);
            return current;
        });
    }

    /** @return why the report was skipped; empty when it carries the issue */
    private Optional<Publication.Skipped> publishOne(ReportId reportId, PublicationRef ref, List<String> sendTo,
                                                     Actor by) {
        return OnConflict.retry(() -> {
            ReviewItem item = items.find(reportId).orElse(null);
            if (item == null) {
                return Optional.of(new Publication.Skipped(reportId, null));
            }
            try {
                List<StatusChange> changes = item.publish(ref, sendTo, by, clock.instant());
                if (!changes.isEmpty()) {
                    items.update(item, List.<ReviewEvent>copyOf(changes));
                }
                return Optional.empty();
            } catch (IllegalTransition left) {
                return Optional.of(new Publication.Skipped(reportId, item.status()));
            }
        });
    }
}
