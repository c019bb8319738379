package org.minyi.intake.report.domain;

/**
 * Which reports a caller may see (PRODUCT.md §4), as a condition that the store applies in its
 * queries: never load-then-filter.
 */
public sealed interface Visibility {

    static Visibility of(Actor actor) {
        return switch (actor.role()) {
            case OFFICE -> new All();
            case STATION -> actor.township() == null ? new Nothing() : new OfTownship(actor.township());
            case MEMBER -> actor.member() == null ? new Nothing() : new OfAuthor(actor.member());
            case REVIEWER -> actor.committee() == null ? new Nothing() : new OfCommittee(actor.committee());
            default -> new Nothing();
        };
    }

    record All() implements Visibility {
    }

    record OfTownship(String township) implements Visibility {
    }

    record OfAuthor(String member) implements Visibility {
    }

    record OfCommittee(String committee) implements Visibility {
    }

    record Nothing() implements Visibility {
    }
}
