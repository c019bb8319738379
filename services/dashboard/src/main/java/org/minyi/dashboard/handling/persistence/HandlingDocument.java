package org.minyi.dashboard.handling.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One report's handling history as stored, {@code _id} = report id: each fact once, with the event id it
 * came from; {@code years} holds the county year of every assignment (the year's query reads it), and
 * {@code eventIds} (written, never read back) every event applied. Dates are ISO days, as the county lives them.
 */
@Document(collection = HandlingDocument.COLLECTION)
record HandlingDocument(@Id String id, String trackingNumber, List<Integer> years, List<AssignmentEntry> assignments,
                        List<HandledEntry> handled, List<RatingEntry> ratings, List<ReopeningEntry> reopenings,
                        List<FlagEntry> flags) {

    static final String COLLECTION = "handlings";

    record AssignmentEntry(String eventId, long sequence, Instant at, String on, List<AssigneeEntry> units) {
    }

    record AssigneeEntry(String unit, String role, String deadline) {
    }

    record HandledEntry(String eventId, long sequence, Instant at, List<FeedbackEntry> feedback) {
    }

    record FeedbackEntry(String unit, String result, Instant at, String on) {
    }

    record RatingEntry(String eventId, long sequence, Instant at, String satisfaction) {
    }

    record ReopeningEntry(String eventId, long sequence, Instant at) {
    }

    record FlagEntry(String eventId, String kind, String unit, long sequence, Instant at) {
    }
}
