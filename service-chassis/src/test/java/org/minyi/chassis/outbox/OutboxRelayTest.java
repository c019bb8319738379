package org.minyi.chassis.outbox;

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
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The relay keeps each aggregate's events in order even when a send fails in the middle of a pass. */
class OutboxRelayTest {

    private final WaitingEvents outbox = new WaitingEvents();
    private final List<String> published = new CopyOnWriteArrayList<>();
    private final Set<String> failing = new HashSet<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final OutboxRelay relay = new OutboxRelay(outbox, this::send, Clock.systemUTC(), settings(), meters);

    private CompletableFuture<?> send(OutboxMessage message) {
        if (failing.contains(message.payload())) {
            // the broker is away: sometimes the send fails at once, sometimes its future does later
            return message.payload().endsWith("-late")
                    ? CompletableFuture.supplyAsync(() -> {
                        throw new IllegalStateException("Send failed");
                    })
                    : CompletableFuture.failedFuture(new IllegalStateException("Send failed"));
        }
        published.add(message.payload());
        return CompletableFuture.completedFuture(null);
    }

    @Test
    void afterAFailedSendTheAggregatesLaterEventsWaitSoTheyNeverOvertakeIt() throws Exception {
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

    @Test
    void eachWaveWaitsForTheOneBeforeSoOneAggregatesEventsAreSentInOrder() throws Exception {
        outbox.put("r1", "r1-a", "r1-b", "r1-c");
        outbox.put("r2", "r2-a");

        relay.relay(Set.of("r1", "r2"));

        assertThat(published.stream().filter(p -> p.startsWith("r1"))).containsExactly("r1-a", "r1-b", "r1-c");
        assertThat(meters.counter("minyi.outbox.published", "store", "test").count()).isEqualTo(4);
    }

    @Test
    void aRunningRelayPublishesWhatANudgeNamesAndTheFirstSweepTakesEverythingLeftBehind() {
        outbox.put("left-behind", "left-behind-1");
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> published.contains("left-behind-1"));

            outbox.put("fresh", "fresh-1", "fresh-2");
            relay.nudge("fresh");

            await().atMost(Duration.ofSeconds(10)).until(() -> published.contains("fresh-2"));
            assertThat(outbox.waiting("fresh")).isEmpty();
        } finally {
            relay.stop();
        }
        assertThat(relay.isRunning()).isFalse();
    }

    @Test
    void failedSendsAreCountedAndTheMessageStaysForTheNextPass() throws Exception {
        outbox.put("r1", "r1-only");
        failing.add("r1-only");

        relay.relay(Set.of("r1"));

        assertThat(meters.counter("minyi.outbox.failed", "store", "test").count()).isEqualTo(1);
        assertThat(outbox.waiting("r1")).containsExactly("r1-only");
    }

    private static OutboxProperties settings() {
        OutboxProperties settings = new OutboxProperties();
        settings.setSendTimeout(Duration.ofSeconds(2));
        settings.setSweepEvery(Duration.ofMinutes(10));
        settings.setPauseAfterFailure(Duration.ofMillis(50));
        return settings;
    }

    /** Waiting events per aggregate, in the order they were written. */
    private static final class WaitingEvents implements OutboxStore {

        private final Map<String, List<OutboxMessage>> waiting = new LinkedHashMap<>();

        synchronized void put(String aggregateId, String... payloads) {
            List<OutboxMessage> messages = new ArrayList<>();
            for (String payload : payloads) {
                messages.add(new OutboxMessage(payload, "report-status", aggregateId, Map.of(), payload));
            }
            waiting.put(aggregateId, messages);
        }

        synchronized List<String> waiting(String aggregateId) {
            return waiting.getOrDefault(aggregateId, List.of()).stream().map(OutboxMessage::id).toList();
        }

        @Override
        public String name() {
            return "test";
        }

        @Override
        public synchronized List<Pending> pendingOf(Collection<String> aggregateIds) {
            return aggregateIds.stream().filter(waiting::containsKey).sorted()
                    .map(id -> new Pending(id, List.copyOf(waiting.get(id)))).toList();
        }

        @Override
        public synchronized List<String> waitingSince(Instant createdBefore, int limit) {
            return waiting.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        }

        @Override
        public synchronized void markSent(Map<String, ? extends Collection<String>> sent) {
            sent.forEach((aggregateId, ids) -> waiting.get(aggregateId).removeIf(message -> ids.contains(message.id())));
        }
    }
}
