package org.minyi.review.publication.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.minyi.review.publication.domain.DisplayNames;
import org.minyi.review.publication.domain.IssueLayout;
import org.minyi.review.publication.domain.PrintedIssue;
import org.minyi.review.publication.domain.Publication;
import org.minyi.review.publication.domain.PublicationFilter;
import org.minyi.review.publication.domain.PublicationId;
import org.minyi.review.publication.domain.PublicationVisibility;
import org.minyi.review.publication.domain.Publications;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.PageOf;

/** Publications as the caller may see them, and their printable layout. */
public final class FindingPublications {

    private final Publications publications;
    private final DisplayNames names;
    private final Clock clock;
    private final ZoneId zone;
    private final String issuingOffice;

    public FindingPublications(Publications publications, DisplayNames names, Clock clock, ZoneId zone,
                               String issuingOffice) {
        this.publications = publications;
        this.names = names;
        this.clock = clock;
        this.zone = zone;
        this.issuingOffice = issuingOffice;
    }

    public Publication get(PublicationId id, Actor actor) {
        return publications.find(id, PublicationVisibility.of(actor)).orElseThrow(() -> new PublicationNotFound(id));
    }

    public PageOf<Publication> list(PublicationFilter filter, Actor actor, int page, int size) {
        return publications.list(filter, PublicationVisibility.of(actor), page, size);
    }

    /** The issue laid out for print; a draft prints as such, dated today. */
    public PrintedIssue printable(PublicationId id, Actor actor) {
        return IssueLayout.layOut(get(id, actor), names, issuingOffice, LocalDate.ofInstant(clock.instant(), zone));
    }
}
