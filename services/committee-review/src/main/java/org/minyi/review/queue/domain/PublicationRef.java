package org.minyi.review.queue.domain;

import java.time.LocalDate;
import java.util.Objects;

/** An issued publication that carried a report: how the report links back to it. */
public record PublicationRef(String publicationId, IssueKind kind, int year, int number, LocalDate issuedOn) {

    public PublicationRef {
        Objects.requireNonNull(publicationId, "publicationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (number < 1) {
            throw new IllegalArgumentException("issues are numbered from 1: " + number);
        }
    }

    /** How people cite it: 《社情民意》2026年第3期. */
    public String citation() {
        return "《" + kind.masthead() + "》" + year + "年第" + number + "期";
    }
}
