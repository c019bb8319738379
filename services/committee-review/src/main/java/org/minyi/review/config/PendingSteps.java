package org.minyi.review.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import org.minyi.review.publication.application.IssuingPublication;
import org.minyi.review.queue.application.MergingReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Completes multi-document steps that a crash or a failure interrupted — merges whose composite is still
 * MERGING, issues whose reports are still pending — once they have waited {@code age}, as the outbox
 * relay's sweep does for events. Each completion is idempotent, so a step that another replica or the
 * request itself is finishing at the same time comes to no harm.
 */
final class PendingSteps implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PendingSteps.class);
    private static final int BATCH = 50;

    private final MergingReports merging;
    private final IssuingPublication issuing;
    private final Clock clock;
    private final Duration every;
    private final Duration age;
    private ScheduledExecutorService executor;

    PendingSteps(MergingReports merging, IssuingPublication issuing, Clock clock, Duration every, Duration age) {
        this.merging = merging;
        this.issuing = issuing;
        this.clock = clock;
        this.every = every;
        this.age = age;
    }

    void sweep() {
        Instant before = clock.instant().minus(age);
        complete("merges", () -> merging.completePending(before, BATCH));
        complete("issues", () -> issuing.completePending(before, BATCH));
    }

    private static void complete(String steps, IntSupplier completion) {
        try {
            int completed = completion.getAsInt();
            if (completed > 0) {
                log.info("Completed {} interrupted {}", completed, steps);
            }
        } catch (RuntimeException e) {
            log.warn("Completing interrupted {} failed; retried at the next sweep: {}", steps, e.toString());
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "pending-steps");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sweep, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
