package org.minyi.dashboard.assessment.persistence;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A submission's codes; {@code submittedOn} is an ISO date, {@code year} its year (for queries). */
@Document(collection = SubmissionDocument.COLLECTION)
record SubmissionDocument(@Id String id, String trackingNumber, long sequence, int year, String submittedOn,
                          List<String> authors, String township, String sector, String category, String topic,
                          String source) {

    static final String COLLECTION = "submissions";
}
