package org.minyi.dashboard.assessment.persistence;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One earning event ({@code _id} = its event id): publication, upstream adoption or instruction. */
@Document(collection = AchievementDocument.COLLECTION)
record AchievementDocument(@Id String id, String kind, String level, String mode, String reportId,
                           String trackingNumber, int year, String on, String committee, String township,
                           String sector, List<String> authors) {

    static final String COLLECTION = "achievements";
}
