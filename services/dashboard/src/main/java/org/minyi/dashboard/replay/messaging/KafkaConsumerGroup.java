package org.minyi.dashboard.replay.messaging;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

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
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The dashboard's consumer bindings ({@code <function>-in-<n>}) as one consumer group. Rewinding uses
 * the Kafka admin API to set the group's offsets to each partition's earliest; Kafka allows that only
 * while the group has no members, so every binding of this instance is stopped first — with other
 * replicas still running, the rewind is refused. The topics and the group are the bindings' own
 * ({@code spring.cloud.stream.bindings.*.destination} and {@code group}).
 */
public class KafkaConsumerGroup implements ConsumerGroup {

    private static final Logger log = LoggerFactory.getLogger(KafkaConsumerGroup.class);
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Pattern INPUT = Pattern.compile(".+-in-\\d+");

    private final BindingsLifecycleController lifecycle;
    private final BindingServiceProperties bindings;
    private final KafkaAdmin admin;

    public KafkaConsumerGroup(BindingsLifecycleController lifecycle, BindingServiceProperties bindings,
                              KafkaAdmin admin) {
        this.lifecycle = lifecycle;
        this.bindings = bindings;
        this.admin = admin;
    }

    @Override
    public void stop() {
        inputs().forEach(lifecycle::stop);
    }

    @Override
    public void rewindToStart() {
        Map<String, Set<String>> topicsByGroup = new LinkedHashMap<>();
        for (String binding : inputs()) {
            Set<String> topics = topicsByGroup.computeIfAbsent(bindings.getGroup(binding), g -> new LinkedHashSet<>());
            Arrays.stream(bindings.getBindingDestination(binding).split(",")).map(String::trim)
                    .filter(topic -> !topic.isEmpty()).forEach(topics::add);
        }
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            Set<String> existing = client.listTopics().names().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            for (Map.Entry<String, Set<String>> group : topicsByGroup.entrySet()) {
                Set<String> topics = new LinkedHashSet<>(group.getValue());
                topics.retainAll(existing);
                rewind(client, group.getKey(), topics);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayRefused("interrupted while rewinding", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new ReplayRefused("the offsets of " + topicsByGroup.keySet() + " cannot be reset: " + e.getMessage(),
                    e);
        }
    }

    @Override
    public void start() {
        inputs().forEach(lifecycle::start);
    }

    private List<String> inputs() {
        return bindings.getBindings().keySet().stream().filter(name -> INPUT.matcher(name).matches()).sorted()
                .toList();
    }

    private static void rewind(Admin client, String groupId, Set<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        Map<String, TopicDescription> described = client.describeTopics(topics).allTopicNames()
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        described.values().forEach(topic -> topic.partitions()
                .forEach(p -> partitions.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.earliest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> earliest = client.listOffsets(partitions).all()
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        earliest.forEach((partition, info) -> offsets.put(partition, new OffsetAndMetadata(info.offset())));
        alter(client, groupId, offsets);
        log.info("Consumer group {} rewound to the start of {} partitions of {}", groupId, offsets.size(), topics);
    }

    /** The group may take a moment to notice that its last member left; a few tries cover that. */
    private static void alter(Admin client, String groupId, Map<TopicPartition, OffsetAndMetadata> offsets)
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
