package org.minyi.review.queue.domain;

/**
 * Which review items a caller may see (PRODUCT.md §4), as a condition that the store applies in its
 * queries: never load-then-filter.
 */
public sealed interface Visibility {

    static Visibility of(Actor actor) {
        if (actor.is(Role.OFFICE)) {
            return new All();
        }
        if (actor.is(Role.REVIEWER) && actor.committee() != null) {
            return new OfCommittee(actor.committee());
        }
        return new Nothing();
    }

    record All() implements Visibility {
    }

    record OfCommittee(String committee) implements Visibility {
    }

    record Nothing() implements Visibility {
    }
}
