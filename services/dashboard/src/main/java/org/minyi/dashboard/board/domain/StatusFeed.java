package org.minyi.dashboard.board.domain;

import java.time.Instant;
import java.util.List;

/** Every distinct status change the board has received, stale ones included, in arrival order. */
public interface StatusFeed {

    /**
     * Appends {@code change} under the next id.
     *
     * @return false when its event id is already on the feed (a repeat, stored once)
     */
    boolean append(StatusChange change);

    /** Up to {@code limit} entries with an id above {@code id}, lowest first. */
    List<FeedEntry> after(long id, int limit);

    /** Up to {@code limit} entries with an id up to {@code id}, highest first. */
    List<FeedEntry> upTo(long id, int limit);

    /** The highest id on the feed; 0 when it is empty. */
    long latestId();

    /**
     * Drops entries recorded before {@code instant}.
     *
     * @return how many were dropped
     */
    long pruneRecordedBefore(Instant instant);
}
