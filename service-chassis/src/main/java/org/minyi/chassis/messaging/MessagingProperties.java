package org.minyi.chassis.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code minyi.kafka.*}: the topics a service creates and what happens to a record it cannot apply. */
@ConfigurationProperties("minyi.kafka")
public class MessagingProperties {

    /** Partitions of every topic the service creates. */
    private int partitions = 6;
    /** Replicas of every topic the service creates. */
    private short replicationFactor = 1;
    /** Topics the service publishes to, created at start when missing (its dead-letter topic always is). */
    private List<String> topics = new ArrayList<>();
    /** Where records that cannot be applied go; {@code <service>.dlt} when not set. */
    private String deadLetters;
    /** First pause before a failed record is tried again. */
    private Duration retryInitial = Duration.ofMillis(200);
    /** How long a failing record is retried before it is dead-lettered (well inside max.poll.interval.ms). */
    private Duration retryFor = Duration.ofSeconds(10);
    /** Longest pause between attempts while the database is away (those records are retried without end). */
    private Duration storageRetryMax = Duration.ofSeconds(30);
    /** Further exceptions that mark a record as poison at once, beside an unreadable envelope or payload. */
    private List<Class<? extends Throwable>> poison = new ArrayList<>();

    public int getPartitions() {
        return partitions;
    }

    public void setPartitions(int partitions) {
        this.partitions = partitions;
    }

    public short getReplicationFactor() {
        return replicationFactor;
    }

    public void setReplicationFactor(short replicationFactor) {
        this.replicationFactor = replicationFactor;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics;
    }

    public String getDeadLetters() {
        return deadLetters;
    }

    public void setDeadLetters(String deadLetters) {
        this.deadLetters = deadLetters;
    }

    public Duration getRetryInitial() {
        return retryInitial;
    }

    public void setRetryInitial(Duration retryInitial) {
        this.retryInitial = retryInitial;
    }

    public Duration getRetryFor() {
        return retryFor;
    }

    public void setRetryFor(Duration retryFor) {
        this.retryFor = retryFor;
    }

    public Duration getStorageRetryMax() {
        return storageRetryMax;
    }

    public void setStorageRetryMax(Duration storageRetryMax) {
        this.storageRetryMax = storageRetryMax;
    }

    public List<Class<? extends Throwable>> getPoison() {
        return poison;
    }

    public void setPoison(List<Class<? extends Throwable>> poison) {
        this.poison = poison;
    }
}
