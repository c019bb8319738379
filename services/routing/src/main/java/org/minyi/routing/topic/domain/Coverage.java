package org.minyi.routing.topic.domain;

/**
 * How well a topic is covered: reports naming it (withdrawn ones not counted), and how many of them
 * a committee adopted (采用), as routing learns from {@code report-status}.
 */
public record Coverage(long reports, long adopted) {

    public static final Coverage NONE = new Coverage(0, 0);
}
