package org.minyi.leadership.inbox.application;

import org.minyi.leadership.inbox.domain.Actor;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItems;
import org.minyi.leadership.inbox.domain.PageOf;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.Visibility;

/** The inbox and its items as the caller may see them. */
public final class FindingInbox {

    public static final int MAX_PAGE_SIZE = 100;

    private final InboxItems items;

    public FindingInbox(InboxItems items) {
        this.items = items;
    }

    public InboxItem get(ReportId id, Actor actor) {
        return items.findVisible(id, Visibility.of(actor)).orElseThrow(() -> new ItemNotFound(id));
    }

    public PageOf<InboxItem> waiting(Actor actor, int page, int size) {
        int cappedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        return items.waiting(Visibility.of(actor), Math.max(0, page), cappedSize);
    }
}
