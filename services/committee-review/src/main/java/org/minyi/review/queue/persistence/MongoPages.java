package org.minyi.review.queue.persistence;

import java.util.List;
import java.util.function.Function;

import org.minyi.review.queue.domain.PageOf;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Pages through what a query finds, for the lists of every store (the publications' too). */
public final class MongoPages {

    private MongoPages() {
    }

    /**
     * One page of the documents {@code query} finds, in {@code order}, with how many it finds in all. A page
     * past the end is empty without reading any (the driver skips an int: a far page must not wrap round to
     * an early one).
     */
    public static <D, T> PageOf<T> page(MongoTemplate mongo, Query query, Class<D> stored, Sort order, int page,
                                        int size, Function<D, T> restore) {
        long total = mongo.count(query, stored);
        long skip = (long) page * size;
        if (skip >= total) {
            return new PageOf<>(List.of(), page, size, total);
        }
        query.with(order).skip(skip).limit(size);
        return new PageOf<>(mongo.find(query, stored).stream().map(restore).toList(), page, size, total);
    }
}
