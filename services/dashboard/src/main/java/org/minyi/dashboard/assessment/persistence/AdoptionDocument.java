package org.minyi.dashboard.assessment.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A report's adoption, one per report ({@code _id} = report id). */
@Document(collection = AdoptionDocument.COLLECTION)
record AdoptionDocument(@Id String id, String eventId, String trackingNumber, long sequence, int year,
                        String adoptedOn, Instant adoptedAt, String committee, String grade, String township,
                        String sector, List<String> authors, boolean composite, List<String> constituents) {

    static final String COLLECTION = "adoptions";
}
