package org.minyi.dashboard.assessment.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts a year's assessment reads, looked up by report. It may hold more than the year's own
 * facts (earlier adoptions for the talk list, merges and submissions of constituents); every
 * computation picks what belongs to the year itself.
 */
public final class YearFacts {

    private final Map<String, Submission> submissions = new HashMap<>();
    private final Map<String, Adoption> adoptions = new HashMap<>();
    private final Map<String, Merge> merges = new HashMap<>();
    private final Map<String, Merge> mergedInto = new HashMap<>();
    private final List<Achievement> achievements;

    public YearFacts(Collection<Submission> submissions, Collection<Adoption> adoptions, Collection<Merge> merges,
                     Collection<Achievement> achievements) {
        submissions.forEach(s -> this.submissions.put(s.reportId(), s));
        adoptions.forEach(a -> this.adoptions.put(a.reportId(), a));
        merges.forEach(m -> {
            this.merges.put(m.compositeId(), m);
            m.constituents().forEach(c -> mergedInto.put(c.reportId(), m));
        });
        this.achievements = List.copyOf(achievements);
    }

    public static YearFacts none() {
        return new YearFacts(List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Submission> submission(String reportId) {
        return Optional.ofNullable(submissions.get(reportId));
    }

    public Optional<Adoption> adoption(String reportId) {
        return Optional.ofNullable(adoptions.get(reportId));
    }

    /** The merge that made {@code compositeId}, if it is a composite the dashboard has seen merged. */
    public Optional<Merge> merge(String compositeId) {
        return Optional.ofNullable(merges.get(compositeId));
    }

    /** The merge {@code reportId} became part of. */
    public Optional<Merge> mergeContaining(String reportId) {
        return Optional.ofNullable(mergedInto.get(reportId));
    }

    public List<Submission> submissionsIn(int year) {
        return submissions.values().stream().filter(s -> s.year() == year).toList();
    }

    public List<Adoption> adoptionsIn(int year) {
        return adoptions.values().stream().filter(a -> a.year() == year).toList();
    }

    public List<Achievement> achievementsIn(int year) {
        return achievements.stream().filter(a -> a.year() == year).toList();
    }

    /** Whether the report was adopted — itself, or as a constituent of an adopted composite — whenever that was. */
    public boolean adopted(String reportId) {
        return adoptions.containsKey(reportId)
                || mergeContaining(reportId).map(m -> adoptions.containsKey(m.compositeId())).orElse(false);
    }
}
