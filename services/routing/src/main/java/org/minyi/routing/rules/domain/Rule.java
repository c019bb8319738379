package org.minyi.routing.rules.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.minyi.routing.reference.domain.Texts;

/**
 * One routing rule: a report that meets every condition it names goes to {@code committee}. A
 * condition is a list — the report's category (domain, sector, township, topic) is one of them, or
 * its title or text contains one of the keywords; an empty list asks nothing, so a rule without
 * conditions takes every report.
 */
public record Rule(String id, String description, String committee, List<Category> categories,
                   List<String> domains, List<String> sectors, List<String> townships, List<String> topics,
                   List<String> keywords) {

    public Rule {
        categories = distinct(categories);
        domains = distinct(domains);
        sectors = distinct(sectors);
        townships = distinct(townships);
        topics = distinct(topics);
        keywords = distinct(keywords);
    }

    /** The rule with its texts stripped and in NFC, as it is stored. */
    public Rule normalised() {
        return new Rule(id == null ? null : id.strip(), Texts.normalise(description),
                committee == null ? null : committee.strip(), categories, domains, sectors, townships, topics,
                keywords.stream().map(Texts::normalise).toList());
    }

    public boolean matches(RoutingInput input) {
        return asks(categories, input.category()) && asks(domains, input.domain()) && asks(sectors, input.sector())
                && asks(townships, input.township()) && asks(topics, input.topicId())
                && (keywords.isEmpty() || keywords.stream().anyMatch(k -> input.wording().contains(RoutingInput.fold(k))));
    }

    /** An empty list asks nothing; otherwise the value must be one of it. */
    private static <T> boolean asks(List<T> values, T value) {
        return values.isEmpty() || (value != null && values.contains(value));
    }

    /** A rule that asks nothing takes every report; the rules after it are never reached. */
    public boolean takesEverything() {
        return categories.isEmpty() && domains.isEmpty() && sectors.isEmpty() && townships.isEmpty()
                && topics.isEmpty() && keywords.isEmpty();
    }

    private static <T> List<T> distinct(List<T> values) {
        if (values == null) {
            return List.of();
        }
        List<T> kept = new ArrayList<>(new LinkedHashSet<>(values));
        kept.removeIf(Objects::isNull);
        return List.copyOf(kept);
    }
}
