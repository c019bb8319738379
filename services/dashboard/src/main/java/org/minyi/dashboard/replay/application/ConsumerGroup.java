package org.minyi.dashboard.replay.application;

/** The dashboard's consumption of its topics, as one group that can be stopped, rewound and started. */
public interface ConsumerGroup {

    /** Stops every consumer of the group on this instance; returns once they have left the group. */
    void stop();

    /**
     * Sets the group's committed offsets back to the start of every partition of its topics.
     *
     * @throws ReplayRefused when the group still has members elsewhere (another replica is running)
     */
    void rewindToStart();

    void start();
}
