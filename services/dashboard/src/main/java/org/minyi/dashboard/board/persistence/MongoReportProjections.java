package org.minyi.dashboard.board.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.minyi.chassis.mongo.MongoPages;
import org.minyi.dashboard.board.domain.BoardFilter;
import org.minyi.dashboard.board.domain.OverdueFlag;
import org.minyi.dashboard.board.domain.PageOf;
import org.minyi.dashboard.board.domain.ReportProjection;
import org.minyi.dashboard.board.domain.ReportProjections;
import org.minyi.dashboard.board.domain.ReportStatus;
import org.minyi.dashboard.board.domain.ReviewOverdueFlag;
import org.minyi.dashboard.board.domain.StageEntry;
import org.minyi.dashboard.board.domain.StatusChange;
import org.minyi.dashboard.board.domain.Summary;
import org.minyi.dashboard.persistence.SequencedUpsert;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.facet;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;

/**
 * Projections in MongoDB, one document per report, written by a {@link SequencedUpsert}: only a change
 * newer than the stored one updates the report, an unknown report is inserted, a stale or repeated
 * change changes nothing. The update is {@link ReportProjection#apply}'s rule in Mongo's terms: it sets
 * what the change carries, keeps what it lacks, sets {@code firstSeenAt} only on insert, appends the step
 * to {@code path}, takes the change's trace id and clears the overdue flags. A flag is pushed by a
 * conditional update that matches only while no newer change was applied and the flag is not there yet
 * ({@link ReportProjection#flag}). A REVIEW_OVERDUE flag is set by a conditional update that matches only
 * while no newer change was applied, the report is undecided with a committee and its stint is not flagged
 * yet; a claim (UNDER_REVIEW) leaves it, every other change unsets it.
 */
public class MongoReportProjections implements ReportProjections {

    private final MongoTemplate mongo;

    public MongoReportProjections(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Creates the indexes the lists rely on. */
    public void createIndexes() {
        IndexOperations indexes = mongo.indexOps(ReportProjectionDocument.class);
        indexes.createIndex(new Index("updatedAt", Sort.Direction.DESC));
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("updatedAt", Sort.Direction.DESC));
        indexes.createIndex(new Index("township", Sort.Direction.ASC).on("updatedAt", Sort.Direction.DESC));
        indexes.createIndex(new Index("committee", Sort.Direction.ASC).on("updatedAt", Sort.Direction.DESC));
        indexes.createIndex(new Index("overdueSince", Sort.Direction.ASC).sparse());
        indexes.createIndex(new Index("reviewOverdueSince", Sort.Direction.ASC).sparse());
        indexes.createIndex(new Index("reviewOverdue.committee", Sort.Direction.ASC)
                .on("reviewOverdueSince", Sort.Direction.ASC).sparse());
    }

    @Override
    public boolean project(StatusChange change) {
        Update update = new Update()
                .set("status", change.status().name())
                .set("previousStatus", change.previousStatus() == null ? null : change.previousStatus().name())
                .set("sequence", change.sequence())
                .set("updatedAt", change.occurredAt())
                .set("stages." + change.status().name(), change.occurredAt())
                .push("path", new Document("status", change.status().name()).append("at", Date.from(change.occurredAt())))
                .unset("overdue")
                .unset("overdueSince")
                .setOnInsert("firstSeenAt", change.occurredAt());
        if (change.status() != ReportStatus.UNDER_REVIEW) {
            update.unset("reviewOverdue").unset("reviewOverdueSince");
        }
        if (change.traceId() != null) {
            update.set("traceId", change.traceId());
        } else {
            update.unset("traceId");
        }
        setWhenKnown(update, "trackingNumber", change.trackingNumber());
        setWhenKnown(update, "township", change.township());
        setWhenKnown(update, "committee", change.committee());
        setWhenKnown(update, "category", change.category());
        return SequencedUpsert.ifNewer(mongo, ReportProjectionDocument.COLLECTION, change.reportId(),
                change.sequence(), update);
    }

