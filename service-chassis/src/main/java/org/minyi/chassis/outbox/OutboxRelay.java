package org.minyi.chassis.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the events waiting in one store's aggregates, in order per aggregate, at least once.
 *
 * <p>A write that leaves events waiting nudges the relay, which publishes them at once (the normal,
 * fast path). A periodic sweep finds whatever a nudge missed — a failed send, a crash between the
 * write and the send, another replica that died — once it has waited {@code sweepAge}; the first sweep
 * after start takes everything. Messages are removed from their aggregate only after the broker
 * acknowledged them; a crash in between publishes them again, which consumers absorb because they
 * apply an event id once.
 */
public final class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final OutboxPublisher publisher;
    private final Clock clock;
    private final OutboxProperties settings;
    private final LinkedBlockingQueue<String> nudged = new LinkedBlockingQueue<>();
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final Counter published;
    private final Counter failed;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(OutboxStore store, OutboxPublisher publisher, Clock clock, OutboxProperties settings,
                       MeterRegistry meters) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
        this.settings = settings;
        this.published = Counter.builder("minyi.outbox.published").description("events published from the outbox")
                .tag("store", store.name()).register(meters);
        this.failed = Counter.builder("minyi.outbox.failed")
                .description("outbox sends that failed and will be retried").tag("store", store.name()).register(meters);
    }

    public String store() {
        return store.name();
    }

    /** A write left events waiting in this aggregate: publish them soon. */
    public void nudge(String aggregateId) {
        if (queued.add(aggregateId)) {
            nudged.add(aggregateId);
        }
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay-" + store.name());
        worker.setDaemon(true);
        worker.start();
    }

    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(settings.getSendTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void run() {
        Instant lastSweep = Instant.EPOCH;
        boolean firstSweep = true;
        int batch = settings.getBatch();
        while (running) {
            try {
                Set<String> ids = new LinkedHashSet<>();
                String first = nudged.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    ids.add(first);
                    List<String> more = new ArrayList<>();
                    nudged.drainTo(more, batch - 1);
                    ids.addAll(more);
                }
                Instant now = clock.instant();
                if (Duration.between(lastSweep, now).compareTo(settings.getSweepEvery()) >= 0) {
                    ids.addAll(store.waitingSince(firstSweep ? now.plusSeconds(1) : now.minus(settings.getSweepAge()),
                            batch));
                    lastSweep = now;
                    firstSweep = false;
                }
                ids.forEach(queued::remove);
                if (!ids.isEmpty() && !relay(ids)) {
                    Thread.sleep(settings.getPauseAfterFailure().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass of {} failed; waiting events stay stored and are retried: {}",
                        store.name(), brief(e));
                pause();
            }
        }
    }

    /**
     * Publishes the waiting messages of these aggregates in waves: the first message of every aggregate
     * at once, then the next message of each aggregate whose previous one the broker acknowledged, and so
     * on. After a failed send an aggregate sends nothing more in this pass, so its events never overtake
     * one another — and an event another service reacts to goes out only after the status change before it.
     *
     * @return whether every waiting message of these aggregates was published
     */
    public boolean relay(Set<String> aggregateIds) throws InterruptedException {
        List<OutboxStore.Pending> going = new ArrayList<>(store.pendingOf(aggregateIds));
        going.removeIf(pending -> pending.messages().isEmpty());
        Map<String, List<String>> sent = new LinkedHashMap<>();
        boolean all = true;
        long timeout = settings.getSendTimeout().toMillis();
        for (int wave = 0; !going.isEmpty(); wave++) {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (OutboxStore.Pending pending : going) {
                sends.add(send(pending.messages().get(wave)));
            }
            List<OutboxStore.Pending> next = new ArrayList<>();
            for (int i = 0; i < going.size(); i++) {
                OutboxStore.Pending pending = going.get(i);
                OutboxMessage message = pending.messages().get(wave);
                try {
                    sends.get(i).get(timeout, TimeUnit.MILLISECONDS);
                    sent.computeIfAbsent(pending.aggregateId(), k -> new ArrayList<>()).add(message.id());
                    if (wave + 1 < pending.messages().size()) {
                        next.add(pending);
                    }
                } catch (ExecutionException | TimeoutException e) {
                    all = false;
                    failed.increment();
                    log.warn("Publishing event {} of {} failed; it and the {} after it stay in the outbox: {}",
                            message.id(), pending.aggregateId(), pending.messages().size() - wave - 1,
                            brief(e.getCause() == null ? e : e.getCause()));
                }
            }
            going = next;
        }
        if (!sent.isEmpty()) {
            store.markSent(sent);
            published.increment(sent.values().stream().mapToInt(List::size).sum());
        }
        return all;
    }

    private CompletableFuture<?> send(OutboxMessage message) {
        try {
            return publisher.send(message);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The kind of failure without its full message, which may quote stored data. */
    private static String brief(Throwable e) {
        String message = String.valueOf(e.getMessage());
        return e.getClass().getName() + ": " + (message.length() > 160 ? message.substring(0, 160) + "…" : message);
    }

    private void pause() {
        try {
            Thread.sleep(settings.getPauseAfterFailure().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
