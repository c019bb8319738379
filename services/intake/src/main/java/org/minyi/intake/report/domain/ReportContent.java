package org.minyi.intake.report.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What the authors wrote, as one submission or revision.
 *
 * @param source how they came to know it (调研, 视察 …); {@code null} when not given
 */
public record ReportContent(
        String title,
        Category category,
        String domain,
        String situation,
        String analysis,
        String suggestions,
        String township,
        String sector,
        List<String> authors,
        OnBehalfOf onBehalfOf,
        String topicId,
        boolean urgent,
        LocalDate occurredOn,
        Source source) {

    public ReportContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(suggestions, "suggestions");
        Objects.requireNonNull(township, "township");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Characters in the text (situation, analysis and suggestions together), as people count them. */
    public int textLength() {
        return LengthLimits.length(situation) + LengthLimits.length(analysis) + LengthLimits.length(suggestions);
    }

    /** Everything the authors wrote, for comparing reports with one another. */
    public String wording() {
        return String.join("\n", title, situation, nullable(analysis), suggestions);
    }

    /** A stable digest of the content, to tell a repeated request from a different one. */
    public String fingerprint() {
        String canonical = String.join("\u0000", title, category.name(), domain, situation, nullable(analysis),
                suggestions, township, nullable(sector), String.join(",", authors),
                onBehalfOf == null ? "" : onBehalfOf.kind() + ":" + onBehalfOf.name(), nullable(topicId),
                Boolean.toString(urgent), occurredOn == null ? "" : occurredOn.toString(),
                source == null ? "" : source.name());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }
}
