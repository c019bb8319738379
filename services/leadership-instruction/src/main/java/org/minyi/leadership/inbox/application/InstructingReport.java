package org.minyi.leadership.inbox.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.minyi.leadership.inbox.domain.Actor;
import org.minyi.leadership.inbox.domain.AssignmentPolicy;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItems;
import org.minyi.leadership.inbox.domain.InstructionIssued;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.Visibility;

/**
 * A leader instructs (批示). When this returns, the instruction, the new status and the events that
 * announce them are durable together.
 */
public final class InstructingReport {

    private final InboxItems items;
    private final Clock clock;
    private final ZoneId zone;

    public InstructingReport(InboxItems items, Clock clock, ZoneId zone) {
        this.items = items;
        this.clock = clock;
        this.zone = zone;
    }

    public InboxItem instruct(ReportId id, IssueInstruction command, Actor actor) {
        Instant now = clock.instant();
        AssignmentPolicy.check(command.units(), now.atZone(zone).toLocalDate());
        return OnConflict.retry(() -> {
            InboxItem item = items.findVisible(id, Visibility.of(actor)).orElseThrow(() -> new ItemNotFound(id));
            InstructionIssued issued = item.instruct(actor, command.leader(), command.level(), command.text(),
                    command.date(), command.units(), now.atZone(zone).toLocalDate(), now);
            items.update(item, List.of(issued));
            return item;
        });
    }
}
