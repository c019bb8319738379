package org.minyi.chassis.events;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Why something is happening: the correlation id shared by everything one outside request set off,
 * and the id of the event that directly caused it ({@code null} for a request or a scheduled step).
 *
 * <p>It is the context of the work on this thread, like the trace: the chassis sets it for every HTTP
 * request (from {@code X-Correlation-Id}) and every consumed event (from its envelope), and the outbox
 * messages written meanwhile carry it. Scheduled work names its own with {@link #within}.
 */
public record Causation(String correlationId, String causationId) {

    private static final ThreadLocal<Causation> CURRENT = new ThreadLocal<>();

    public Causation {
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** A fresh correlation, caused by nothing before it. */
    public static Causation fresh() {
        return new Causation(UUID.randomUUID().toString(), null);
    }

    /** The causation of the work on this thread; a fresh one where none was set. */
    public static Causation current() {
        Causation current = CURRENT.get();
        return current != null ? current : fresh();
    }

    /** Runs {@code work} with this causation as the current one. */
    public <T> T within(Supplier<T> work) {
        try (Scope scope = open()) {
            return work.get();
        }
    }

    /** Makes this the current causation until the scope is closed (then the one before is current again). */
    public Scope open() {
        Causation outer = CURRENT.get();
        CURRENT.set(this);
        return () -> restore(outer);
    }

    /** Runs {@code work} with this causation as the current one. */
    public void within(Runnable work) {
        within(() -> {
            work.run();
            return null;
        });
    }

    /** A causation made current; closing it restores the one before. */
    public interface Scope extends AutoCloseable {

        @Override
        void close();
    }

    private static void restore(Causation outer) {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
