package org.minyi.followup.outbox.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.minyi.followup.outbox.application.Outbox;
import org.minyi.followup.outbox.domain.OutboxMessage;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The relay keeps each report's events in order even when a send fails in the middle of a pass. */
class OutboxRelayTest {

    private final WaitingEvents outbox = new WaitingEvents();
    private final List<String> published = new ArrayList<>();
    private final Set<String> failing = new HashSet<>();
    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, byte[]> kafka = mock(KafkaTemplate.class);
    private final OutboxRelay relay = new OutboxRelay(outbox, kafka, Clock.systemUTC(), Duration.ofSeconds(30),
            Duration.ofSeconds(30), Duration.ofSeconds(2), new SimpleMeterRegistry());

    OutboxRelayTest() {
        when(kafka.send(any(ProducerRecord.class))).thenAnswer(call -> {
            ProducerRecord<String, byte[]> record = call.getArgument(0);
            String payload = new String(record.value(), StandardCharsets.UTF_8);
            if (failing.contains(payload)) {
                // the broker is away: sometimes the send fails at once, sometimes its future does later
                return payload.endsWith("-late") ? CompletableFuture.supplyAsync(() -> {
                    throw new KafkaException("Send failed");
                }) : CompletableFuture.failedFuture(new KafkaException("Send failed"));
            }
            published.add(payload);
            return CompletableFuture.completedFuture((SendResult<String, byte[]>) null);
        });
    }

    @Test
    void afterAFailedSendTheReportsLaterEventsWaitSoTheyNeverOvertakeIt() throws Exception {
        outbox.put("r1", "r1-claimed", "r1-adopted");
        outbox.put("r2", "r2-claimed", "r2-adopted");
        failing.add("r1-claimed");

        assertThat(relay.relay(Set.of("r1", "r2"))).isFalse();
        assertThat(published).containsExactly("r2-claimed", "r2-adopted");
        assertThat(outbox.waiting("r1")).containsExactly("r1-claimed", "r1-adopted");
        assertThat(outbox.waiting("r2")).isEmpty();

        failing.clear();
        assertThat(relay.relay(Set.of("r1"))).isTrue();
        assertThat(published).containsExactly("r2-claimed", "r2-adopted", "r1-claimed", "r1-adopted");
        assertThat(outbox.waiting("r1")).isEmpty();
    }

    @Test
    void aSendThatFailsLaterAlsoHoldsBackWhatComesAfterIt() throws Exception {
        outbox.put("r1", "r1-routed-late", "r1-event");
        failing.add("r1-routed-late");

        assertThat(relay.relay(Set.of("r1"))).isFalse();
        assertThat(published).isEmpty();
        assertThat(outbox.waiting("r1")).containsExactly("r1-routed-late", "r1-event");
    }

    /** Waiting events per report, in the order they were written. */
    private static final class WaitingEvents implements Outbox {

        private final Map<String, List<OutboxMessage>> waiting = new LinkedHashMap<>();

        void put(String reportId, String... payloads) {
            List<OutboxMessage> messages = new ArrayList<>();
            for (String payload : payloads) {
                messages.add(new OutboxMessage(payload, "report-status", reportId, Map.of(), payload));
            }
            waiting.put(reportId, messages);
        }

        List<String> waiting(String reportId) {
            return waiting.getOrDefault(reportId, List.of()).stream().map(OutboxMessage::id).toList();
        }

        @Override
        public String store() {
            return "test";
        }
        @Override
        public List<Pending> pendingOf(Collection<String> reportIds) {
            return reportIds.stream().filter(waiting::containsKey).sorted()
                    .map(id -> new Pending(id, List.copyOf(waiting.get(id)))).toList();
        }

        @Override
        public List<String> waitingSince(Instant createdBefore, int limit) {
            return List.copyOf(waiting.keySet());
        }

        @Override
        public void markSent(String reportId, Collection<String> messageIds) {
            waiting.get(reportId).removeIf(message -> messageIds.contains(message.id()));
        }
    }
}
