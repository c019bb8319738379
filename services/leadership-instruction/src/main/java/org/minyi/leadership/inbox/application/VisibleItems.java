package org.minyi.leadership.inbox.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.leadership.inbox.domain.Actor;
import org.minyi.leadership.inbox.domain.InboxEvent;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItems;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.Visibility;

/** The items a caller may see, and a decision a caller takes on one of them. */
final class VisibleItems {

    private final InboxItems items;

    VisibleItems(InboxItems items) {
        this.items = items;
    }

    /** @throws ItemNotFound when there is no such item, or none the caller may see */
    InboxItem get(ReportId id, Actor actor) {
        Visibility visibility = Visibility.of(actor);
        return items.findVisible(id, visibility).filter(visibility::admits).orElseThrow(() -> new ItemNotFound(id));
    }

    /**
     * Reads the item, lets {@code decision} take one step on it and stores the item with the event that
     * announces the step — read and decided again when a concurrent writer got there first.
     *
     * @return the item as stored
     * @throws ItemNotFound when there is no such item, or none the caller may see
     */
    InboxItem decide(ReportId id, Actor actor, Function<InboxItem, InboxEvent> decision) {
        return decideIfAny(id, actor, item -> Optional.of(decision.apply(item)));
    }

    /**
     * Like {@link #decide}, for a decision that may find nothing to do: then nothing is written.
     *
     * @return the item as stored (or as found, when nothing was decided)
     */
    InboxItem decideIfAny(ReportId id, Actor actor, Function<InboxItem, Optional<? extends InboxEvent>> decision) {
        return OnConflict.retry(() -> {
            InboxItem item = get(id, actor);
            Optional<? extends InboxEvent> decided = decision.apply(item);
            if (decided.isPresent()) {
                items.update(item, List.of(decided.get()));
            }
            return item;
        });
    }
}
