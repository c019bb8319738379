package org.minyi.chassis.outbox;

import java.util.List;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/** One relay per outbox store of the service, started and stopped with the application. */
public final class OutboxRelays implements SmartLifecycle {

    private final List<OutboxRelay> relays;
    private volatile boolean running;

    public OutboxRelays(List<OutboxRelay> relays) {
        this.relays = List.copyOf(relays);
    }

    @EventListener
    public void on(OutboxWritten written) {
        for (OutboxRelay relay : relays) {
            if (relay.store().equals(written.store())) {
                relay.nudge(written.aggregateId());
            }
        }
    }

    @Override
    public void start() {
        relays.forEach(OutboxRelay::start);
        running = true;
    }

    @Override
    public void stop() {
        relays.forEach(OutboxRelay::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
