package org.minyi.review.publication.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.PageOf;

/**
 * Where publications are kept, one document each. An issue's number is unique per kind and year: a write
 * that would take a number already taken fails as a concurrent write, so the caller draws the next one.
 */
public interface Publications {

    Optional<Publication> find(PublicationId id, PublicationVisibility visibility);

    PageOf<Publication> list(PublicationFilter filter, PublicationVisibility visibility, int page, int size);

    /** The highest number issued for this kind and year; 0 when none. */
    int lastNumber(IssueKind kind, int year);

    /** Issued publications whose reports are still pending since before {@code issuedBefore}. */
    List<PublicationId> pendingSince(Instant issuedBefore, int limit);

    void add(Publication publication);

    /**
     * Stores a changed publication if nobody changed it since it was read and its number is free; otherwise
     * it throws the chassis's ConcurrentWrite and writes nothing.
     */
    void update(Publication publication);
}
