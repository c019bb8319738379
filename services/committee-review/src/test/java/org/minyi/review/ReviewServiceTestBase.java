package org.minyi.review;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.Quality;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.review.ReviewTopics;
import org.minyi.events.routing.ReportRouted;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the integration tests share: an HTTP client with signed tokens, publishing input events with their
 * CloudEvents headers, recording what the service publishes, and the steps that bring a report to a
 * point of its life. Each concrete test carries the same Spring test annotations, so they share one
 * application context.
 */
abstract class ReviewServiceTestBase {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String SOURCE = "/minyi/committee-review";
    static final String DEAD_LETTERS = "committee-review.dlt";
    static final String TITLE = "关于城关镇老旧小区加装电梯资金缺口的建议";
    /** A named leader, the county head ({@code leader-county-head}, role LEADER). */
    static final String LEADER = TestTokens.leader("county-head");

    static TopicRecorder topics;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    KafkaAdmin kafkaAdmin;

    @Autowired
    ControllableClock clock;

    @BeforeAll
    static void record() {
        topics = TopicRecorder.of(ReportStatusTopic.NAME, ReviewTopics.REVIEW_EVENTS, DEAD_LETTERS);
    }

    @AfterAll
    static void stopRecording() {
        topics.close();
    }

    /** A report routed to {@code committee} and waiting in its queue. */
    String queued(String committee) throws Exception {
        return queued(committee, List.of("m0001", "m0002"), null);
    }

    String queued(String committee, List<String> authors, Quality quality) throws Exception {
        String id = UUID.randomUUID().toString();
        publish(new ReportRouted(UUID.randomUUID(), id, 2, Instant.now(), "SQ-2026-000123", 1, committee,
                "category:HARD_PROBLEM", Instant.now(), content(false, "chengguan", authors), quality, 1, null, null),
                ReportRouted.TYPE, "/minyi/routing");
        await().atMost(WAIT).until(() -> get("/api/review/reports/" + id, TestTokens.office()).statusCode() == 200);
        return id;
    }

    /** A report the committee adopted with grade A. */
    String adopted(String committee) throws Exception {
        String id = queued(committee);
        claim(id, committee);
        HttpResponse<String> adopt = post("/api/review/reports/" + id + "/decision", TestTokens.reviewer(committee),
                "{\"decision\": \"ADOPT\", \"grade\": \"A\"}");
        assertThat(adopt.statusCode()).as(adopt.body()).isEqualTo(200);
        return id;
    }

    void claim(String id, String committee) throws Exception {
        HttpResponse<String> claim = post("/api/review/reports/" + id + "/claim", TestTokens.reviewer(committee), null);
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(200);
    }

    JsonNode item(String id) throws Exception {
        HttpResponse<String> answer = get("/api/review/reports/" + id, TestTokens.office());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    static TopicRecorder.Recorded awaitStatus(String id, String status) {
        return awaitStatus(id, status, 0);
    }

    /** The status change this service published for the report, at {@code sequence} or later. */
    static TopicRecorder.Recorded awaitStatus(String id, String status, long sequence) {
        return await().atMost(WAIT).until(() -> topics.withKey(id).stream()
                        .filter(r -> r.topic().equals(ReportStatusTopic.NAME) && SOURCE.equals(r.header("ce_source")))
                        .filter(r -> r.header("ce_type").equals(ReportStatusChanged.TYPE.name()))
                        .filter(r -> JSON.readTree(r.value()).path("status").asString().equals(status))
                        .filter(r -> JSON.readTree(r.value()).path("sequence").asLong() >= sequence)
                        .findFirst().orElse(null),
                found -> found != null);
    }

    static TopicRecorder.Recorded awaitRecord(String id, EventType<?> type) {
        return await().atMost(WAIT).until(() -> topics.withKey(id).stream()
                        .filter(r -> r.topic().equals(type.topic()))
                        .filter(r -> type.name().equals(r.header("ce_type")))
                        .findFirst().orElse(null),
                found -> found != null);
    }

    static List<TopicRecorder.Recorded> recorded(String id, EventType<?> type) {
        return topics.withKey(id).stream().filter(r -> r.topic().equals(type.topic()))
                .filter(r -> type.name().equals(r.header("ce_type"))).toList();
    }

    /** Waits until the service's consumer group has committed every record of {@code topic}. */
    void awaitConsumed(String topic) {
        try (AdminClient admin = AdminClient.create(kafkaAdmin.getConfigurationProperties())) {
            await().atMost(WAIT).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("committee-review")
                        .partitionsToOffsetAndMetadata().get();
                List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                        .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
                Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                return partitions.stream().allMatch(p -> ends.get(p).offset() == 0
                        || committed.containsKey(p) && committed.get(p).offset() >= ends.get(p).offset());
            });
        }
    }

    List<String> queueIds(String committee, String token) throws Exception {
        return ids(get("/api/review/queues/" + committee + "?size=100", token));
    }

    static List<String> ids(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(answer.body()).path("items").forEach(item -> ids.add(item.path("reportId").asString()));
        return ids;
    }

    JsonNode queueEntry(String committee, String id) throws Exception {
        JsonNode page = JSON.readTree(get("/api/review/queues/" + committee + "?size=100", TestTokens.office()).body());
        for (JsonNode item : page.path("items")) {
            if (item.path("reportId").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("report " + id + " is not in the " + committee + " queue");
    }

    static ReportRouted routed(String id, String committee, int revision, long sequence, boolean urgent) {
        return new ReportRouted(UUID.randomUUID(), id, sequence, Instant.now(), "SQ-2026-000123", revision, committee,
                "category:HARD_PROBLEM", Instant.now(), content(urgent, "chengguan", List.of("m0001", "m0002")));
    }

    static SubmittedReport content(boolean urgent, String township, List<String> authors) {
        return new SubmittedReport(TITLE, Category.HARD_PROBLEM, "urban",
                "城关镇现有2000年以前建成的老旧小区37个，居民中60岁以上老人占比超过三成……", null,
                "建议县住建局牵头设立加装电梯专项补助资金……", township, "cdl", authors, null, null, urgent, null);
    }

    static ReportStatusChanged status(String id, ReportStatus status, ReportStatus previous, long sequence,
                                      String actorRole) {
        return new ReportStatusChanged(UUID.randomUUID(), id, "SQ-2026-000123", status, previous, sequence,
                Instant.now(), "chengguan", null, Category.HARD_PROBLEM, actorRole);
    }

    void publish(ReportEvent event, EventType<?> type, String source) throws Exception {
        publish(event, type, source, Map.of());
    }

    /** Publishes the event with its CloudEvents headers and {@code extra} ones (a {@code traceparent}). */
    void publish(ReportEvent event, EventType<?> type, String source, Map<String, String> extra) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.reportId(),
                EventJson.write(event));
        EventEnvelope.of(event, type, URI.create(source), "test", null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        extra.forEach((name, value) -> record.headers().add(new RecordHeader(name,
                value.getBytes(StandardCharsets.UTF_8))));
        kafka.send(record).get();
    }

    static List<String> fields(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        JSON.readTree(answer.body()).path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    static JsonNode conflict(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(answer.body());
    }

    HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        return send("POST", path, token, body);
    }

    HttpResponse<String> put(String path, String token, String body) throws IOException, InterruptedException {
        return send("PUT", path, token, body);
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String path, String token, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, token).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        return send(method, path, token, body, Map.of());
    }

    /** A request with {@code headers} besides the token (a {@code traceparent}, another content type). */
    HttpResponse<String> send(String method, String path, String token, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, token).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }
}
