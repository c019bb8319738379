package org.minyi.followup.notification.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One notification in one principal's feed, under {@code <noticeId>|<recipient>} so that a redelivered
 * notification cannot be added twice; its deliveries, and when the next one is due.
 */
@Document(NoticeDocument.COLLECTION)
record NoticeDocument(
        @Id String id,
        String noticeId,
        String recipient,
        String reportId,
        String trackingNumber,
        String kind,
        String status,
        String unit,
        Instant occurredAt,
        Instant readAt,
        List<DeliveryDoc> deliveries,
        Instant deliveryDueAt) {

    static final String COLLECTION = "notifications";

    record DeliveryDoc(String channel, int attempts, Instant nextAttemptAt, Instant deliveredAt, Instant gaveUpAt,
                       String lastError) {
    }
}
