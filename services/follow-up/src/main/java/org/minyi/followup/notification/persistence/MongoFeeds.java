package org.minyi.followup.notification.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.minyi.followup.notification.domain.Delivery;
import org.minyi.followup.notification.domain.Feeds;
import org.minyi.followup.notification.domain.Notice;
import org.minyi.followup.notification.domain.NoticeKind;
import org.minyi.followup.notification.persistence.NoticeDocument.DeliveryDoc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Feeds in MongoDB: one document per notification and recipient; each query is limited to one recipient. */
public class MongoFeeds implements Feeds {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    public MongoFeeds(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void createIndexes() {
        mongo.indexOps(NoticeDocument.class).createIndex(new Index("recipient", Sort.Direction.ASC)
                .on("occurredAt", Sort.Direction.DESC));
        mongo.indexOps(NoticeDocument.class).createIndex(new Index("deliveryDueAt", Sort.Direction.ASC));
    }

    @Override
    public void add(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, NoticeDocument.class)
                    .insert(notices.stream().map(MongoFeeds::document).toList()).execute();
        } catch (BulkOperationException e) {
            // the same notification delivered again: its notices are already in the feeds
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
        } catch (DuplicateKeyException e) {
            // the same, as a server without bulk error details reports it
        }
    }

    @Override
    public List<Notice> page(String recipient, boolean unreadOnly, int page, int size) {
        Query query = Query.query(of(recipient, unreadOnly))
                .with(Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("_id")))
                .skip((long) page * size).limit(size);
        return mongo.find(query, NoticeDocument.class).stream().map(MongoFeeds::notice).toList();
    }

    @Override
    public long count(String recipient, boolean unreadOnly) {
        return mongo.count(Query.query(of(recipient, unreadOnly)), NoticeDocument.class);
    }

    @Override
    public boolean markRead(String recipient, String noticeId, Instant at) {
        if (!mongo.exists(Query.query(own(noticeId, recipient)), NoticeDocument.class)) {
            return false;
        }
        mongo.updateFirst(Query.query(own(noticeId, recipient).and("readAt").is(null)), new Update().set("readAt", at),
                NoticeDocument.class);
        return true;
    }

    /** The recipient's notice: the recipient is a condition of its own, not only a part of the key. */
    private static Criteria own(String noticeId, String recipient) {
        return Criteria.where("_id").is(key(noticeId, recipient)).and("recipient").is(recipient);
    }

    @Override
    public long markAllRead(String recipient, Instant at) {
        return mongo.updateMulti(Query.query(of(recipient, true)), new Update().set("readAt", at), NoticeDocument.class)
                .getModifiedCount();
    }

    @Override
    public List<Notice> dueForDelivery(Instant now, int limit) {
        Query query = Query.query(Criteria.where("deliveryDueAt").lte(Date.from(now)))
                .with(Sort.by(Sort.Order.asc("deliveryDueAt"))).limit(limit);
        return mongo.find(query, NoticeDocument.class).stream().map(MongoFeeds::notice).toList();
    }

    @Override
    public void saveDeliveries(Notice notice) {
        Update update = new Update().set("deliveries", notice.deliveries().stream().map(MongoFeeds::delivery)
                .map(this::toBson).toList());
        Instant due = notice.deliveryDueAt();
        if (due == null) {
            update.unset("deliveryDueAt");
        } else {
            update.set("deliveryDueAt", due);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key(notice.noticeId(), notice.recipient()))), update,
                NoticeDocument.class);
    }

    private static Criteria of(String recipient, boolean unreadOnly) {
        Criteria criteria = Criteria.where("recipient").is(recipient);
        return unreadOnly ? criteria.and("readAt").is(null) : criteria;
    }

    static String key(String noticeId, String recipient) {
        return noticeId + "|" + recipient;
    }

    private static NoticeDocument document(Notice n) {
        return new NoticeDocument(key(n.noticeId(), n.recipient()), n.noticeId(), n.recipient(), n.reportId(),
                n.trackingNumber(), n.kind().name(), n.status(), n.unit(), n.occurredAt(), n.readAt(),
                n.deliveries().stream().map(MongoFeeds::delivery).toList(), n.deliveryDueAt());
    }

    private static Notice notice(NoticeDocument d) {
        return new Notice(d.noticeId(), d.recipient(), d.reportId(), d.trackingNumber(), NoticeKind.valueOf(d.kind()),
                d.status(), d.unit(), d.occurredAt(), d.readAt(),
                d.deliveries() == null ? List.of() : d.deliveries().stream().map(x -> new Delivery(x.channel(),
                        x.attempts(), x.nextAttemptAt(), x.deliveredAt(), x.gaveUpAt(), x.lastError())).toList());
    }

    private static DeliveryDoc delivery(Delivery d) {
        return new DeliveryDoc(d.channel(), d.attempts(), d.nextAttemptAt(), d.deliveredAt(), d.gaveUpAt(),
                d.lastError());
    }

    private Document toBson(DeliveryDoc doc) {
        Document bson = new Document();
        mongo.getConverter().write(doc, bson);
        bson.remove("_class");
        return bson;
    }
}
