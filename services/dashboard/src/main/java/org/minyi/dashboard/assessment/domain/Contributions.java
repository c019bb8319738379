package org.minyi.dashboard.assessment.domain;

/**
 * The facts the yearly assessment is computed from, each kept once. Every write is one atomic,
 * idempotent operation: a submission or adoption is replaced only by one with a higher sequence, a
 * merge or achievement is stored once by its id, so a repeated or stale event changes nothing.
 */
public interface Contributions {

    /** @return whether it changed anything (false for a repeat or a stale revision) */
    boolean record(Submission submission);

    boolean record(Adoption adoption);

    boolean record(Merge merge);

    boolean record(Achievement achievement);

    /** Everything year {@code year}'s duties, points and commendations need. */
    YearFacts forYear(int year);

    /** Drops every fact (before a replay). */
    void wipe();
}
