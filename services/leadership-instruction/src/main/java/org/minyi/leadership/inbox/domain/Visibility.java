package org.minyi.leadership.inbox.domain;

/**
 * Which inbox items a caller may see, as a condition that the store applies in its queries: leaders
 * and the office see the whole inbox, nobody else any of it.
 */
public sealed interface Visibility {

    static Visibility of(Actor actor) {
        return actor.is(Role.LEADER) || actor.is(Role.OFFICE) ? new All() : new Nothing();
    }

    record All() implements Visibility {
    }

    record Nothing() implements Visibility {
    }
}
