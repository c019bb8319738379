package org.minyi.leadership.inbox.application;

import java.time.Clock;

import org.minyi.leadership.inbox.domain.Actor;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItems;
import org.minyi.leadership.inbox.domain.ReportId;

/**
 * The office (or the secretariat) releases a leader's instruction to the report's authors. A repeat finds
 * it released and writes and announces nothing.
 */
public final class ReleasingInstruction {

    private final VisibleItems items;
    private final Clock clock;

    public ReleasingInstruction(InboxItems items, Clock clock) {
        this.items = new VisibleItems(items);
        this.clock = clock;
    }

    /**
     * @throws ItemNotFound when there is no such item
     * @throws org.minyi.leadership.inbox.domain.InstructionNotFound when the report has no such instruction
     */
    public InboxItem release(ReportId id, String instructionId, Actor actor) {
        return items.decideIfAny(id, actor, item -> item.release(actor, instructionId, clock.instant()));
    }
}
