package org.minyi.dashboard.board.domain;

/**
 * One status change on the live feed, under a numeric id that increases with every entry (ids are
 * not dense: a repeat or an interrupted write leaves a hole). The id is what a stream client
 * resumes from ({@code Last-Event-ID}).
 */
public record FeedEntry(long id, StatusChange change) {
}
