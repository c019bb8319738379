package org.minyi.leadership.inbox.application;

import java.util.EnumSet;
import java.util.Set;

import org.minyi.leadership.inbox.domain.Actor;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItems;
import org.minyi.leadership.inbox.domain.PageOf;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.ReportStatus;
import org.minyi.leadership.inbox.domain.Visibility;

/** The inbox and its items as the caller may see them. */
public final class FindingInbox {

    private static final Set<ReportStatus> LISTABLE = EnumSet.of(ReportStatus.SENT_TO_LEADERS, ReportStatus.INSTRUCTED,
            ReportStatus.FORWARDED, ReportStatus.ARCHIVED);

    private final InboxItems items;
    private final VisibleItems visible;

    public FindingInbox(InboxItems items) {
        this.items = items;
        this.visible = new VisibleItems(items);
    }

    /** @throws ItemNotFound when there is no such item, or none the caller may see */
    public InboxItem get(ReportId id, Actor actor) {
        return visible.get(id, actor);
    }

    /**
     * The inbox: by default what still waits for a decision (SENT_TO_LEADERS); the decided ones
     * (INSTRUCTED, FORWARDED, ARCHIVED) are listed on request, e.g. for a city leader who instructs
     * a report the county already instructed.
     *
     * @param status {@code null} for SENT_TO_LEADERS
     * @param page   from 0
     * @param size   at least 1 (the caller caps it)
     * @throws InvalidStatusFilter for a status an inbox item never has
     */
    public PageOf<InboxItem> inbox(Actor actor, ReportStatus status, int page, int size) {
        ReportStatus wanted = status == null ? ReportStatus.SENT_TO_LEADERS : status;
        if (!LISTABLE.contains(wanted)) {
            throw new InvalidStatusFilter(wanted);
        }
        return items.listed(Visibility.of(actor), wanted, page, size);
    }

    /** The inbox holds only items in the four leadership statuses. */
    public static class InvalidStatusFilter extends RuntimeException {

        public InvalidStatusFilter(ReportStatus status) {
            super("the inbox lists SENT_TO_LEADERS, INSTRUCTED, FORWARDED or ARCHIVED items, not " + status);
        }
    }
}
