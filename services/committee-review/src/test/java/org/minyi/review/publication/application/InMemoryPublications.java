package org.minyi.review.publication.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.review.publication.domain.Publication;
import org.minyi.review.publication.domain.PublicationFilter;
import org.minyi.review.publication.domain.PublicationId;
import org.minyi.review.publication.domain.PublicationStatus;
import org.minyi.review.publication.domain.PublicationVisibility;
import org.minyi.review.publication.domain.Publications;
import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.PageOf;

/** Publications in memory, as the store keeps them: copies, versions, and numbers unique per kind and year. */
final class InMemoryPublications implements Publications {

    private final Map<PublicationId, Publication.Stored> stored = new LinkedHashMap<>();
    private int staleReads;

    /** The next {@code reads} answers of {@link #lastNumber} lag one issue behind, as under a concurrent issue. */
    void lagBehind(int reads) {
        staleReads = reads;
    }

    Publication get(PublicationId id) {
        return find(id, PublicationVisibility.ALL).orElseThrow();
    }

    @Override
    public Optional<Publication> find(PublicationId id, PublicationVisibility visibility) {
        return Optional.ofNullable(stored.get(id)).map(Publication::restore)
                .filter(p -> visibility == PublicationVisibility.ALL
                        || visibility == PublicationVisibility.ISSUED && p.status() == PublicationStatus.ISSUED);
    }

    @Override
    public PageOf<Publication> list(PublicationFilter filter, PublicationVisibility visibility, int page, int size) {
        List<Publication> all = stored.keySet().stream().map(id -> find(id, visibility)).flatMap(Optional::stream)
                .toList();
        return new PageOf<>(all, page, size, all.size());
    }

    @Override
    public int lastNumber(IssueKind kind, int year) {
        int last = stored.values().stream().map(Publication::restore)
                .filter(p -> p.status() == PublicationStatus.ISSUED && p.kind() == kind && p.year() == year)
                .mapToInt(Publication::number).max().orElse(0);
        if (staleReads > 0 && last > 0) {
            staleReads--;
            return last - 1;
        }
        return last;
    }

    @Override
    public List<PublicationId> pendingSince(Instant issuedBefore, int limit) {
        return stored.values().stream().map(Publication::restore)
                .filter(p -> p.isPending() && p.issuedAt().isBefore(issuedBefore)).map(Publication::id).limit(limit)
                .toList();
    }

    @Override
    public void add(Publication publication) {
        stored.put(publication.id(), snapshot(publication, 1));
    }

    @Override
    public void update(Publication p) {
        Publication.Stored current = stored.get(p.id());
        if (current == null || current.version() != p.version()) {
            throw new ConcurrentWrite("publication changed");
        }
        boolean numberTaken = p.status() == PublicationStatus.ISSUED && stored.values().stream()
                .filter(other -> !other.id().equals(p.id()) && other.status() == PublicationStatus.ISSUED)
                .anyMatch(other -> other.kind() == p.kind() && other.year().equals(p.year())
                        && other.number().equals(p.number()));
        if (numberTaken) {
            throw new ConcurrentWrite("number taken");
        }
        stored.put(p.id(), snapshot(p, p.version() + 1));
    }

    private static Publication.Stored snapshot(Publication p, long version) {
        return new Publication.Stored(p.id(), p.kind(), p.status(), p.texts(), p.reports(), p.year(), p.number(),
                p.issuedOn(), p.issuedAt(), p.issuedBy(), p.issuer(), p.leaders(), p.pending(), p.skipped(),
                p.createdBy(),
                p.createdAt(), p.updatedAt(), version);
    }
}
