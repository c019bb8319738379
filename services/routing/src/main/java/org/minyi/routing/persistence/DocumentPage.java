package org.minyi.routing.persistence;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One page of the documents a filter finds, in a given order, and how many it finds in all — the read
 * behind each of routing's lists.
 */
public record DocumentPage<T>(List<T> documents, long total) {

    /** Page {@code page} (from 0) of {@code size} documents of {@code type} matching {@code filter}, sorted. */
    public static <T> DocumentPage<T> read(MongoTemplate mongo, Class<T> type, Criteria filter, Sort sort, int page,
                                           int size) {
        Query query = Query.query(filter);
        long total = mongo.count(query, type);
        // past the end: nothing to read (and a huge page would overflow the driver's int skip)
        if ((long) page * size >= total) {
            return new DocumentPage<>(List.of(), total);
        }
        query.with(sort).skip((long) page * size).limit(size);
        return new DocumentPage<>(mongo.find(query, type), total);
    }
}
