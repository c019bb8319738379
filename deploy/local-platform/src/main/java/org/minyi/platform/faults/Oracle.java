package org.minyi.platform.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.minyi.platform.ops.DeadLetters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides whether the platform kept its promises: every report acknowledged with 201 reached ROUTED
 * exactly once on {@code report-status}, in intake's timeline, in routing, in the review queue, on the
 * dashboard and in its station's notifications — no step lost, no step twice — and the dead-letter
 * topics hold exactly the injected poison. Reads only public contracts (the topic, the HTTP API).
 */
public final class Oracle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String gateway;
    private final String bootstrapServers;
    private final Map<String, String> tokens;

    Oracle(String gateway, String bootstrapServers, Map<String, String> tokens) {
        this.gateway = gateway;
        this.bootstrapServers = bootstrapServers;
        this.tokens = tokens;
    }

    /** What the oracle found; {@code problems} is empty when every promise held. */
    public record Verdict(int accepted, int complete, int lost, int duplicated, Map<String, Integer> deadLetters,
                   Map<String, Integer> expectedDeadLetters, List<String> problems, Set<String> unsettled) {

        public boolean kept() {
            return problems.isEmpty();
        }

        /** This verdict with the reports it found unsettled looked at again. */
        Verdict recheckedBy(Verdict again) {
            return new Verdict(accepted, accepted - again.lost() - again.duplicated(), again.lost(), again.duplicated(),
                    again.deadLetters(), again.expectedDeadLetters(), again.problems(), again.unsettled());
        }
    }

    /** Checks again and again until every promise holds or {@code patience} runs out. */
    Verdict awaitVerdict(Set<String> accepted, Map<String, Integer> expectedDeadLetters, Duration patience)
            throws Exception {
        Verdict verdict = check(accepted, expectedDeadLetters);
        // one pass over thousands of reports can outlast the patience: it counts from the pass's end, and
        // later passes look again only at the reports not yet complete
        Instant deadline = Instant.now().plus(patience);
        while (!verdict.kept() && Instant.now().isBefore(deadline)) {
            Thread.sleep(3000);
            verdict = verdict.recheckedBy(check(verdict.unsettled(), expectedDeadLetters));
        }
        return verdict;
    }

    Verdict check(Set<String> accepted, Map<String, Integer> expectedDeadLetters) throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Set<String>>> announced = statusEvents();
        Set<String> onDashboard = dashboardRouted();
        Map<String, Map<String, Integer>> notified = stationNotifications();
        int complete = 0;
        int lost = 0;
        int duplicated = 0;
        Set<String> unsettled = new HashSet<>();
        for (String id : accepted) {
            List<String> missing = new ArrayList<>();
            List<String> twice = new ArrayList<>();
            Map<String, Set<String>> byStatus = announced.getOrDefault(id, Map.of());
            for (String status : List.of("SUBMITTED", "ROUTED")) {
                int events = byStatus.getOrDefault(status, Set.of()).size();
                if (events == 0) {
                    missing.add("report-status " + status);
                } else if (events > 1) {
                    twice.add("report-status " + status + " ×" + events);
                }
            }
            JsonNode timeline = get("office", "/api/reports/" + id + "/timeline");
            Map<String, Integer> steps = new HashMap<>();
            timeline.path("steps").forEach(step -> steps.merge(step.path("status").asString(), 1, Integer::sum));
            for (String status : List.of("SUBMITTED", "ROUTED")) {
                int count = steps.getOrDefault(status, 0);
                if (count == 0) {
                    missing.add("intake timeline " + status);
                } else if (count > 1) {
                    twice.add("intake timeline " + status + " ×" + count);
                }
            }
            JsonNode routing = get("office", "/api/routing/reports/" + id);
            int decisions = routing.path("decisions").size();
            if (decisions == 0) {
                missing.add("routing decision");
            } else if (decisions > 1) {
                twice.add("routing decisions ×" + decisions);
            }
            if (!get("office", "/api/review/reports/" + id).has("reportId")) {
                missing.add("review queue item");
            }
            if (!onDashboard.contains(id)) {
                missing.add("dashboard projection");
            }
            int routedNotices = notified.getOrDefault(id, Map.of()).getOrDefault("ROUTED", 0);
            if (routedNotices > 1) {
                twice.add("station notifications of ROUTED ×" + routedNotices);
            }
            if (!missing.isEmpty() || !twice.isEmpty()) {
                unsettled.add(id);
            }
            if (!missing.isEmpty()) {
                lost++;
                if (problems.size() < 20) {
                    problems.add(id + " missing " + missing);
                }
            }
            if (!twice.isEmpty()) {
                duplicated++;
                if (problems.size() < 20) {
                    problems.add(id + " twice " + twice);
                }
            }
            if (missing.isEmpty() && twice.isEmpty()) {
                complete++;
            }
        }
        Map<String, Integer> deadLetters = new LinkedHashMap<>();
        Map<String, Integer> expected = new LinkedHashMap<>();
        DeadLetters letters = new DeadLetters(bootstrapServers);
        for (String service : List.of("intake", "routing", "committee-review", "leadership-instruction", "follow-up",
                "dashboard")) {
            deadLetters.put(service, letters.list(service).size());
            expected.put(service, expectedDeadLetters.getOrDefault(service, 0));
            if (!deadLetters.get(service).equals(expected.get(service))) {
                problems.add(service + ".dlt holds " + deadLetters.get(service) + " records, the injected poison was "
                        + expected.get(service));
            }
        }
        if (lost > 0) {
            problems.add(0, lost + " acknowledged reports incomplete");
        }
        if (duplicated > 0) {
            problems.add(0, duplicated + " reports with a step twice");
        }
        return new Verdict(accepted.size(), complete, lost, duplicated, deadLetters, expected, problems, unsettled);
    }

    /** Distinct event ids per report and status, from the start of {@code report-status}. */
    private Map<String, Map<String, Set<String>>> statusEvents() {
        Map<String, Map<String, Set<String>>> events = new HashMap<>();
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "oracle-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("report-status", Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition("report-status", p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    var type = record.headers().lastHeader("ce_type");
                    if (type == null || !"minyi.status.ReportStatusChanged.v1".equals(
                            new String(type.value(), StandardCharsets.UTF_8))) {
                        continue;
                    }
                    JsonNode event = JSON.readTree(record.value());
                    events.computeIfAbsent(event.path("reportId").asString(), k -> new HashMap<>())
                            .computeIfAbsent(event.path("status").asString(), k -> new HashSet<>())
                            .add(event.path("eventId").asString());
                }
            }
        }
        return events;
    }

    private Set<String> dashboardRouted() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode answer = get("viewer", "/api/dashboard/reports?status=ROUTED&size=100&page=" + page);
            answer.path("items").forEach(item -> ids.add(item.path("reportId").asString()));
            if (answer.path("items").size() < 100) {
                return ids;
            }
        }
    }

    /** Per report, how many notifications of each status its station received. */
    private Map<String, Map<String, Integer>> stationNotifications() throws Exception {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (String township : SteadyLoad.TOWNSHIPS) {
            for (int page = 0; ; page++) {
                JsonNode answer = get("station-" + township, "/api/notifications?size=100&page=" + page);
                answer.path("items").forEach(item -> {
                    if ("STATUS_CHANGED".equals(item.path("kind").asString())) {
                        counts.computeIfAbsent(item.path("reportId").asString(), k -> new HashMap<>())
                                .merge(item.path("status").asString(), 1, Integer::sum);
                    }
                });
                if (answer.path("items").size() < 100) {
                    break;
                }
            }
        }
        return counts;
    }

    /** The answer's JSON; an empty object for 404. Anything else is not an answer the oracle may judge. */
    private JsonNode get(String principal, String path) throws Exception {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(gateway + path))
                            .timeout(Duration.ofSeconds(15))
                            .header("Authorization", "Bearer " + tokens.get(principal)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() == 200) {
                return JSON.readTree(answer.body());
            }
            if (answer.statusCode() == 404) {
                return JSON.createObjectNode();
            }
            if (attempt == 5) {
                throw new IllegalStateException("GET " + path + " as " + principal + " answered " + answer.statusCode());
            }
            Thread.sleep(500L * attempt);
        }
    }
}
