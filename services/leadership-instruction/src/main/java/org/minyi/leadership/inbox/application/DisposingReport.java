package org.minyi.leadership.inbox.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.minyi.leadership.inbox.domain.Actor;
import org.minyi.leadership.inbox.domain.AssignmentPolicy;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItems;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.UnitAssignment;
import org.minyi.leadership.inbox.domain.Units;

/**
 * The office (or the leaders' secretariat) disposes of a report waiting in the inbox: forwards it to units
 * (转办) or archives it.
 */
public final class DisposingReport {

    private final VisibleItems items;
    private final Units known;
    private final Clock clock;
    private final ZoneId zone;

    public DisposingReport(InboxItems items, Units known, Clock clock, ZoneId zone) {
        this.items = new VisibleItems(items);
        this.known = known;
        this.clock = clock;
        this.zone = zone;
    }

    public InboxItem forward(ReportId id, String comment, List<UnitAssignment> units, Actor actor) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        AssignmentPolicy.check(units, today, known);
        return items.decide(id, actor, item -> item.forward(actor, comment, units, today, now));
    }

    public InboxItem archive(ReportId id, String reason, Actor actor) {
        Instant now = clock.instant();
        return items.decide(id, actor, item -> item.archive(actor, reason, now));
    }
}
