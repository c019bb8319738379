package org.minyi.followup.handling.domain;

/**
 * Which handlings a caller may see (PRODUCT.md §4), as a condition that the store applies in its
 * queries: never load-then-filter. A unit sees the reports it has a task on.
 */
public sealed interface Visibility {

    static Visibility of(Actor actor) {
        return switch (actor.role()) {
            case OFFICE -> new All();
            case STATION -> actor.township() == null ? new Nothing() : new OfTownship(actor.township());
            case MEMBER -> actor.member() == null ? new Nothing() : new OfAuthor(actor.member());
            case UNIT -> actor.unit() == null ? new Nothing() : new OfUnit(actor.unit());
            default -> new Nothing();
        };
    }

    /**
     * Which tasks a caller may read one by one (the task with the report's text and its 交办单): the unit
     * that owns it and the office; nobody else, not even another unit on the same report.
     */
    static Visibility ofTask(Actor actor) {
        return switch (actor.role()) {
            case OFFICE -> new All();
            case UNIT -> actor.unit() == null ? new Nothing() : new OfUnit(actor.unit());
            default -> new Nothing();
        };
    }

    record All() implements Visibility {
    }

    record OfTownship(String township) implements Visibility {
    }

    record OfAuthor(String member) implements Visibility {
    }

    /** Reports with a task of this unit; of their tasks, only this unit's. */
    record OfUnit(String unit) implements Visibility {
    }

    record Nothing() implements Visibility {
    }
}
