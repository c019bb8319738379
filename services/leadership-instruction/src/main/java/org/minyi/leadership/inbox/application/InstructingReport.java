package org.minyi.leadership.inbox.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.minyi.leadership.inbox.domain.Actor;
import org.minyi.leadership.inbox.domain.AssignmentPolicy;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItems;
import org.minyi.leadership.inbox.domain.ReportId;

/**
 * A leader instructs (批示). When this returns, the instruction, the new status and the events that
 * announce them are durable together.
 */
public final class InstructingReport {

    private final VisibleItems items;
    private final Clock clock;
    private final ZoneId zone;

    public InstructingReport(InboxItems items, Clock clock, ZoneId zone) {
        this.items = new VisibleItems(items);
        this.clock = clock;
        this.zone = zone;
    }

    public InboxItem instruct(ReportId id, IssueInstruction command, Actor actor) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        AssignmentPolicy.check(command.units(), today);
        return items.decide(id, actor, item -> item.instruct(actor, command.leader(), command.level(), command.text(),
                command.date(), command.units(), today, now));
    }
}
