package org.minyi.dashboard.replay.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.minyi.dashboard.replay.application.ConsumerGroup;
import org.minyi.dashboard.replay.application.ReplayRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The dashboard's listener containers as one consumer group. Rewinding uses the Kafka admin API to set
 * the group's offsets to each partition's earliest; Kafka allows that only while the group has no
 * members, so every container of this instance is stopped first — with other replicas still running,
 * the rewind is refused.
 */
public class KafkaConsumerGroup implements ConsumerGroup {

    private static final Logger log = LoggerFactory.getLogger(KafkaConsumerGroup.class);
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final KafkaListenerEndpointRegistry registry;
    private final KafkaAdmin admin;
    private final String groupId;

    public KafkaConsumerGroup(KafkaListenerEndpointRegistry registry, KafkaAdmin admin, String groupId) {
        this.registry = registry;
        this.admin = admin;
        this.groupId = groupId;
    }

    @Override
    public void stop() {
        registry.getListenerContainers().forEach(MessageListenerContainer::stop);
    }

    @Override
    public void rewindToStart() {
        Set<String> topics = new LinkedHashSet<>();
        for (MessageListenerContainer container : registry.getListenerContainers()) {
            String[] named = container.getContainerProperties().getTopics();
            if (named != null) {
                topics.addAll(Set.of(named));
            }
        }
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            Set<String> existing = new LinkedHashSet<>(client.listTopics().names().get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            topics.retainAll(existing);
            Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            Map<String, TopicDescription> described = client.describeTopics(topics).allTopicNames()
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            described.values().forEach(topic -> topic.partitions()
                    .forEach(p -> partitions.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.earliest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> earliest = client.listOffsets(partitions).all()
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            earliest.forEach((partition, info) -> offsets.put(partition, new OffsetAndMetadata(info.offset())));
            alter(client, offsets);
            log.info("Consumer group {} rewound to the start of {} partitions of {}", groupId, offsets.size(), topics);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayRefused("interrupted while rewinding", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new ReplayRefused("the offsets of " + groupId + " cannot be reset: " + e.getMessage(), e);
        }
    }

    @Override
    public void start() {
        registry.getListenerContainers().forEach(MessageListenerContainer::start);
    }

    /** The group may take a moment to notice that its last member left; a few tries cover that. */
    private void alter(Admin client, Map<TopicPartition, OffsetAndMetadata> offsets)
            throws InterruptedException, ExecutionException, TimeoutException {
        ExecutionException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                client.alterConsumerGroupOffsets(groupId, offsets).all().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                last = e;
                TimeUnit.MILLISECONDS.sleep(500L * (attempt + 1));
            }
        }
        throw last;
    }
}