    @Override
    public boolean flag(OverdueFlag flag) {
        Query stillCurrent = Query.query(Criteria.where("_id").is(flag.reportId())
                .and("sequence").lte(flag.sequence())
                .and("overdue.eventId").ne(flag.eventId().toString()));
        Update update = new Update()
                .push("overdue", new Document("eventId", flag.eventId().toString()).append("unit", flag.unit())
                        .append("sequence", flag.sequence()).append("flaggedAt", Date.from(flag.flaggedAt())))
                .min("overdueSince", Date.from(flag.flaggedAt()));
        return mongo.updateFirst(stillCurrent, update, ReportProjectionDocument.class).getModifiedCount() > 0;
    }

    @Override
    public boolean flag(ReviewOverdueFlag flag) {
        Query stillCurrent = Query.query(Criteria.where("_id").is(flag.reportId())
                .and("sequence").lte(flag.sequence())
                .and("status").in(ReportStatus.ROUTED.name(), ReportStatus.UNDER_REVIEW.name())
                .and("reviewOverdueSince").is(null));
        Update update = new Update()
                .set("reviewOverdue", new Document("eventId", flag.eventId().toString())
                        .append("committee", flag.committee()).append("sequence", flag.sequence())
                        .append("flaggedAt", Date.from(flag.flaggedAt())))
                .set("reviewOverdueSince", Date.from(flag.flaggedAt()));
        return mongo.updateFirst(stillCurrent, update, ReportProjectionDocument.class).getModifiedCount() > 0;
    }

    @Override
    public PageOf<ReportProjection> reviewOverdue(String committee, int page, int size) {
        Criteria flagged = committee == null ? Criteria.where("reviewOverdueSince").ne(null)
                : Criteria.where("reviewOverdue.committee").is(committee);
        return page(Query.query(flagged), Sort.by(Sort.Order.asc("reviewOverdueSince"), Sort.Order.asc("_id")), page,
                size);
    }

    @Override
    public PageOf<ReportProjection> overdue(int page, int size) {
        return page(Query.query(Criteria.where("overdueSince").ne(null)),
                Sort.by(Sort.Order.asc("overdueSince"), Sort.Order.asc("_id")), page, size);
    }

    @Override
    public List<ReportProjection> touchedSince(Instant since) {
        return mongo.find(Query.query(Criteria.where("updatedAt").gte(since)), ReportProjectionDocument.class).stream()
                .map(MongoReportProjections::toProjection).toList();
    }

    @Override
    public void wipe() {
        mongo.remove(new Query(), ReportProjectionDocument.COLLECTION);
    }

