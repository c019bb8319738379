package org.minyi.dashboard.handling.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.minyi.dashboard.handling.domain.Assignment;
import org.minyi.dashboard.handling.domain.HandledReport;
import org.minyi.dashboard.handling.domain.HandlingHistories;
import org.minyi.dashboard.handling.domain.HandlingHistory;
import org.minyi.dashboard.handling.domain.Rating;
import org.minyi.dashboard.handling.domain.Reopening;
import org.minyi.dashboard.handling.domain.Result;
import org.minyi.dashboard.handling.domain.Satisfaction;
import org.minyi.dashboard.handling.domain.TaskRole;
import org.minyi.dashboard.handling.domain.UnitFlag;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Handling histories in MongoDB, one document per report ({@link HandlingDocument}). Each fact is appended by
 * one conditional upsert whose filter {@code {_id, eventIds: {$ne: eventId}}} matches only while the event is
 * not there yet: a new event is pushed with its id, a report not seen before is inserted, a repeated event
 * finds nothing, fails to insert a second document under the same {@code _id} and changes nothing. Four
 * bindings write here, so two first facts of one report can race to insert it: the loser's duplicate key is
 * tried once more, and then matches the document the winner created (or, being a repeat, fails again).
 */
public class MongoHandlingHistories implements HandlingHistories {

    private final MongoTemplate mongo;

    public MongoHandlingHistories(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The year's query reads {@code years} (multikey); every write names {@code _id}. */
    public void createIndexes() {
        mongo.indexOps(HandlingDocument.class).createIndex(new Index("years", Sort.Direction.ASC));
    }

    @Override
    public boolean record(Assignment a) {
        List<Document> units = a.units().stream().map(unit -> new Document("unit", unit.unit())
                .append("role", unit.role().name())
                .append("deadline", unit.deadline() == null ? null : unit.deadline().toString())).toList();
        Update update = new Update()
                .push("assignments", fact(a.eventId(), a.sequence(), a.at()).append("on", a.on().toString())
                        .append("units", units))
                .addToSet("years", a.on().getYear());
        return append(a.reportId(), a.eventId(), a.trackingNumber(), update);
    }

    @Override
    public boolean record(HandledReport h) {
        List<Document> feedback = h.feedback().stream().map(unit -> new Document("unit", unit.unit())
                .append("result", unit.result().name()).append("at", Date.from(unit.at()))
                .append("on", unit.on().toString())).toList();
        Update update = new Update().push("handled", fact(h.eventId(), h.sequence(), h.at())
                .append("feedback", feedback));
        return append(h.reportId(), h.eventId(), h.trackingNumber(), update);
    }

    @Override
    public boolean record(Rating r) {
        Update update = new Update().push("ratings", fact(r.eventId(), r.sequence(), r.at())
                .append("satisfaction", r.satisfaction().name()));
        return append(r.reportId(), r.eventId(), r.trackingNumber(), update);
    }

    @Override
    public boolean record(Reopening r) {
        return append(r.reportId(), r.eventId(), null,
                new Update().push("reopenings", fact(r.eventId(), r.sequence(), r.at())));
    }

    @Override
    public boolean record(UnitFlag f) {
        Update update = new Update().push("flags", fact(f.eventId(), f.sequence(), f.at())
                .append("kind", f.kind().name()).append("unit", f.unit()));
        return append(f.reportId(), f.eventId(), f.trackingNumber(), update);
    }

    @Override
    public List<HandlingHistory> assignedIn(int year) {
        return mongo.find(Query.query(Criteria.where("years").is(year)), HandlingDocument.class).stream()
                .map(MongoHandlingHistories::toHistory).toList();
    }

    @Override
    public void wipe() {
        mongo.remove(new Query(), HandlingDocument.COLLECTION);
    }

    private boolean append(String reportId, UUID eventId, String trackingNumber, Update update) {
        Query notYet = Query.query(Criteria.where("_id").is(reportId).and("eventIds").ne(eventId.toString()));
        update.addToSet("eventIds", eventId.toString());
        if (trackingNumber != null) {
            update.set("trackingNumber", trackingNumber);
        }
        try {
            return applied(mongo.upsert(notYet, update, HandlingDocument.COLLECTION));
        } catch (DuplicateKeyException repeatedOrRaced) {
            try {
                return applied(mongo.upsert(notYet, update, HandlingDocument.COLLECTION));
            } catch (DuplicateKeyException repeated) {
                return false;
            }
        }
    }

    private static boolean applied(UpdateResult result) {
        return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
    }

    private static Document fact(UUID eventId, long sequence, Instant at) {
        return new Document("eventId", eventId.toString()).append("sequence", sequence).append("at", Date.from(at));
    }

    private static HandlingHistory toHistory(HandlingDocument doc) {
        String report = doc.id();
        List<Assignment> assignments = orEmpty(doc.assignments()).stream().map(a -> new Assignment(
                UUID.fromString(a.eventId()), report, doc.trackingNumber(), a.sequence(), a.at(),
                LocalDate.parse(a.on()),
                orEmpty(a.units()).stream().map(u -> new Assignment.Assignee(u.unit(), TaskRole.valueOf(u.role()),
                        u.deadline() == null ? null : LocalDate.parse(u.deadline()))).toList())).toList();
        List<HandledReport> handled = orEmpty(doc.handled()).stream().map(h -> new HandledReport(
                UUID.fromString(h.eventId()), report, doc.trackingNumber(), h.sequence(), h.at(),
                orEmpty(h.feedback()).stream().map(f -> new HandledReport.UnitFeedback(f.unit(),
                        Result.valueOf(f.result()), f.at(), LocalDate.parse(f.on()))).toList())).toList();
        List<Rating> ratings = orEmpty(doc.ratings()).stream().map(r -> new Rating(UUID.fromString(r.eventId()), report,
                doc.trackingNumber(), r.sequence(), r.at(), Satisfaction.valueOf(r.satisfaction()))).toList();
        List<Reopening> reopenings = orEmpty(doc.reopenings()).stream().map(r -> new Reopening(
                UUID.fromString(r.eventId()), report, r.sequence(), r.at())).toList();
        List<UnitFlag> flags = orEmpty(doc.flags()).stream().map(f -> new UnitFlag(UUID.fromString(f.eventId()), report,
                doc.trackingNumber(), UnitFlag.Kind.valueOf(f.kind()), f.unit(), f.sequence(), f.at())).toList();
        return new HandlingHistory(report, doc.trackingNumber(), assignments, handled, ratings, reopenings, flags);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
