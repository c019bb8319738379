package org.minyi.leadership.inbox.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.minyi.leadership.inbox.domain.Actor;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItems;
import org.minyi.leadership.inbox.domain.InstructionPolicy;
import org.minyi.leadership.inbox.domain.Leader;
import org.minyi.leadership.inbox.domain.Leaders;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.Units;

/**
 * A leader instructs (批示), or the leaders' secretariat records a leader's instruction. When this returns,
 * the instruction, the new status and the events that announce them are durable together.
 */
public final class InstructingReport {

    private final VisibleItems items;
    private final Leaders leaders;
    private final Units units;
    private final Clock clock;
    private final ZoneId zone;

    public InstructingReport(InboxItems items, Leaders leaders, Units units, Clock clock, ZoneId zone) {
        this.items = new VisibleItems(items);
        this.leaders = leaders;
        this.units = units;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * @throws org.minyi.leadership.inbox.domain.InvalidAssignment naming every bad leader, unit or date
     * @throws ItemNotFound when there is no such item, or none sent to the instructing leader
     */
    public InboxItem instruct(ReportId id, IssueInstruction command, Actor actor) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        Leader leader = InstructionPolicy.check(actor, command.leader(), leaders, units, command.units(), command.date(),
                today);
        return items.decide(id, actor, item -> item.instruct(actor, leader, command.level(), command.text(),
                command.date(), command.units(), today, now));
    }
}
