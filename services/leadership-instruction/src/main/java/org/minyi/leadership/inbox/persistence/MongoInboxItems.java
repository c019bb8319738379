package org.minyi.leadership.inbox.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.minyi.chassis.mongo.MongoPages;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.leadership.inbox.domain.InboxEvent;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItems;
import org.minyi.leadership.inbox.domain.PageOf;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.ReportStatus;
import org.minyi.leadership.inbox.domain.Visibility;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Inbox items in MongoDB, one document per report under the report's id. An item, its decisions and
 * its waiting events (the chassis's {@link MongoOutbox}) are one document, so every change is a single
 * atomic write; {@code version} guards against lost updates.
 */
public class MongoInboxItems implements InboxItems {

    /** The collection the items (and so their outbox) live in. */
    public static final String COLLECTION = InboxItemDocument.COLLECTION;

    private final MongoTemplate mongo;
    private final MongoOutbox outbox;
    private final EventTranslation<InboxItem, InboxEvent> translation;

    public MongoInboxItems(MongoTemplate mongo, MongoOutbox outbox, EventTranslation<InboxItem, InboxEvent> translation) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.translation = translation;
    }

    /**
     * Creates the indexes that the inbox queries and the outbox sweep rely on. The inbox is read by status
     * in the order it is listed in — for the office and the secretariat by status alone, for a leader by
     * status and the leaders it was sent to (their code, or none named: every leader) — so each index gives
     * both the items and their order ({@code leaders} is multikey; the two values of a leader's condition
     * are merged in index order).
     */
    public void createIndexes() {
        mongo.indexOps(InboxItemDocument.class).createIndex(new Index("status", Sort.Direction.ASC)
                .on("urgent", Sort.Direction.DESC).on("receivedAt", Sort.Direction.DESC).on("_id", Sort.Direction.ASC));
        mongo.indexOps(InboxItemDocument.class).createIndex(new Index("status", Sort.Direction.ASC)
                .on("leaders", Sort.Direction.ASC).on("urgent", Sort.Direction.DESC)
                .on("receivedAt", Sort.Direction.DESC).on("_id", Sort.Direction.ASC));
        outbox.createIndexes();
    }

    @Override
    public Optional<InboxItem> find(ReportId id) {
        return Optional.ofNullable(mongo.findById(id.value(), InboxItemDocument.class)).map(InboxItemMapping::toItem);
    }

    @Override
    public Optional<InboxItem> findVisible(ReportId id, Visibility visibility) {
        return visible(visibility, Criteria.where("_id").is(id.value()))
                .map(query -> mongo.findOne(query, InboxItemDocument.class))
                .map(InboxItemMapping::toItem);
    }

    @Override
    public PageOf<InboxItem> listed(Visibility visibility, ReportStatus status, int page, int size) {
        Optional<Query> visible = visible(visibility, Criteria.where("status").is(status.name()));
        if (visible.isEmpty()) {
            return new PageOf<>(List.of(), page, size, 0);
        }
        MongoPages.Found<InboxItem> found = MongoPages.read(mongo, visible.get(), InboxItemDocument.class,
                Sort.by(Sort.Order.desc("urgent"), Sort.Order.desc("receivedAt"), Sort.Order.asc("_id")), page, size)
                .map(InboxItemMapping::toItem);
        return new PageOf<>(found.items(), page, size, found.total());
    }

    @Override
    public void add(InboxItem item) {
        try {
            mongo.insert(InboxItemMapping.toDocument(item));
        } catch (DuplicateKeyException e) {
            throw new DuplicateItem(e.getMessage());
        }
    }

    /** @throws org.minyi.chassis.concurrency.ConcurrentWrite when the item changed since it was read */
    @Override
    public void update(InboxItem item, List<InboxEvent> events) {
        outbox.update(InboxItemMapping.toDocument(item), item.id().value(), item.version(),
                translation.translate(item, events));
    }

    /**
     * The query for the items {@code criteria} selects, limited to what the caller may see; empty when the
     * caller may see nothing. The office and the secretariat see every item, so their queries carry no
     * further condition; a leader's names them among the leaders, or finds none named (sent to every leader).
     */
    private static Optional<Query> visible(Visibility visibility, Criteria criteria) {
        if (visibility instanceof Visibility.All) {
            return Optional.of(Query.query(criteria));
        }
        if (visibility instanceof Visibility.SentTo sentTo) {
            return Optional.of(Query.query(criteria.and("leaders").in(Arrays.asList(sentTo.leader(), null))));
        }
        return Optional.empty();
    }
}
