package org.minyi.review.publication.application;

import java.time.Clock;
import java.util.List;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.review.publication.domain.CarriedReport;
import org.minyi.review.publication.domain.Publication;
import org.minyi.review.publication.domain.PublicationId;
import org.minyi.review.publication.domain.PublicationVisibility;
import org.minyi.review.publication.domain.Publications;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.ReviewPolicy;

/** The office composes an issue as a draft, and revises it until it is issued. */
public final class ComposingPublication {

    private final Publications publications;
    private final ReviewItems items;
    private final Clock clock;

    public ComposingPublication(Publications publications, ReviewItems items, Clock clock) {
        this.publications = publications;
        this.items = items;
        this.clock = clock;
    }

    public Publication compose(PublicationCommand command, Actor actor) {
        ReviewPolicy.checkMayPublish(actor);
        PublicationId id = PublicationId.next();
        List<CarriedReport> reports = CarriedReports.read(items, command.reports(), command.kind(), id.value(), actor);
        Publication draft = Publication.compose(id, command.kind(), reports, command.texts(), actor, clock.instant());
        publications.add(draft);
        return draft;
    }

    public Publication revise(PublicationId id, PublicationCommand command, Actor actor) {
        ReviewPolicy.checkMayPublish(actor);
        return OnConflict.retry(() -> {
            Publication draft = publications.find(id, PublicationVisibility.of(actor))
                    .orElseThrow(() -> new PublicationNotFound(id));
            draft.checkDraft();
            List<CarriedReport> reports = CarriedReports.read(items, command.reports(), command.kind(), id.value(),
                    actor);
            draft.revise(command.kind(), reports, command.texts(), actor, clock.instant());
            publications.update(draft);
            return draft;
        });
    }
}
