package org.minyi.leadership.inbox.domain;

/**
 * Which inbox items a caller may see, as a condition that the store applies in its queries (PRODUCT.md
 * §4): a leader the items sent to them, the leaders' secretariat and the office the whole inbox, nobody
 * else any of it. What a caller may not see does not exist for them (404).
 */
public sealed interface Visibility {

    static Visibility of(Actor actor) {
        if (actor.is(Role.LEADERS_OFFICE) || actor.is(Role.OFFICE)) {
            return new All();
        }
        if (actor.is(Role.LEADER) && actor.leader() != null) {
            return new SentTo(actor.leader());
        }
        return new Nothing();
    }

    /** Whether the caller may see {@code item}: the condition of the queries, for an item in hand. */
    boolean admits(InboxItem item);

    record All() implements Visibility {

        @Override
        public boolean admits(InboxItem item) {
            return true;
        }
    }

    /** The items sent to one leader (an item sent to every leader included). */
    record SentTo(String leader) implements Visibility {

        @Override
        public boolean admits(InboxItem item) {
            return item.isSentTo(leader);
        }
    }

    record Nothing() implements Visibility {

        @Override
        public boolean admits(InboxItem item) {
            return false;
        }
    }
}
