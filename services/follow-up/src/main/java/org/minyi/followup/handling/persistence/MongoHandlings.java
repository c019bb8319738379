package org.minyi.followup.handling.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.HandlingEvent;
import org.minyi.followup.handling.domain.HandlingRules;
import org.minyi.followup.handling.domain.HandlingStatus;
import org.minyi.followup.handling.domain.Handlings;
import org.minyi.followup.handling.domain.PageOf;
import org.minyi.followup.handling.domain.ReportId;
import org.minyi.followup.handling.domain.TaskFilter;
import org.minyi.followup.handling.domain.TaskId;
import org.minyi.followup.handling.domain.TaskStatus;
import org.minyi.followup.handling.domain.TaskSummary;
import org.minyi.followup.handling.domain.UnitRole;
import org.minyi.followup.handling.domain.Visibility;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Handlings in MongoDB, one document per report with its tasks embedded. A handling and its waiting
 * events (the chassis's {@link MongoOutbox}) are one document, so every change is a single atomic write;
 * {@code version} guards against lost updates. Every read carries the caller's visibility in its filter;
 * task lists unwind the embedded tasks in an aggregation whose first match selects the handlings.
 */
public class MongoHandlings implements Handlings {

    private final MongoTemplate mongo;
    private final MongoOutbox outbox;
    private final EventTranslation<Handling, HandlingEvent> translation;
    private final HandlingRules rules;

    public MongoHandlings(MongoTemplate mongo, MongoOutbox outbox,
                          EventTranslation<Handling, HandlingEvent> translation, HandlingRules rules) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.translation = translation;
        this.rules = rules;
    }

    /**
     * Creates the indexes the queries read: a task by its id, the handlings of a unit, a township or an
     * author (the callers' visibility), the overdue tasks, the scheduler's due handlings, the outbox's sweep.
     */
    public void createIndexes() {
        IndexOperations indexes = mongo.indexOps(HandlingDocument.class);
        indexes.createIndex(new Index("tasks.taskId", Sort.Direction.ASC));
        indexes.createIndex(new Index("tasks.unit", Sort.Direction.ASC));
        indexes.createIndex(new Index("township", Sort.Direction.ASC));
        indexes.createIndex(new Index("authors", Sort.Direction.ASC));
        indexes.createIndex(new Index("tasks.overdue", Sort.Direction.ASC));
        indexes.createIndex(new Index("attentionAt", Sort.Direction.ASC));
        outbox.createIndexes();
    }

    /**
     * Handlings stored before the scheduler existed have no {@code attentionAt}: they are marked due at once,
     * so that the scheduler reads each one, flags what is due, and stores its real next attention time.
     */
    public void scheduleUnwatched() {
        mongo.updateMulti(Query.query(Criteria.where("attentionAt").exists(false)
                        .and("status").ne(HandlingStatus.CLOSED.name())),
                new Update().set("attentionAt", Instant.EPOCH), HandlingDocument.class);
    }

    @Override
    public Optional<Handling> find(ReportId id) {
        return Optional.ofNullable(mongo.findById(id.value(), HandlingDocument.class))
                .map(this::toHandling);
    }

    @Override
    public Optional<Handling> findVisible(ReportId id, Visibility visibility) {
        return findOne(Criteria.where("_id").is(id.value()), visibility);
    }

    @Override
    public Optional<Handling> findByTask(TaskId taskId, Visibility visibility) {
        // for a unit, its own task: not merely a task on a report it also has one on
        Criteria holdsTask = visibility instanceof Visibility.OfUnit unit
                ? Criteria.where("tasks").elemMatch(
                        Criteria.where("taskId").is(taskId.value()).and("unit").is(unit.unit()))
                : Criteria.where("tasks.taskId").is(taskId.value());
        return findOne(holdsTask, visibility);
    }

    @Override
    public PageOf<TaskSummary> tasks(Visibility visibility, TaskFilter filter, int page, int size) {
        Set<String> units = new LinkedHashSet<>();
        if (visibility instanceof Visibility.OfUnit unit) {
            units.add(unit.unit());
        }
        if (filter.unit() != null) {
            units.add(filter.unit());
        }
        if (units.size() > 1) {
            // a unit asking for another unit's tasks
            return new PageOf<>(List.of(), page, size, 0);
        }
        Document task = new Document();
        units.forEach(unit -> task.append("unit", unit));
        if (filter.status() != null) {
            task.append("status", filter.status().name());
        }
        return taskPage(visibility, task, new Document("tasks.dueBy", 1).append("_id", 1).append("tasks.taskId", 1),
                page, size);
    }

    @Override
    public PageOf<TaskSummary> overdue(Visibility visibility, String unit, int page, int size) {
        Document task = new Document("overdue", true);
        if (unit != null) {
            task.append("unit", unit);
        }
        return taskPage(visibility, task, new Document("tasks.escalated", -1).append("tasks.dueBy", 1).append("_id", 1)
                .append("tasks.taskId", 1), page, size);
    }

    @Override
    public List<ReportId> needingAttention(Instant now, int limit) {
        Query query = Query.query(Criteria.where("attentionAt").lte(now))
                .with(Sort.by(Sort.Order.asc("attentionAt"))).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, HandlingDocument.COLLECTION).stream()
                .map(doc -> new ReportId(doc.getString("_id"))).toList();
    }

    @Override
    public void add(Handling handling, List<? extends HandlingEvent> events) {
        try {
            outbox.insert(HandlingMapping.toDocument(handling), handling.id().value(),
                    translation.translate(handling, events));
        } catch (DuplicateKeyException e) {
            throw new ConcurrentWrite("report " + handling.id() + " already has a handling");
        }
    }

    @Override
    public void update(Handling handling, List<? extends HandlingEvent> events) {
        outbox.update(HandlingMapping.toDocument(handling), handling.id().value(), handling.version(),
                translation.translate(handling, events));
    }

    private Optional<Handling> findOne(Criteria criteria, Visibility visibility) {
        return visible(criteria, visibility)
                .map(visible -> mongo.findOne(Query.query(visible), HandlingDocument.class))
                .map(this::toHandling);
    }

    /**
     * The tasks that have every field of {@code task} (none: every task), on the handlings the caller may
     * see, in {@code order}: the first match selects the handlings holding such a task, the second their
     * tasks once unwound.
     */
    private PageOf<TaskSummary> taskPage(Visibility visibility, Document task, Document order, int page, int size) {
        Optional<Criteria> holding = visible(task.isEmpty() ? new Criteria()
                : Criteria.where("tasks").is(new Document("$elemMatch", task)), visibility);
        if (holding.isEmpty()) {
            return new PageOf<>(List.of(), page, size, 0);
        }
        Document taskMatch = new Document();
        task.forEach((field, value) -> taskMatch.append("tasks." + field, value));
        List<Document> selected = List.of(
                new Document("$match", holding.get().getCriteriaObject()),
                new Document("$unwind", "$tasks"),
                new Document("$match", taskMatch));
        List<Document> counting = new ArrayList<>(selected);
        counting.add(new Document("$group", new Document("_id", null).append("total", new Document("$sum", 1))));
        List<Document> paging = new ArrayList<>(selected);
        paging.add(new Document("$sort", order));
        paging.add(new Document("$skip", (long) page * size));
        paging.add(new Document("$limit", size));
        paging.add(new Document("$project", new Document("trackingNumber", 1).append("title", 1).append("tasks", 1)));
        return page(counting, paging, page, size);
    }

    /** Counts first, so that a page past the end reads nothing (and its skip never reaches the server). */
    private PageOf<TaskSummary> page(List<Document> counting, List<Document> paging, int page, int size) {
        long total = aggregate(counting).stream().findFirst()
                .map(doc -> ((Number) doc.get("total")).longValue()).orElse(0L);
        if ((long) page * size >= total) {
            return new PageOf<>(List.of(), page, size, total);
        }
        return new PageOf<>(aggregate(paging).stream().map(MongoHandlings::summary).toList(), page, size, total);
    }

    private List<Document> aggregate(List<Document> pipeline) {
        return mongo.execute(HandlingDocument.COLLECTION,
                collection -> collection.aggregate(pipeline).into(new ArrayList<>()));
    }

    private static TaskSummary summary(Document doc) {
        Document task = doc.get("tasks", Document.class);
        return new TaskSummary(new TaskId(task.getString("taskId")), new ReportId(doc.getString("_id")),
                doc.getString("trackingNumber"), doc.getString("title"), task.getString("unit"),
                UnitRole.valueOf(task.getString("role")), HandlingMapping.date(task.getString("deadline")),
                TaskStatus.valueOf(task.getString("status")), instant(task.get("overdueAt")),
                instant(task.get("escalatedAt")), task.get("urgedTimes") instanceof Number n ? n.intValue() : 0);
    }

    private static Instant instant(Object stored) {
        return stored instanceof Date date ? date.toInstant() : null;
    }

    private Handling toHandling(HandlingDocument doc) {
        return HandlingMapping.toHandling(doc, rules);
    }

    /** {@code criteria} limited to what the caller may see; empty when nothing is visible. */
    private static Optional<Criteria> visible(Criteria criteria, Visibility visibility) {
        if (visibility instanceof Visibility.All) {
            return Optional.of(criteria);
        }
        if (visibility instanceof Visibility.OfTownship township) {
            return Optional.of(criteria.and("township").is(township.township()));
        }
        if (visibility instanceof Visibility.OfAuthor author) {
            return Optional.of(criteria.and("authors").is(author.member()));
        }
        if (visibility instanceof Visibility.OfUnit unit) {
            return Optional.of(criteria.and("tasks.unit").is(unit.unit()));
        }
        return Optional.empty();
    }
}
