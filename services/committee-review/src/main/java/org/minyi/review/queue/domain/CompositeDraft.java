package org.minyi.review.queue.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What the merger wrote for a composite: a title, and optionally its own text, township and category. What
 * it leaves out comes from the constituents — their texts one after another, the first one's township,
 * category and domain, a sector or topic only when they all share it, urgent when any is.
 */
public record CompositeDraft(String title, String situation, String analysis, String suggestions, String township,
                             Category category) {

    public CompositeDraft {
        Objects.requireNonNull(title, "a composite needs a title");
    }

    public ReportContent contentOf(List<ReviewItem> constituents) {
        ReportContent first = constituents.get(0).content();
        Set<String> authors = new LinkedHashSet<>();
        constituents.forEach(c -> authors.addAll(c.content().authors()));
        LocalDate occurredOn = constituents.stream().map(c -> c.content().occurredOn()).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        return new ReportContent(title, category != null ? category : first.category(), first.domain(),
                situation != null ? situation : joined(constituents, ReportContent::situation),
                analysis != null ? analysis : joined(constituents, ReportContent::analysis),
                suggestions != null ? suggestions : joined(constituents, ReportContent::suggestions),
                township != null ? township : first.township(),
                shared(constituents, ReportContent::sector), List.copyOf(authors), null,
                shared(constituents, ReportContent::topicId),
                constituents.stream().anyMatch(c -> c.content().urgent()), occurredOn);
    }

    private static String joined(List<ReviewItem> constituents, Function<ReportContent, String> text) {
        List<String> parts = constituents.stream().map(c -> text.apply(c.content()))
                .filter(t -> t != null && !t.isBlank()).toList();
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    private static String shared(List<ReviewItem> constituents, Function<ReportContent, String> field) {
        Set<String> values = new LinkedHashSet<>();
        constituents.forEach(c -> values.add(field.apply(c.content())));
        return values.size() == 1 ? values.iterator().next() : null;
    }
}
