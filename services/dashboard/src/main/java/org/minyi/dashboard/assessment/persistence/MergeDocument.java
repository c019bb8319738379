package org.minyi.dashboard.assessment.persistence;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A composite and its constituents with their authors ({@code _id} = the composite's report id). */
@Document(collection = MergeDocument.COLLECTION)
record MergeDocument(@Id String id, String eventId, String trackingNumber, long sequence, String committee,
                     String township, List<ConstituentDocument> constituents) {

    static final String COLLECTION = "merges";

    record ConstituentDocument(String reportId, String trackingNumber, List<String> authors) {
    }
}
