package org.minyi.platform.faults;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.minyi.platform.client.GatewayClient;
import org.minyi.platform.ops.DeadLetters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides whether the platform kept its promises. Every report acknowledged with 201 passed each status
 * of its path exactly once on {@code report-status} and in intake's timeline, has one routing decision,
 * a review item, the last status of its path on the dashboard and one notice per status in its
 * station's feed. A report driven through its whole life also has one notice per status in its
 * author's feed, one task per instructed unit in that unit's list, and one points entry for its adoption
 * and one for the instruction. The dead-letter topics hold exactly the injected poison. Reads only
 * public contracts (the topic, the HTTP API).
 */
public final class Oracle {

    private static final List<String> STEADY_PATH = List.of("SUBMITTED", "ROUTED");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GatewayClient client;
    private final String bootstrapServers;
    private final Map<String, String> tokens;

    Oracle(GatewayClient client, String bootstrapServers, Map<String, String> tokens) {
        this.client = client;
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
    Verdict awaitVerdict(Set<String> accepted, Map<String, Journeys.Journey> journeys,
                         Map<String, Integer> expectedDeadLetters, Duration patience) throws Exception {
        Verdict verdict = check(accepted, journeys, expectedDeadLetters);
        // one pass over thousands of reports can outlast the patience: it counts from the pass's end, and
        // later passes look again only at the reports not yet complete
        Instant deadline = Instant.now().plus(patience);
        while (!verdict.kept() && Instant.now().isBefore(deadline)) {
            Thread.sleep(3000);
            verdict = verdict.recheckedBy(check(verdict.unsettled(), journeys, expectedDeadLetters));
        }
        return verdict;
    }

    /**
     * Checks each acknowledged report against the statuses it must have passed: SUBMITTED and ROUTED for
     * the steady stream, the path as far as its driver took it for a driven report.
     */
    Verdict check(Set<String> accepted, Map<String, Journeys.Journey> journeys,
                  Map<String, Integer> expectedDeadLetters) throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> paths = new HashMap<>();
        for (String id : accepted) {
            Journeys.Journey journey = journeys.get(id);
            paths.put(id, journey == null ? STEADY_PATH : journey.path());
        }
        Map<String, Map<String, Set<String>>> announced = statusEvents();
        Map<String, String> onDashboard = dashboardStatuses(paths.values().stream()
                .map(path -> path.get(path.size() - 1)).collect(Collectors.toSet()));
        Map<String, Map<String, Set<String>>> notified = notifications(SteadyLoad.TOWNSHIPS.stream()
                .map(t -> "station-" + t).toList());
        Map<String, Map<String, Set<String>>> authorNotified = notifications(journeys.values().stream()
                .map(j -> "member-" + j.member()).distinct().toList());
        boolean anyDriven = accepted.stream().anyMatch(journeys::containsKey);
        Map<String, Map<String, Set<String>>> unitTasks = anyDriven ? unitTasks() : Map.of();
        Map<String, Map<String, Integer>> points = anyDriven ? pointsEntries() : Map.of();
        int complete = 0;
        int lost = 0;
        int duplicated = 0;
        Set<String> unsettled = new HashSet<>();
        for (String id : accepted) {
            List<String> path = paths.get(id);
            Journeys.Journey journey = journeys.get(id);
            List<String> missing = new ArrayList<>();
            List<String> twice = new ArrayList<>();
            Map<String, Integer> passed = Journeys.occurrences(path);
            exactly("report-status", passed, counts(announced.get(id)), missing, twice);
            JsonNode timeline = get("office", "/api/reports/" + id + "/timeline");
            Map<String, Integer> steps = new HashMap<>();
            timeline.path("steps").forEach(step -> steps.merge(step.path("status").asString(), 1, Integer::sum));
            exactly("intake timeline", passed, steps, missing, twice);
            JsonNode routing = get("office", "/api/routing/reports/" + id);
            exactlyOnce("routing decisions", List.of("decision"), Map.of("decision", routing.path("decisions").size()),
                    missing, twice);
            if (!get("office", "/api/review/reports/" + id).has("reportId")) {
                missing.add("review item");
            }
            String last = path.get(path.size() - 1);
            if (!last.equals(onDashboard.get(id))) {
                missing.add("dashboard projection " + last + " (shows " + onDashboard.get(id) + ")");
            }
            List<String> told = path.subList(1, path.size());
            exactly("station notices", Journeys.occurrences(told), counts(notified.get(id)), missing, twice);
            if (journey != null) {
                authorNotices(told, counts(authorNotified.get(id)), missing, twice);
                Map<String, Set<String>> tasks = unitTasks.getOrDefault(id, Map.of());
                exactlyOnce("tasks of unit", journey.units(), counts(tasks), missing, twice);
                if (journey.units().size() == Journeys.UNITS.size()) {
                    mergedTask(tasks.get(Journeys.UNITS.get(0)), missing);
                }
                Map<String, Integer> earned = new HashMap<>();
                if (passed.containsKey("ADOPTED")) {
                    earned.put("COUNTY_ADOPTION", 1);
                }
                if (passed.containsKey("INSTRUCTED")) {
                    earned.put("LEADER_INSTRUCTION", passed.get("INSTRUCTED"));
                }
                exactly("points of " + journey.member(), earned,
                        points.getOrDefault(journey.member() + " " + id, Map.of()), missing, twice);
                if (journey.stoppedBy() != null) {
                    missing.add("journey stopped at " + journey.reachedStatus() + ": " + journey.stoppedBy());
                }
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

    /** Each of {@code expected} must be counted once; anything counted more than once is a step twice. */
    private static void exactlyOnce(String where, List<String> expected, Map<String, Integer> counted,
                                    List<String> missing, List<String> twice) {
        exactly(where, Journeys.occurrences(expected), counted, missing, twice);
    }

    /**
     * Each key must be counted as often as {@code expected} says (a status a report entered twice, two
     * instructions); fewer is missing, more — or anything counted more than once that was expected at most
     * once — is a step twice.
     */
    static void exactly(String where, Map<String, Integer> expected, Map<String, Integer> counted,
                        List<String> missing, List<String> twice) {
        expected.forEach((key, times) -> {
            int got = counted.getOrDefault(key, 0);
            if (got < times) {
                missing.add(where + " " + key + (times > 1 ? " " + got + "/" + times : ""));
            }
        });
        counted.forEach((key, count) -> {
            if (count > Math.max(1, expected.getOrDefault(key, 0))) {
                twice.add(where + " " + key + " ×" + count);
            }
        });
    }

    /** The lead unit, named by both leaders, holds one task that follows both instructions. */
    private void mergedTask(Set<String> taskIds, List<String> missing) throws Exception {
        if (taskIds == null || taskIds.size() != 1) {
            return;
        }
        String unit = Journeys.UNITS.get(0);
        JsonNode task = get("unit-" + unit, "/api/handling/tasks/" + taskIds.iterator().next());
        int instructions = 0;
        for (JsonNode basis : task.path("basis")) {
            if ("INSTRUCTION".equals(basis.path("kind").asString())) {
                instructions++;
            }
        }
        if (instructions != 2) {
            missing.add("the merged task of " + unit + " follows " + instructions + " of 2 instructions");
        }
    }

    /**
     * Follow-up learns a report's authors from intake's topic and its statuses from {@code report-status},
     * read independently; an author learned after some statuses is told the status the report has then,
     * not the ones before (services/follow-up, {@code Journey.learn}). So the author's notices must be an
     * unbroken tail of the path that reaches its last status, each step of it told once (a status the
     * report entered twice in the tail, twice).
     */
    static void authorNotices(List<String> told, Map<String, Integer> counted, List<String> missing,
                              List<String> twice) {
        if (told.isEmpty()) {
            exactlyOnce("author notices", told, counted, missing, twice);
            return;
        }
        for (int start = 0; start < told.size(); start++) {
            if (Journeys.occurrences(told.subList(start, told.size())).equals(withoutZeros(counted))) {
                return;
            }
        }
        int first = told.size() - 1;
        for (int i = 0; i < told.size(); i++) {
            if (counted.getOrDefault(told.get(i), 0) > 0) {
                first = i;
                break;
            }
        }
        exactly("author notices", Journeys.occurrences(told.subList(first, told.size())), counted, missing, twice);
    }

    private static Map<String, Integer> withoutZeros(Map<String, Integer> counted) {
        Map<String, Integer> kept = new HashMap<>(counted);
        kept.values().removeIf(count -> count == 0);
        return kept;
    }

    private static Map<String, Integer> counts(Map<String, Set<String>> ids) {
        Map<String, Integer> counts = new HashMap<>();
        if (ids != null) {
            ids.forEach((key, set) -> counts.put(key, set.size()));
        }
        return counts;
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

    /** Each report's status on the dashboard, read from the lists of the given statuses. */
    private Map<String, String> dashboardStatuses(Set<String> statuses) throws Exception {
        Map<String, String> found = new HashMap<>();
        for (String status : statuses) {
            for (int page = 0; ; page++) {
                JsonNode answer = get("viewer", "/api/dashboard/reports?status=" + status + "&size=100&page=" + page);
                answer.path("items").forEach(item -> found.put(item.path("reportId").asString(),
                        item.path("status").asString()));
                if (answer.path("items").size() < 100) {
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Per report and status, the distinct notices that the given principals received (a page may shift
     * while notices still arrive, so notices are counted by id, never by row).
     */
    private Map<String, Map<String, Set<String>>> notifications(List<String> principals) throws Exception {
        Map<String, Map<String, Set<String>>> notices = new HashMap<>();
        for (String principal : principals) {
            for (int page = 0; ; page++) {
                JsonNode answer = get(principal, "/api/notifications?size=100&page=" + page);
                answer.path("items").forEach(item -> {
                    String kind = item.path("kind").asString();
                    if ("STATUS_CHANGED".equals(kind) || "RATING_REQUESTED".equals(kind)) {
                        notices.computeIfAbsent(item.path("reportId").asString(), k -> new HashMap<>())
                                .computeIfAbsent(item.path("status").asString(), k -> new HashSet<>())
                                .add(principal + " " + item.path("id").asString());
                    }
                });
                if (answer.path("items").size() < 100) {
                    break;
                }
            }
        }
        return notices;
    }

    /** Per report and unit, the distinct task ids in that unit's own task list. */
    private Map<String, Map<String, Set<String>>> unitTasks() throws Exception {
        Map<String, Map<String, Set<String>>> tasks = new HashMap<>();
        for (String unit : Journeys.UNITS) {
            for (int page = 0; ; page++) {
                JsonNode answer = get("unit-" + unit, "/api/handling/tasks?unit=" + unit + "&size=100&page=" + page);
                answer.path("items").forEach(item -> tasks.computeIfAbsent(item.path("reportId").asString(),
                        k -> new HashMap<>()).computeIfAbsent(unit, k -> new HashSet<>()).add(item.path("id").asString()));
                if (answer.path("items").size() < 100) {
                    break;
                }
            }
        }
        return tasks;
    }

    /** Per "member reportId", how many ledger entries of each item this year's points ledger holds. */
    private Map<String, Map<String, Integer>> pointsEntries() throws Exception {
        Map<String, Map<String, Integer>> entries = new HashMap<>();
        JsonNode ledger = get("viewer", "/api/dashboard/points/" + Year.now(ZoneOffset.UTC).getValue());
        for (JsonNode member : ledger.path("members")) {
            for (JsonNode entry : member.path("entries")) {
                entries.computeIfAbsent(entry.path("member").asString() + " " + entry.path("reportId").asString(),
                        k -> new HashMap<>()).merge(entry.path("item").asString(), 1, Integer::sum);
            }
        }
        return entries;
    }

    /** The answer's JSON; an empty object for 404. Anything else is not an answer the oracle may judge. */
    private JsonNode get(String principal, String path) throws Exception {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> answer = client.get(tokens.get(principal), path, Duration.ofSeconds(15));
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
