package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The committee declined (不予采用) the report, with its reason: the code of the office's list and its words
 * as the list gave them when declined.
 *
 * @param reasonLabel   the reason in words (zh-CN)
 * @param reasonLabelEn the same in English; {@code null} when the list had none
 */
public record ReportDeclined(UUID eventId, ReportId reportId, ReportStatus previousStatus, String reason,
                             String reasonLabel, String reasonLabelEn, String comment, Actor actor, long sequence,
                             Instant occurredAt) implements StatusChange {

    @Override
    public ReportStatus status() {
        return ReportStatus.NOT_ADOPTED;
    }
}
