package org.minyi.review.queue.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.ReviewPolicy;
import org.minyi.review.queue.domain.UpstreamLedger;

/**
 * The year's upstream ledger: for the office with the reports' titles, for viewers by codes only. Which roles
 * read it at all is the role matrix's.
 */
public final class FindingUpstreamLedger {

    private final ReviewItems items;
    private final Clock clock;
    private final ZoneId zone;

    public FindingUpstreamLedger(ReviewItems items, Clock clock, ZoneId zone) {
        this.items = items;
        this.clock = clock;
        this.zone = zone;
    }

    /** The year it is in the county. */
    public int thisYear() {
        return LocalDate.ofInstant(clock.instant(), zone).getYear();
    }

    public UpstreamLedger ledger(int year, Actor actor) {
        UpstreamLedger ledger = UpstreamLedger.of(year, items.upstreamIn(year));
        return ReviewPolicy.readsUpstreamTitles(actor) ? ledger : ledger.codesOnly();
    }
}
