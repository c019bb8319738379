package org.minyi.leadership;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Category;
import org.minyi.events.leadership.LeadershipTopics;
import org.minyi.events.review.ReportSentToLeaders;
import org.minyi.events.review.ReviewTopics;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every decision and every denied attempt leaves an audit entry the office can read; a request's trace
 * travels with the events it causes; a consumed record's trace is continued by the consumer; the API is
 * described at /v3/api-docs; dead letters show in health.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=leadership_audit_it",
        "management.opentelemetry.tracing.export.schedule-delay=100ms"})
@MinyiIntegrationTest
@AutoConfigureTracing
@Import(AuditAndTracingIT.FinishedSpans.class)
class AuditAndTracingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "leadership-instruction.dlt";
    private static TopicRecorder topics;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    FinishedSpans spans;

    @BeforeAll
    static void record() {
        topics = TopicRecorder.of(ReportStatusTopic.NAME, LeadershipTopics.INSTRUCTION_EVENTS, DEAD_LETTERS);
    }

    @AfterAll
    static void stop() {
        topics.close();
    }

    @Test
    void anInstructionIsAuditedWithItsPrincipalObjectAndTraceAndTheTraceTravelsWithBothItsEvents() throws Exception {
        String id = received().reportId();
        Trace trace = Trace.random();

        HttpResponse<String> answer = send(post("/api/leadership/reports/" + id + "/instructions", TestTokens.leader("county-head"),
                LeadershipIT.instruction("LEAD", "SUPPORT")).header("traceparent", trace.parent()));
        assertThat(answer.statusCode()).isEqualTo(201);

        JsonNode entry = only(audit("?object=" + id));
        assertThat(entry.path("principal").asString()).isEqualTo("leader-county-head");
        assertThat(entry.path("role").asString()).isEqualTo("LEADER");
        assertThat(entry.path("action").asString()).isEqualTo("POST /api/leadership/reports/{id}/instructions");
        assertThat(entry.path("outcome").asString()).isEqualTo("ALLOWED");
        assertThat(entry.path("status").asInt()).isEqualTo(201);
        assertThat(entry.path("traceId").asString()).isEqualTo(trace.id());
        assertThat(entry.toString()).as("no instruction or report text in the audit trail")
                .doesNotContain("牵头研究").doesNotContain("老旧小区");

        List<TopicRecorder.Recorded> published = await().atMost(PATIENCE).until(() -> topics.withKey(id),
                records -> records.size() == 2);
        assertThat(published).extracting(TopicRecorder.Recorded::topic)
                .containsExactlyInAnyOrder(ReportStatusTopic.NAME, LeadershipTopics.INSTRUCTION_EVENTS);
        assertThat(published).allSatisfy(record -> assertThat(record.header("traceparent"))
                .as("the incoming trace reaches " + record.topic()).contains(trace.id()));
    }

    @Test
    void theOfficesForwardCarriesItsTraceAndARefusedArchivingIsAuditedAsRefused() throws Exception {
        String id = received().reportId();
        Trace trace = Trace.random();
        String body = """
                {"units": [{"unit": "health", "role": "LEAD", "deadline": "%s"}], "comment": "请研究办理"}"""
                .formatted(LeadershipIT.NEXT_MONTH);

        assertThat(send(post("/api/leadership/reports/" + id + "/forward", TestTokens.office(), body)
                .header("traceparent", trace.parent())).statusCode()).isEqualTo(200);
        assertThat(send(post("/api/leadership/reports/" + id + "/archive", TestTokens.office(),
                "{\"reason\": \"无需办理\"}")).statusCode()).isEqualTo(409);

        List<TopicRecorder.Recorded> published = await().atMost(PATIENCE).until(() -> topics.withKey(id),
                records -> records.size() == 2);
        assertThat(published).allSatisfy(record -> assertThat(record.header("traceparent")).contains(trace.id()));
        JsonNode forward = only(audit("?object=" + id + "&outcome=ALLOWED"));
        assertThat(forward.path("action").asString()).isEqualTo("POST /api/leadership/reports/{id}/forward");
        assertThat(forward.path("principal").asString()).isEqualTo("office");
        assertThat(forward.path("status").asInt()).isEqualTo(200);
        assertThat(forward.path("traceId").asString()).isEqualTo(trace.id());
        JsonNode archive = only(audit("?object=" + id + "&outcome=REFUSED"));
        assertThat(archive.path("action").asString()).isEqualTo("POST /api/leadership/reports/{id}/archive");
        assertThat(archive.path("status").asInt()).isEqualTo(409);
    }

    @Test
    void aReleaseIsAuditedWithTheReportAsItsObjectAndADeniedOneToo() throws Exception {
        String id = received().reportId();
        JsonNode item = JSON.readTree(send(post("/api/leadership/reports/" + id + "/instructions",
                TestTokens.leader("county-head"), LeadershipIT.instruction("LEAD"))).body());
        String release = "/api/leadership/reports/" + id + "/instructions/"
                + item.path("instructions").get(0).path("instructionId").asString() + "/release";
        Trace trace = Trace.random();

        assertThat(send(post(release, TestTokens.leader("county-head"), "")).statusCode()).isEqualTo(403);
        assertThat(send(post(release, TestTokens.leadersOffice(), "").header("traceparent", trace.parent()))
                .statusCode()).isEqualTo(200);

        JsonNode released = only(audit("?principal=leader&object=" + id));
        assertThat(released.path("action").asString())
                .isEqualTo("POST /api/leadership/reports/{id}/instructions/{instructionId}/release");
        assertThat(released.path("role").asString()).isEqualTo("LEADERS_OFFICE");
        assertThat(released.path("outcome").asString()).isEqualTo("ALLOWED");
        assertThat(released.path("traceId").asString()).isEqualTo(trace.id());
        JsonNode denied = only(audit("?object=" + id + "&outcome=DENIED"));
        assertThat(denied.path("principal").asString()).isEqualTo("leader-county-head");
        assertThat(denied.path("status").asInt()).isEqualTo(403);
        assertThat(denied.path("action").asString())
                .isEqualTo("POST /api/leadership/reports/{id}/instructions/{instructionId}/release");
        List<TopicRecorder.Recorded> published = await().atMost(PATIENCE).until(() -> topics.withKey(id),
                records -> records.size() == 3);
        assertThat(published).filteredOn(r -> "minyi.leadership.InstructionReleased.v1".equals(r.header("ce_type")))
                .singleElement().satisfies(r -> assertThat(r.header("traceparent")).contains(trace.id()));
    }

    @Test
    void deniedAttemptsAreAuditedToo() throws Exception {
        String id = received().reportId();
        String unknown = UUID.randomUUID().toString();

        assertThat(send(get("/api/leadership/reports/" + unknown, TestTokens.leader("county-head"))).statusCode()).isEqualTo(404);
        assertThat(send(post("/api/leadership/reports/" + id + "/instructions", TestTokens.office(),
                LeadershipIT.instruction("LEAD"))).statusCode()).isEqualTo(403);
        assertThat(send(get("/api/leadership/reports/" + id, TestTokens.unit("finance"))).statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(uri("/api/leadership/reports/" + id + "/archive"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"x\"}"))).statusCode()).isEqualTo(401);
        assertThat(send(post("/api/leadership/reports/" + id + "/forward",
                TestTokens.expired("office", "OFFICE"), "{}")).statusCode()).isEqualTo(401);

        JsonNode notFound = only(audit("?principal=leader-county-head&object=" + unknown));
        assertThat(notFound.path("outcome").asString()).isEqualTo("DENIED");
        assertThat(notFound.path("status").asInt()).isEqualTo(404);
        assertThat(notFound.path("action").asString()).isEqualTo("GET /api/leadership/reports/{id}");
        JsonNode wrongRole = only(audit("?principal=office&object=" + id));
        assertThat(wrongRole.path("outcome").asString()).isEqualTo("DENIED");
        assertThat(wrongRole.path("status").asInt()).isEqualTo(403);
        assertThat(wrongRole.path("role").asString()).isEqualTo("OFFICE");
        assertThat(wrongRole.path("action").asString()).as("denied before any controller, still with its route")
                .isEqualTo("POST /api/leadership/reports/{id}/instructions");
        assertThat(only(audit("?principal=unit-finance&object=" + id)).path("action").asString())
                .isEqualTo("GET /api/leadership/reports/{id}");
        JsonNode anonymous = await().atMost(PATIENCE).until(() -> audit("?principal=anonymous&object=" + id),
                page -> page.path("total").asLong() == 2);
        assertThat(anonymous.path("items").valueStream().map(entry -> entry.path("action").asString()))
                .containsExactlyInAnyOrder("POST /api/leadership/reports/{id}/archive",
                        "POST /api/leadership/reports/{id}/forward");
        assertThat(anonymous.path("items")).allSatisfy(entry -> {
            assertThat(entry.path("outcome").asString()).isEqualTo("DENIED");
            assertThat(entry.path("status").asInt()).isEqualTo(401);
        });
    }

    @Test
    void onlyTheOfficeReadsTheAuditTrailAPageAtATime() throws Exception {
        assertThat(send(get("/api/audit", TestTokens.leader("county-head"))).statusCode()).isEqualTo(403);
        assertThat(send(get("/api/audit", TestTokens.viewer())).statusCode()).isEqualTo(403);
        assertThat(send(get("/api/audit", TestTokens.unit("finance"))).statusCode()).isEqualTo(403);
        assertThat(send(get("/api/audit", null)).statusCode()).isEqualTo(401);
        HttpResponse<String> office = send(get("/api/audit?size=1000", TestTokens.office()));
        assertThat(office.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(office.body()).path("size").asInt()).isEqualTo(100);
    }

    @Test
    void theConsumersContinueTheTraceThatTheirRecordsCarry() throws Exception {
        Trace sending = Trace.random();
        ReportSentToLeaders sent = LeadershipIT.sentToLeaders(false);
        announce(sent, ReportSentToLeaders.TYPE, "/minyi/committee-review", sending);
        await().atMost(PATIENCE).until(() ->
                send(get("/api/leadership/reports/" + sent.reportId(), TestTokens.leader("county-head"))).statusCode() == 200);

        Trace handling = Trace.random();
        announce(new ReportStatusChanged(UUID.randomUUID(), sent.reportId(), sent.trackingNumber(),
                ReportStatus.IN_HANDLING, ReportStatus.INSTRUCTED, 7, Instant.now(), "chengguan", "economy",
                Category.HARD_PROBLEM, "SYSTEM"), ReportStatusChanged.TYPE, "/minyi/follow-up", handling);

        SpanData received = consumerSpan(sending);
        assertThat(received.getName()).contains(ReviewTopics.REVIEW_EVENTS);
        SpanData followed = consumerSpan(handling);
        assertThat(followed.getName()).contains(ReportStatusTopic.NAME);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(JSON.readTree(
                send(get("/api/leadership/reports/" + sent.reportId(), TestTokens.leader("county-head"))).body())
                .path("sequence").asLong()).isEqualTo(7));
    }

    @Test
    void theApiIsDescribedInChineseAndEnglishWithItsBearerScheme() throws Exception {
        HttpResponse<String> docs = send(HttpRequest.newBuilder(uri("/v3/api-docs")));
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = JSON.readTree(docs.body());
        assertThat(api.path("info").path("title").asString()).contains("领导批示").contains("leadership-instruction");
        assertThat(api.path("paths").propertyNames()).contains("/api/leadership/inbox", "/api/leadership/reports/{id}",
                "/api/leadership/reports/{id}/instructions",
                "/api/leadership/reports/{id}/instructions/{instructionId}/release",
                "/api/leadership/reports/{id}/forward", "/api/leadership/reports/{id}/archive", "/api/audit");
        assertThat(api.path("components").path("securitySchemes").has("bearer")).isTrue();
    }

    @Test
    void healthCountsTheDeadLettersAndStaysUp() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        kafka.send(new ProducerRecord<>(ReviewTopics.REVIEW_EVENTS, key, "{}".getBytes(StandardCharsets.UTF_8))).get();
        await().atMost(PATIENCE).until(() -> topics.withKey(key).stream().anyMatch(r -> r.topic().equals(DEAD_LETTERS)));

        JsonNode health = JSON.readTree(send(HttpRequest.newBuilder(uri("/actuator/health"))).body());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        JsonNode deadLetters = health.path("components").path("deadLetters");
        assertThat(deadLetters.path("status").asString()).isEqualTo("UP");
        assertThat(deadLetters.path("details").path("topic").asString()).isEqualTo(DEAD_LETTERS);
        assertThat(deadLetters.path("details").path("deadLetteredSinceStart").asLong()).isPositive();
    }

    /** The span in which a consumer handled the record that carried {@code trace}. */
    private SpanData consumerSpan(Trace trace) {
        return await().atMost(PATIENCE).until(() -> spans.all().stream()
                .filter(span -> span.getKind() == SpanKind.CONSUMER && span.getTraceId().equals(trace.id()))
                .toList(), found -> found.size() == 1).get(0);
    }

    private ReportSentToLeaders received() throws Exception {
        ReportSentToLeaders sent = LeadershipIT.sentToLeaders(false);
        announce(sent, ReportSentToLeaders.TYPE, "/minyi/committee-review", null);
        await().atMost(PATIENCE).until(() ->
                send(get("/api/leadership/reports/" + sent.reportId(), TestTokens.leader("county-head"))).statusCode() == 200);
        return sent;
    }

    private <E extends ReportEvent> void announce(E event, EventType<E> type, String source, Trace trace)
            throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.reportId(),
                EventJson.write(event));
        EventEnvelope.of(event, type, URI.create(source), "test", null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        if (trace != null) {
            record.headers().add(new RecordHeader("traceparent", trace.parent().getBytes(StandardCharsets.UTF_8)));
        }
        kafka.send(record).get();
    }

    private JsonNode audit(String query) throws Exception {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> JSON.readTree(send(get("/api/audit" + query, TestTokens.office())).body()),
                page -> page.path("total").asLong() > 0);
    }

    private static JsonNode only(JsonNode page) {
        assertThat(page.path("items").size()).isEqualTo(1);
        return page.path("items").get(0);
    }

    private HttpRequest.Builder get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private HttpRequest.Builder post(String path, String token, String body) {
        return HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A W3C trace a caller started: its trace id and the {@code traceparent} naming the caller's span. */
    record Trace(String id, String parent) {

        static Trace random() {
            Random random = new Random();
            byte[] traceId = new byte[16];
            byte[] spanId = new byte[8];
            random.nextBytes(traceId);
            random.nextBytes(spanId);
            String id = HexFormat.of().formatHex(traceId);
            return new Trace(id, "00-" + id + "-" + HexFormat.of().formatHex(spanId) + "-01");
        }
    }

    /** Keeps every span the service finishes, in place of an OTLP collector. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FinishedSpans {

        private final List<SpanData> finished = new CopyOnWriteArrayList<>();

        @Bean
        SpanExporter keepingSpanExporter() {
            return new SpanExporter() {
                @Override
                public CompletableResultCode export(Collection<SpanData> spans) {
                    finished.addAll(spans);
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode flush() {
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode shutdown() {
                    return CompletableResultCode.ofSuccess();
                }
            };
        }

        List<SpanData> all() {
            return List.copyOf(finished);
        }
    }
}
