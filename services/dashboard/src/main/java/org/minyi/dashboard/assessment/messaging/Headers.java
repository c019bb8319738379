package org.minyi.dashboard.assessment.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.minyi.events.EventEnvelope;

/** Reading a record's CloudEvents envelope. */
final class Headers {

    private Headers() {
    }

    static EventEnvelope envelope(ConsumerRecord<String, byte[]> record) {
        return EventEnvelope.fromHeaders(name -> {
            Header header = record.headers().lastHeader(name);
            return header == null ? null : header.value();
        });
    }
}
