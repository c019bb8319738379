package org.minyi.chassis.mongo;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The read behind every list: one page of what a query finds, in an order, and how many it finds in all.
 * A page past the end is empty without reading any (and so a far page never wraps round through the
 * driver's int skip to an early one).
 */
public final class MongoPages {

    private MongoPages() {
    }

    /** Page {@code page} (from 0) of {@code size} documents of {@code type} that {@code query} finds, in {@code order}. */
    public static <T> Found<T> read(MongoTemplate mongo, Query query, Class<T> type, Sort order, int page, int size) {
        return read(mongo, query, type, mongo.getCollectionName(type), order, page, size);
    }

    /** The same, from a collection named apart from the type. */
    public static <T> Found<T> read(MongoTemplate mongo, Query query, Class<T> type, String collection, Sort order,
                                    int page, int size) {
        long total = mongo.count(query, type, collection);
        long skip = (long) page * size;
        if (skip >= total) {
            return new Found<>(List.of(), total);
        }
        query.with(order).skip(skip).limit(size);
        return new Found<>(mongo.find(query, type, collection), total);
    }

    /** A page's documents and how many the query finds in all. */
    public record Found<T>(List<T> items, long total) {

        public Found {
            items = List.copyOf(items);
        }

        public <R> Found<R> map(Function<? super T, R> mapping) {
            return new Found<>(items.stream().<R>map(mapping).toList(), total);
        }
    }
}
