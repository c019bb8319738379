package org.minyi.review.queue.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which items a list shows. Without statuses it shows the queue proper (ROUTED and UNDER_REVIEW); a
 * {@code null} committee means every committee the caller may see.
 */
public record QueueFilter(String committee, Set<ReportStatus> statuses, String township, Category category,
                          String topicId) {

    public QueueFilter {
        statuses = statuses == null || statuses.isEmpty() ? ReportStatus.inQueue() : EnumSet.copyOf(statuses);
    }

    public static QueueFilter queueOf(String committee) {
        return new QueueFilter(committee, null, null, null, null);
    }

    public QueueFilter inCommittee(String code) {
        return new QueueFilter(code, statuses, township, category, topicId);
    }
}
