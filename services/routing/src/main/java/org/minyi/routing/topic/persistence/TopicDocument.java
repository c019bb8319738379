package org.minyi.routing.topic.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A topic as stored; {@code _id} is its code; {@code version} is absent on topics stored before they could change. */
@Document(TopicDocument.COLLECTION)
record TopicDocument(@Id String id, String title, String description, String quarter, List<String> committees,
                     LocalDate deadline, Instant createdAt, String createdBy, LocalDate closedOn, String closedBy,
                     Instant updatedAt, String updatedBy, Long version) {

    static final String COLLECTION = "topics";
}
