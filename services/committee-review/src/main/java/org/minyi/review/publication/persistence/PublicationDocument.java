package org.minyi.review.publication.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a publication is stored. {@code issueKey} — {@code REGULAR-2026-3} once issued, {@code draft-<id>}
 * before — carries a unique index, so two issues can never take the same number.
 */
@Document(PublicationDocument.COLLECTION)
record PublicationDocument(
        @Id String id,
        String kind,
        String status,
        String headline,
        String editorNote,
        String recipients,
        List<CarriedReportDoc> reports,
        Integer year,
        Integer number,
        String issueKey,
        LocalDate issuedOn,
        Instant issuedAt,
        String issuedBy,
        String issuer,
        List<String> leaders,
        List<String> pending,
        List<SkippedDoc> skipped,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static final String COLLECTION = "publications";

    record CarriedReportDoc(String reportId, String trackingNumber, String title, String committee, String township,
                            String sector, List<String> authors, String onBehalfOfKind, String onBehalfOfName,
                            List<String> compositeOf, String situation, String analysis, String suggestions) {
    }

    record SkippedDoc(String reportId, String status) {
    }
}