    @Override
    public PageOf<ReportProjection> list(BoardFilter filter, int page, int size) {
        Criteria criteria = new Criteria();
        if (filter.status() != null) {
            criteria.and("status").is(filter.status().name());
        }
        if (filter.township() != null) {
            criteria.and("township").is(filter.township());
        }
        if (filter.committee() != null) {
            criteria.and("committee").is(filter.committee());
        }
        return page(Query.query(criteria), Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("_id")), page, size);
    }

    /** One page of the projections {@code query} matches, in {@code order}, with how many match in all. */
    private PageOf<ReportProjection> page(Query query, Sort order, int page, int size) {
        MongoPages.Found<ReportProjection> found = MongoPages.read(mongo, query, ReportProjectionDocument.class, order,
                page, size).map(MongoReportProjections::toProjection);
        return new PageOf<>(found.items(), page, size, found.total());
    }

    /** One aggregation: a facet per dimension, each grouping every projection once. */
    @Override
    public Summary summarise() {
        Aggregation counts = Aggregation.newAggregation(
                facet(group("status").count().as("count").max("updatedAt").as("latest")).as("byStatus")
                        .and(group("township").count().as("count")).as("byTownship")
                        .and(group("committee").count().as("count")).as("byCommittee")
                        .and(group("category").count().as("count")).as("byCategory")
                        .and(group("reviewOverdue.committee").count().as("count")).as("reviewOverdueByCommittee"));
        Document result = mongo.aggregate(counts, ReportProjectionDocument.COLLECTION, Document.class)
                .getUniqueMappedResult();
        Map<ReportStatus, Long> byStatus = new EnumMap<>(ReportStatus.class);
        long total = 0;
        Instant updatedAt = null;
        for (Document group : groups(result, "byStatus")) {
            long count = group.get("count", Number.class).longValue();
            total += count;
            ReportStatus status = statusOrNull(group.get("_id"));
            if (status != null) {
                byStatus.put(status, count);
            }
            Object latest = group.get("latest");
            if (latest instanceof Date date && (updatedAt == null || date.toInstant().isAfter(updatedAt))) {
                updatedAt = date.toInstant();
            }
        }
        return new Summary(total, byStatus, counted(groups(result, "byTownship")),
                counted(groups(result, "byCommittee")), counted(groups(result, "byCategory")), Map.of(),
                Map.of(), counted(groups(result, "reviewOverdueByCommittee")), updatedAt);
    }

    private static void setWhenKnown(Update update, String field, String value) {
        if (value != null) {
            update.set(field, value);
        }
    }

    private static List<Document> groups(Document result, String facet) {
        return result == null || result.get(facet) == null ? List.of() : result.getList(facet, Document.class);
    }

    /** Counts by code; reports without the code (e.g. no committee yet) are left out. */
    private static Map<String, Long> counted(List<Document> groups) {
        Map<String, Long> counts = new HashMap<>();
        for (Document group : groups) {
            if (group.get("_id") instanceof String code) {
                counts.put(code, group.get("count", Number.class).longValue());
            }
        }
        return counts;
    }

    private static ReportStatus statusOrNull(Object code) {
        for (ReportStatus status : ReportStatus.values()) {
            if (status.name().equals(code)) {
                return status;
            }
        }
        return null;
    }

    private static ReportProjection toProjection(ReportProjectionDocument doc) {
        Map<ReportStatus, Instant> stages = new EnumMap<>(ReportStatus.class);
        if (doc.stages() != null) {
            doc.stages().forEach((status, at) -> {
                ReportStatus known = statusOrNull(status);
                if (known != null && at != null) {
                    stages.put(known, at);
                }
            });
        }
        List<StageEntry> path = new ArrayList<>();
        if (doc.path() != null) {
            doc.path().forEach(step -> {
                ReportStatus known = statusOrNull(step.status());
                if (known != null && step.at() != null) {
                    path.add(new StageEntry(known, step.at()));
                }
            });
        }
        List<OverdueFlag> overdue = new ArrayList<>();
        if (doc.overdue() != null) {
            doc.overdue().forEach(flag -> overdue.add(new OverdueFlag(UUID.fromString(flag.eventId()), doc.id(),
                    flag.unit(), flag.sequence(), flag.flaggedAt())));
        }
        ReviewOverdueFlag reviewOverdue = doc.reviewOverdue() == null ? null
                : new ReviewOverdueFlag(UUID.fromString(doc.reviewOverdue().eventId()), doc.id(),
                        doc.reviewOverdue().committee(), doc.reviewOverdue().sequence(),
                        doc.reviewOverdue().flaggedAt());
        return new ReportProjection(doc.id(), doc.trackingNumber(), ReportStatus.valueOf(doc.status()),
                doc.previousStatus() == null ? null : ReportStatus.valueOf(doc.previousStatus()), doc.sequence(),
                doc.township(), doc.committee(), doc.category(), doc.firstSeenAt(), doc.updatedAt(), stages, path,
                overdue, reviewOverdue, doc.traceId());
    }
}
