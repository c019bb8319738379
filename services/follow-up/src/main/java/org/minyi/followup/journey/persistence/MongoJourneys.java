package org.minyi.followup.journey.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.minyi.followup.journey.domain.Journey;
import org.minyi.followup.journey.domain.Journeys;
import org.minyi.followup.journey.domain.ReportStatus;
import org.minyi.followup.journey.persistence.JourneyDocument.OutboxDoc;
import org.minyi.followup.outbox.application.Outbox;
import org.minyi.followup.outbox.application.OutboxWritten;
import org.minyi.followup.outbox.domain.OutboxMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Journeys in MongoDB, one document per report; a change and its notices are one atomic write. */
public class MongoJourneys implements Journeys, Outbox {

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public MongoJourneys(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    public void createIndexes() {
        mongo.indexOps(JourneyDocument.class).createIndex(new Index("outbox.createdAt", Sort.Direction.ASC));
    }

    @Override
    public String store() {
        return JourneyDocument.COLLECTION;
    }

    @Override
    public Optional<Journey> find(String reportId) {
        return Optional.ofNullable(mongo.findById(reportId, JourneyDocument.class)).map(MongoJourneys::journey);
    }

    @Override
    public void add(Journey journey, List<OutboxMessage> outgoing) {
        Instant now = clock.instant();
        try {
            mongo.insert(document(journey, outgoing.stream().map(m -> outbox(m, now)).toList()));
        } catch (DuplicateKeyException e) {
            throw new AlreadyKept("report " + journey.reportId() + " already has a journey");
        }
        announce(journey, outgoing);
    }

    @Override
    public void update(Journey journey, List<OutboxMessage> outgoing) {
        Update update = new Update()
                .set("trackingNumber", journey.trackingNumber())
                .set("township", journey.township())
                .set("authors", journey.authors())
                .set("submittedBy", journey.submittedBy())
                .set("status", journey.status() == null ? null : journey.status().name())
                .set("sequence", journey.sequence())
                .set("entered", entered(journey))
                .set("appliedEventIds", journey.appliedEvents().stream().map(UUID::toString).toList())
                .set("updatedAt", journey.updatedAt())
                .inc("version", 1);
        if (!outgoing.isEmpty()) {
            Instant now = clock.instant();
            update.push("outbox").each(outgoing.stream().map(m -> toBson(outbox(m, now))).toArray());
        }
        UpdateResult result = mongo.updateFirst(Query.query(Criteria.where("_id").is(journey.reportId())
                .and("version").is(journey.version())), update, JourneyDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdate("journey of report " + journey.reportId() + " changed since version "
                    + journey.version());
        }
        announce(journey, outgoing);
    }

    @Override
    public List<Pending> pendingOf(Collection<String> reportIds) {
        // by _id alone: a query naming more keys makes mongo-java-server scan the collection on every pass
        Query query = Query.query(Criteria.where("_id").in(reportIds));
        query.fields().include("outbox");
        Map<String, Pending> byId = new LinkedHashMap<>();
        for (Document doc : mongo.find(query, Document.class, JourneyDocument.COLLECTION)) {
            List<Document> waiting = doc.getList("outbox", Document.class);
            if (waiting == null || waiting.isEmpty()) {
                continue;
            }
            List<OutboxMessage> messages = new ArrayList<>();
            for (Document entry : waiting) {
                OutboxDoc stored = mongo.getConverter().read(OutboxDoc.class, entry);
                messages.add(new OutboxMessage(stored.messageId(), stored.destination(), stored.key(),
                        stored.headers(), stored.payload()));
            }
            byId.put(doc.getString("_id"), new Pending(doc.getString("_id"), messages));
        }
        return new ArrayList<>(byId.values());
    }

    @Override
    public List<String> waitingSince(Instant createdBefore, int limit) {
        Query query = Query.query(Criteria.where("outbox.createdAt").lt(createdBefore)).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, JourneyDocument.COLLECTION).stream()
                .map(doc -> doc.getString("_id")).toList();
    }

    @Override
    public void markSent(String reportId, Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(reportId)),
                new Update().pull("outbox", new Document("messageId", new Document("$in", List.copyOf(messageIds)))),
                JourneyDocument.COLLECTION);
    }

    private static JourneyDocument document(Journey journey, List<OutboxDoc> outbox) {
        return new JourneyDocument(journey.reportId(), journey.trackingNumber(), journey.township(), journey.authors(),
                journey.submittedBy(), journey.status() == null ? null : journey.status().name(), journey.sequence(),
                entered(journey), journey.appliedEvents().stream().map(UUID::toString).toList(), journey.updatedAt(),
                journey.version(), outbox);
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

    private static OutboxDoc outbox(OutboxMessage message, Instant createdAt) {
        return new OutboxDoc(message.id(), message.destination(), message.key(), message.headers(), message.payload(),
                createdAt);
    }

    private Document toBson(OutboxDoc doc) {
        Document bson = new Document();
        mongo.getConverter().write(doc, bson);
        bson.remove("_class");
        return bson;
    }

    private void announce(Journey journey, List<OutboxMessage> outgoing) {
        if (!outgoing.isEmpty()) {
            events.publishEvent(new OutboxWritten(store(), journey.reportId()));
        }
    }
}
