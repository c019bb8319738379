package org.minyi.routing.rules.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One version of the routing rules; {@code _id} is the version number, so a version is written once. */
@Document(RuleSetDocument.COLLECTION)
record RuleSetDocument(@Id int version, List<RuleDoc> rules, Instant updatedAt, String updatedBy) {

    static final String COLLECTION = "routing_rules";

    record RuleDoc(String id, String description, String committee, List<String> categories, List<String> domains,
                   List<String> sectors, List<String> townships, List<String> topics, List<String> keywords) {
    }
}
