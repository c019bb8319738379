package org.minyi.chassis.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs periodically inside the service, on the replica that holds the lease, with no external
 * scheduler: each tick takes or renews the lease and, if it holds it, runs every job once. A job that
 * fails is logged and tried again at the next tick; the others still run. The lease's time-to-live is
 * longer than a tick, so the holder keeps it while it lives; when it dies another replica takes over
 * once it has expired.
 */
public final class LeasedSchedule {

    private static final Logger log = LoggerFactory.getLogger(LeasedSchedule.class);

    private final Leases leases;
    private final String lease;
    private final String owner;
    private final Duration ttl;
    private final Duration every;
    private final Clock clock;
    private final List<Job> jobs;
    private ScheduledExecutorService executor;

    public LeasedSchedule(Leases leases, String lease, String owner, Duration ttl, Duration every, Clock clock,
                          List<Job> jobs) {
        this.leases = leases;
        this.lease = lease;
        this.owner = owner;
        this.ttl = ttl;
        this.every = every;
        this.clock = clock;
        this.jobs = List.copyOf(jobs);
        if (ttl.compareTo(every) <= 0) {
            throw new IllegalArgumentException("the lease must outlive a tick: ttl " + ttl + ", every " + every);
        }
    }

    /**
     * One tick: runs the jobs if this replica holds the lease.
     *
     * @return whether it held the lease and ran them
     */
    public boolean tick() {
        boolean holds;
        try {
            holds = leases.acquire(lease, owner, clock.instant(), ttl);
        } catch (RuntimeException e) {
            log.warn("Scheduler lease {} could not be taken (will retry): {}", lease, e.toString());
            return false;
        }
        if (!holds) {
            return false;
        }
        for (Job job : jobs) {
            try {
                job.work().run();
            } catch (RuntimeException e) {
                log.warn("Scheduled job {} failed (will run again next tick): {}", job.name(), e.toString());
            }
        }
        return true;
    }

    /** Ticks every {@code every} from now on; a schedule without jobs does not tick. */
    public synchronized void start() {
        if (executor != null || jobs.isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "scheduler-" + lease);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops ticking and gives the lease up, so that another replica need not wait for it to expire. */
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
        // bounded: when the database is already gone (shutting down), the lease simply expires
        try {
            CompletableFuture.runAsync(() -> leases.release(lease, owner)).get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.debug("Scheduler lease {} not released; it expires by itself: {}", lease, e.toString());
        }
    }

    public String owner() {
        return owner;
    }

    /** A piece of periodic work. */
    public record Job(String name, Runnable work) {

        public Job {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(work, "work");
        }
    }
}
