package org.minyi.chassis.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code minyi.outbox.*}: how the relay sweeps and how long it waits for the broker. */
@ConfigurationProperties("minyi.outbox")
public class OutboxProperties {

    /** How often the relay looks for events a nudge missed. */
    private Duration sweepEvery = Duration.ofSeconds(30);
    /** How long an event must have waited before a sweep takes it (younger ones are the nudge's). */
    private Duration sweepAge = Duration.ofSeconds(30);
    /** How long one send may wait for the broker's acknowledgement. */
    private Duration sendTimeout = Duration.ofSeconds(30);
    /** How long the relay rests after a failed pass before it tries again. */
    private Duration pauseAfterFailure = Duration.ofSeconds(1);
    /** Aggregates relayed in one pass. */
    private int batch = 256;

    public Duration getSweepEvery() {
        return sweepEvery;
    }

    public void setSweepEvery(Duration sweepEvery) {
        this.sweepEvery = sweepEvery;
    }

    public Duration getSweepAge() {
        return sweepAge;
    }

    public void setSweepAge(Duration sweepAge) {
        this.sweepAge = sweepAge;
    }

    public Duration getSendTimeout() {
        return sendTimeout;
    }

    public void setSendTimeout(Duration sendTimeout) {
        this.sendTimeout = sendTimeout;
    }

    public Duration getPauseAfterFailure() {
        return pauseAfterFailure;
    }

    public void setPauseAfterFailure(Duration pauseAfterFailure) {
        this.pauseAfterFailure = pauseAfterFailure;
    }

    public int getBatch() {
        return batch;
    }

    public void setBatch(int batch) {
        this.batch = batch;
    }
}
