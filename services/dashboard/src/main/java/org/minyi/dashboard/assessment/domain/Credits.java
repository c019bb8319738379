package org.minyi.dashboard.assessment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.minyi.dashboard.reference.domain.Roster;

/**
 * Who an adoption credits (README, "Credit"). A single report credits itself. A composite credits
 * each of its constituents — with the authors the merge recorded for it, and the township and sector
 * of its own submission — so that every member, station and sector whose report went into it counts
 * it; a composite whose merge the dashboard never saw credits itself with the authors it names.
 *
 * <p>A report's sectors: the sector it names, or else the distinct sectors of its authors.
 */
public final class Credits {

    private final YearFacts facts;
    private final Roster roster;

    public Credits(YearFacts facts, Roster roster) {
        this.facts = facts;
        this.roster = roster;
    }

    /** The reports credited by the adoptions of {@code year}, by adoption date then tracking number. */
    public List<CreditedReport> adoptedIn(int year) {
        List<CreditedReport> credited = new ArrayList<>();
        for (Adoption adoption : facts.adoptionsIn(year)) {
            credited.addAll(of(adoption));
        }
        credited.sort(Comparator.comparing(CreditedReport::adoptedOn)
                .thenComparing(c -> String.valueOf(c.trackingNumber())).thenComparing(CreditedReport::reportId));
        return credited;
    }

    public List<CreditedReport> of(Adoption adoption) {
        Optional<Merge> merge = facts.merge(adoption.reportId());
        List<CreditedReport> credited = new ArrayList<>();
        if (merge.isPresent() && !merge.get().constituents().isEmpty()) {
            List<UUID> evidence = List.of(adoption.eventId(), merge.get().eventId());
            for (Merge.Constituent constituent : merge.get().constituents()) {
                credited.add(constituent(adoption, constituent.reportId(), constituent.trackingNumber(),
                        constituent.authors(), merge.get().township(), evidence));
            }
        } else if (adoption.composite() && !adoption.constituents().isEmpty()) {
            for (String constituent : adoption.constituents()) {
                credited.add(constituent(adoption, constituent, null, List.of(), adoption.township(),
                        List.of(adoption.eventId())));
            }
        } else {
            Part part = part(adoption.reportId(), adoption.township(), adoption.sector(), adoption.authors());
            credited.add(new CreditedReport(adoption.reportId(), adoption.trackingNumber(), CreditedReport.Via.DIRECT,
                    null, null, adoption.adoptedOn(), adoption.grade(), adoption.committee(), part.township(),
                    part.sectors(), part.authors(), List.of(adoption.eventId())));
        }
        return credited;
    }

    /**
     * The parts of report {@code reportId} that share what it earns: its constituents when it is a
     * composite, else itself — with the codes an event about it carried as the fallback.
     */
    public List<Part> partsOf(String reportId, String township, String sector, List<String> authors) {
        Optional<Merge> merge = facts.merge(reportId);
        if (merge.isPresent() && !merge.get().constituents().isEmpty()) {
            List<Part> parts = new ArrayList<>();
            for (Merge.Constituent constituent : merge.get().constituents()) {
                parts.add(part(constituent.reportId(), merge.get().township(), null, constituent.authors()));
            }
            return parts;
        }
        return List.of(part(reportId, township, sector, authors));
    }

    /** Everyone who wrote any part of {@code reportId}, with the authors an event names first. */
    public List<String> authorsOf(String reportId, List<String> named) {
        Set<String> authors = new LinkedHashSet<>(named);
        Optional<Merge> merge = facts.merge(reportId);
        if (merge.isPresent()) {
            merge.get().constituents().forEach(c -> authors.addAll(c.authors()));
        }
        if (authors.isEmpty()) {
            facts.submission(reportId).ifPresent(s -> authors.addAll(s.authors()));
            facts.adoption(reportId).ifPresent(a -> authors.addAll(a.authors()));
        }
        return List.copyOf(authors);
    }

    /** The sectors a submitted report counts for. */
    public List<String> sectorsOf(Submission submission) {
        return sectors(submission.sector(), submission.authors());
    }

    private CreditedReport constituent(Adoption adoption, String reportId, String trackingNumber, List<String> authors,
                                       String township, List<UUID> evidence) {
        Part part = part(reportId, township, null, authors);
        String tracking = trackingNumber != null ? trackingNumber
                : facts.submission(reportId).map(Submission::trackingNumber).orElse(null);
        return new CreditedReport(reportId, tracking, CreditedReport.Via.COMPOSITE, adoption.reportId(),
                adoption.trackingNumber(), adoption.adoptedOn(), adoption.grade(), adoption.committee(),
                part.township(), part.sectors(), part.authors(), evidence);
    }

    /** One report's codes: its own submission's where known, else what the event carried. */
    private Part part(String reportId, String township, String sector, List<String> authors) {
        Optional<Submission> submission = facts.submission(reportId);
        String where = submission.map(Submission::township).filter(t -> t != null).orElse(township);
        String named = sector != null ? sector : submission.map(Submission::sector).orElse(null);
        List<String> who = !authors.isEmpty() ? authors : submission.map(Submission::authors).orElse(List.of());
        return new Part(reportId, where, sectors(named, who), who);
    }

    private List<String> sectors(String named, List<String> authors) {
        if (named != null) {
            return List.of(named);
        }
        Set<String> sectors = new LinkedHashSet<>();
        for (String author : authors) {
            String sector = roster.sectorOf(author);
            if (sector != null) {
                sectors.add(sector);
            }
        }
        return List.copyOf(sectors);
    }

    /** A report, or a composite's constituent, with the codes it is credited under. */
    public record Part(String reportId, String township, List<String> sectors, List<String> authors) {
    }
}
