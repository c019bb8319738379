package org.minyi.intake.report.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the quality checks found in one submission: flags, and similar recent reports (most similar first). */
public record Quality(Set<QualityFlag> flags, List<PossibleDuplicate> possibleDuplicates) {

    public static final Quality NONE = new Quality(Set.of(), List.of());

    public Quality {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        possibleDuplicates = List.copyOf(possibleDuplicates);
    }

    public static Quality of(Collection<QualityFlag> flags, List<PossibleDuplicate> possibleDuplicates) {
        return new Quality(flags.isEmpty() ? Set.of() : EnumSet.copyOf(flags), possibleDuplicates);
    }

    /** The flags in their declared order. */
    public List<QualityFlag> orderedFlags() {
        return flags.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(flags));
    }

    public boolean isEmpty() {
        return flags.isEmpty() && possibleDuplicates.isEmpty();
    }
}
