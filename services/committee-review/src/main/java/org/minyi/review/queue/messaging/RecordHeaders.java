package org.minyi.review.queue.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.minyi.events.EventEnvelope;

/** The CloudEvents envelope of a consumed record. */
final class RecordHeaders {

    private RecordHeaders() {
    }

    /** @throws EventEnvelope.MalformedEnvelopeException when the headers do not make an envelope */
    static EventEnvelope envelope(ConsumerRecord<?, ?> record) {
        return EventEnvelope.fromHeaders(name -> {
            Header header = record.headers().lastHeader(name);
            return header == null ? null : header.value();
        });
    }
}
