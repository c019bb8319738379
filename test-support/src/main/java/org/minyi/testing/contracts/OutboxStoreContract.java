package org.minyi.testing.contracts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.OutboxMessage;
import org.minyi.chassis.outbox.OutboxProperties;
import org.minyi.chassis.outbox.OutboxPublisher;
import org.minyi.chassis.outbox.OutboxRelay;
import org.minyi.chassis.outbox.OutboxStore;
import org.minyi.chassis.outbox.OutboxWritten;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store with an outbox must honour, written once: the events an aggregate decides are
 * stored with it, read back in the order they were decided, removed only when sent, found by the sweep
 * once they have waited, announced to the relay after each write — and the relay publishes them in
 * that order, once, and keeps what it could not send.
 *
 * <p>A service's test extends this, builds its real store on a fresh database with {@link #translation()}
 * and {@link #nudges()}, and writes aggregates through the store's own methods in {@link #create()} and
 * {@link #change(String)}; the translation numbers the messages, so the contract knows what was written.
 */
public abstract class OutboxStoreContract {

    private final List<OutboxMessage> produced = new CopyOnWriteArrayList<>();
    private final List<OutboxWritten> nudged = new CopyOnWriteArrayList<>();

    /** The store under test (its outbox half), built on {@link #translation()} and {@link #nudges()}. */
    protected abstract OutboxStore store();

    /** Stores a new aggregate, through the service's store, that decided at least one event; its id. */
    protected abstract String create();

    /** Changes the aggregate, through the service's store, deciding at least one more event. */
    protected abstract void change(String aggregateId);

    /** The translation to hand the store: one numbered message per decided event. */
    protected final <A, E> EventTranslation<A, E> translation() {
        return (aggregate, events) -> {
            List<OutboxMessage> messages = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                messages.add(new OutboxMessage(UUID.randomUUID().toString(), "contract-topic", "contract",
                        Map.of("n", Integer.toString(produced.size() + i)), "{}"));
            }
            produced.addAll(messages);
            return messages;
        };
    }

    /** The event publisher to hand the store's outbox: it records the relay's nudges. */
    protected final ApplicationEventPublisher nudges() {
        return event -> {
            if (event instanceof OutboxWritten written) {
                nudged.add(written);
            }
        };
    }

    @Test
    void waitingEventsAreReadBackInTheOrderTheyWereDecided() {
        Written a = written(() -> create());
        List<String> more = ids(() -> change(a.id()));

        List<String> expected = new ArrayList<>(a.messages());
        expected.addAll(more);
        assertThat(waiting(a.id())).containsExactlyElementsOf(expected);
    }

    @Test
    void everyWriteThatLeftEventsWaitingNudgesTheRelay() {
        Written a = written(() -> create());
        change(a.id());

        assertThat(nudged).filteredOn(n -> n.aggregateId().equals(a.id())).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(n -> assertThat(n.store()).isEqualTo(store().name()));
    }

    @Test
    void onlyTheSentEventsAreRemovedAndTheRestKeepTheirOrder() {
        Written a = written(() -> create());
        List<String> more = ids(() -> change(a.id()));

        store().markSent(a.id(), List.of(a.messages().get(0)));

        List<String> expected = new ArrayList<>(a.messages().subList(1, a.messages().size()));
        expected.addAll(more);
        assertThat(waiting(a.id())).containsExactlyElementsOf(expected);
    }

    @Test
    void anAggregateWithNothingWaitingIsLeftOut() {
        Written a = written(() -> create());
        Written b = written(() -> create());

        store().markSent(a.id(), a.messages());

        assertThat(store().pendingOf(List.of(a.id(), b.id()))).extracting(OutboxStore.Pending::aggregateId)
                .containsExactly(b.id());
    }

    @Test
    void theSweepFindsEventsOnceTheyHaveWaited() {
        Written a = written(() -> create());

        assertThat(store().waitingSince(Instant.now().plus(Duration.ofMinutes(1)), 10_000)).contains(a.id());
        assertThat(store().waitingSince(Instant.now().minus(Duration.ofDays(1)), 10_000)).doesNotContain(a.id());
        store().markSent(a.id(), a.messages());
        assertThat(store().waitingSince(Instant.now().plus(Duration.ofMinutes(1)), 10_000)).doesNotContain(a.id());
    }

    @Test
    void theRelayPublishesEveryEventOnceInOrderAndEmptiesTheOutbox() throws InterruptedException {
        Written a = written(() -> create());
        List<String> aMore = ids(() -> change(a.id()));
        Written b = written(() -> create());
        List<OutboxMessage> sent = new CopyOnWriteArrayList<>();

        boolean all = relay(message -> {
            sent.add(message);
            return CompletableFuture.completedFuture(null);
        }).relay(Set.of(a.id(), b.id()));

        assertThat(all).isTrue();
        List<String> aExpected = new ArrayList<>(a.messages());
        aExpected.addAll(aMore);
        assertThat(sent.stream().map(OutboxMessage::id).filter(aExpected::contains)).containsExactlyElementsOf(aExpected);
        assertThat(sent.stream().map(OutboxMessage::id).filter(b.messages()::contains))
                .containsExactlyElementsOf(b.messages());
        assertThat(store().pendingOf(List.of(a.id(), b.id()))).isEmpty();
    }

    @Test
    void aFailedSendKeepsThatEventAndEveryOneAfterIt() throws InterruptedException {
        Written a = written(() -> create());
        List<String> aMore = ids(() -> change(a.id()));
        List<String> aAll = new ArrayList<>(a.messages());
        aAll.addAll(aMore);
        String failing = aAll.get(1);

        boolean all = relay(message -> message.id().equals(failing)
                ? CompletableFuture.failedFuture(new IllegalStateException("the broker is away"))
                : CompletableFuture.completedFuture(null)).relay(Set.of(a.id()));

        assertThat(all).isFalse();
        assertThat(waiting(a.id())).containsExactlyElementsOf(aAll.subList(1, aAll.size()));
    }

    private OutboxRelay relay(OutboxPublisher publisher) {
        OutboxProperties settings = new OutboxProperties();
        settings.setSendTimeout(Duration.ofSeconds(5));
        return new OutboxRelay(store(), publisher, Clock.systemUTC(), settings, new SimpleMeterRegistry());
    }

    private List<String> waiting(String aggregateId) {
        return store().pendingOf(List.of(aggregateId)).stream().flatMap(p -> p.messages().stream())
                .map(OutboxMessage::id).toList();
    }

    private Written written(Supplier<String> write) {
        int before = produced.size();
        String id = write.get();
        List<String> messages = produced.subList(before, produced.size()).stream().map(OutboxMessage::id).toList();
        assertThat(messages).as("the aggregate decided at least one event").isNotEmpty();
        return new Written(id, messages);
    }

    private List<String> ids(Runnable write) {
        int before = produced.size();
        write.run();
        List<String> messages = produced.subList(before, produced.size()).stream().map(OutboxMessage::id).toList();
        assertThat(messages).as("the change decided at least one event").isNotEmpty();
        return messages;
    }

    private record Written(String id, List<String> messages) {

        Written {
            messages = List.copyOf(messages);
        }
    }
}
