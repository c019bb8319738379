package org.minyi.routing.report.messaging;

import java.nio.charset.StandardCharsets;
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
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.minyi.routing.report.application.Outbox;
import org.minyi.routing.report.domain.OutboxMessage;
import org.minyi.routing.report.application.OutboxWritten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes the events waiting in stored routing cases, in order per report, at least once.
 *
 * <p>A write that leaves events waiting nudges the relay, which publishes them at once (the normal,
 * fast path). A periodic sweep finds whatever a nudge missed — a failed send, a crash between the
 * write and the send, another replica that died — once it has waited {@code sweepAge}. Messages are
 * removed from their report only after the broker acknowledged them ({@code acks=all}); a crash in
 * between publishes them again, which consumers absorb because they apply an event id once.
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 256;

    private final Outbox outbox;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Clock clock;
    private final Duration sweepEvery;
    private final Duration sweepAge;
    private final Duration sendTimeout;
    private final LinkedBlockingQueue<String> nudged = new LinkedBlockingQueue<>();
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final Counter published;
    private final Counter failed;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(Outbox outbox, KafkaTemplate<String, byte[]> kafka, Clock clock, Duration sweepEvery,
                       Duration sweepAge, Duration sendTimeout, MeterRegistry meters) {
        this.outbox = outbox;
        this.kafka = kafka;
        this.clock = clock;
        this.sweepEvery = sweepEvery;
        this.sweepAge = sweepAge;
        this.sendTimeout = sendTimeout;
        this.published = Counter.builder("minyi.outbox.published").description("events published from the outbox")
                .register(meters);
        this.failed = Counter.builder("minyi.outbox.failed").description("outbox sends that failed and will be retried")
                .register(meters);
    }

    @EventListener
    public void on(OutboxWritten written) {
        if (queued.add(written.reportId())) {
            nudged.add(written.reportId());
        }
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(sendTimeout.toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Instant lastSweep = Instant.EPOCH;
        boolean firstSweep = true;
        while (running) {
            try {
                Set<String> ids = new LinkedHashSet<>();
                String first = nudged.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    ids.add(first);
                    List<String> more = new ArrayList<>();
                    nudged.drainTo(more, BATCH - 1);
                    ids.addAll(more);
                }
                Instant now = clock.instant();
                if (Duration.between(lastSweep, now).compareTo(sweepEvery) >= 0) {
                    // the first sweep after start takes everything: a crash may have left fresh events behind
                    ids.addAll(outbox.waitingSince(firstSweep ? now.plusSeconds(1) : now.minus(sweepAge), BATCH));
                    lastSweep = now;
                    firstSweep = false;
                }
                ids.forEach(queued::remove);
                if (!ids.isEmpty() && !relay(ids)) {
                    Thread.sleep(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed; waiting events stay stored and are retried: {}", brief(e));
                sleepQuietly();
            }
        }
    }

    /**
     * Publishes the waiting messages of these reports in waves: the first message of every report at
     * once, then the next message of each report whose previous one the broker acknowledged, and so on.
     * After a failed send a report sends nothing more in this pass, so its events never overtake one
     * another — and an event for another service goes out only after the status change before it.
     *
     * @return whether every waiting message of these reports was published
     */
    boolean relay(Set<String> reportIds) throws InterruptedException {
        List<Outbox.Pending> going = new ArrayList<>(outbox.pendingOf(reportIds));
        going.removeIf(report -> report.messages().isEmpty());
        Map<String, List<String>> sent = new LinkedHashMap<>();
        boolean all = true;
        for (int wave = 0; !going.isEmpty(); wave++) {
            List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();
            for (Outbox.Pending report : going) {
                sends.add(send(report.messages().get(wave)));
            }
            List<Outbox.Pending> next = new ArrayList<>();
            for (int i = 0; i < going.size(); i++) {
                Outbox.Pending report = going.get(i);
                OutboxMessage message = report.messages().get(wave);
                try {
                    sends.get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                    sent.computeIfAbsent(report.reportId(), k -> new ArrayList<>()).add(message.id());
                    if (wave + 1 < report.messages().size()) {
                        next.add(report);
                    }
                } catch (ExecutionException | TimeoutException e) {
                    all = false;
                    failed.increment();
                    log.warn("Publishing event {} of report {} failed; it and the {} after it stay in the outbox: {}",
                            message.id(), report.reportId(), report.messages().size() - wave - 1,
                            brief(e.getCause() == null ? e : e.getCause()));
                }
            }
            going = next;
        }
        sent.forEach((reportId, ids) -> {
            outbox.markSent(reportId, ids);
            published.increment(ids.size());
        });
        return all;
    }

    private CompletableFuture<SendResult<String, byte[]>> send(OutboxMessage message) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(message.destination(), null, message.key(),
                message.payload().getBytes(StandardCharsets.UTF_8));
        message.headers().forEach((name, value) ->
                record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        try {
            return kafka.send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The kind of failure without its full message, which may quote stored data. */
    private static String brief(Throwable e) {
        String message = String.valueOf(e.getMessage());
        return e.getClass().getName() + ": " + (message.length() > 160 ? message.substring(0, 160) + "…" : message);
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
