package org.minyi.followup.journey.persistence;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.followup.journey.domain.Journey;
import org.minyi.followup.journey.domain.Journeys;
import org.minyi.followup.journey.domain.ReportStatus;
import org.minyi.followup.journey.domain.StatusNoticed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Journeys in MongoDB, one document per report; a change and its notices (the chassis's
 * {@link MongoOutbox}) are one atomic write, conditional on the {@code version} the journey was read at.
 */
public class MongoJourneys implements Journeys {

    private final MongoTemplate mongo;
    private final MongoOutbox outbox;
    private final EventTranslation<Journey, StatusNoticed> translation;

    public MongoJourneys(MongoTemplate mongo, MongoOutbox outbox,
                         EventTranslation<Journey, StatusNoticed> translation) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.translation = translation;
    }

    public void createIndexes() {
        outbox.createIndexes();
    }

    @Override
    public Optional<Journey> find(String reportId) {
        return Optional.ofNullable(mongo.findById(reportId, JourneyDocument.class)).map(MongoJourneys::journey);
    }

    @Override
    public void add(Journey journey, List<StatusNoticed> notices) {
        try {
            outbox.insert(document(journey), journey.reportId(), translation.translate(journey, notices));
        } catch (DuplicateKeyException e) {
            throw new ConcurrentWrite("report " + journey.reportId() + " already has a journey");
        }
    }

    @Override
    public void update(Journey journey, List<StatusNoticed> notices) {
        outbox.update(document(journey), journey.reportId(), journey.version(), translation.translate(journey, notices));
    }

    private static JourneyDocument document(Journey journey) {
        return new JourneyDocument(journey.reportId(), journey.trackingNumber(), journey.township(), journey.authors(),
                journey.submittedBy(), journey.status() == null ? null : journey.status().name(), journey.sequence(),
                entered(journey), journey.appliedEvents().stream().map(UUID::toString).toList(), journey.updatedAt(),
                journey.version());
    }

    private static Map<String, Instant> entered(Journey journey) {
        Map<String, Instant> entered = new LinkedHashMap<>();
        journey.milestones().forEach((status, at) -> entered.put(status.name(), at));
        return entered;
    }

    private static Journey journey(JourneyDocument doc) {
        Map<ReportStatus, Instant> entered = new EnumMap<>(ReportStatus.class);
        if (doc.entered() != null) {
            doc.entered().forEach((status, at) -> entered.put(ReportStatus.valueOf(status), at));
        }
        return Journey.restore(doc.id(), doc.trackingNumber(), doc.township(), doc.authors(), doc.submittedBy(),
                doc.status() == null ? null : ReportStatus.valueOf(doc.status()), doc.sequence(), entered,
                doc.appliedEventIds() == null ? List.of()
                        : doc.appliedEventIds().stream().map(UUID::fromString).toList(),
                doc.updatedAt(), doc.version());
    }
}
