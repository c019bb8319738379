package org.minyi.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.intake.Category;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every decision and every denied attempt leaves an audit entry the office can read; a status event's
 * trace reaches the report's projection, so one trace runs from {@code POST /api/reports} to the board;
 * the API is described at /v3/api-docs; health shows the dead letters. Shares its Spring context (same
 * properties and annotations) with {@link HostileInputIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=dashboard_security_it",
        "minyi.kafka.group=dashboard-security-it"})
@MinyiIntegrationTest
@AutoConfigureTracing
@AutoConfigureMetrics
class AuditAndTracingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final int YEAR = 2091;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void aDecisionIsAuditedWithItsPrincipalObjectTraceAndCorrelationButNotItsBody() throws Exception {
        String traceId = hex(16);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/dashboard/points-table/" + YEAR))
                .header("Authorization", "Bearer " + TestTokens.office())
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .header("X-Correlation-Id", "corr-" + YEAR)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"countyAdoption\": 2.75}")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

        JsonNode entry = only(audit("?object=" + YEAR + "&principal=office&outcome=ALLOWED"));
        assertThat(entry.path("role").asString()).isEqualTo("OFFICE");
        assertThat(entry.path("action").asString()).isEqualTo("PUT /api/dashboard/points-table/{year}");
        assertThat(entry.path("status").asInt()).isEqualTo(200);
        assertThat(entry.path("traceId").asString()).isEqualTo(traceId);
        assertThat(entry.path("correlationId").asString()).isEqualTo("corr-" + YEAR);
        assertThat(entry.toString()).as("no body in the audit trail").doesNotContain("2.75", "countyAdoption");

        HttpResponse<String> refused = send(put("/api/dashboard/targets/" + YEAR, TestTokens.office(),
                "{\"stations\": {\"atlantis\": 1}}"));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode refusal = only(audit("?object=" + YEAR + "&outcome=REFUSED"));
        assertThat(refusal.path("action").asString()).isEqualTo("PUT /api/dashboard/targets/{year}");
        assertThat(refusal.path("status").asInt()).isEqualTo(400);
        assertThat(refusal.toString()).doesNotContain("atlantis");
    }

    @Test
    void deniedAttemptsAreAuditedToo() throws Exception {
        String year = String.valueOf(YEAR + 4);
        assertThat(send(put("/api/dashboard/targets/" + year, TestTokens.viewer(), "{}")).statusCode()).isEqualTo(403);
        assertThat(send(get("/api/dashboard/summary", TestTokens.station("chengguan"))).statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(uri("/api/dashboard/replay"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(401);
        assertThat(send(get("/api/dashboard/summary", TestTokens.expired("viewer", "VIEWER"))).statusCode())
                .isEqualTo(401);

        JsonNode viewer = only(audit("?principal=viewer&outcome=DENIED&object=" + year));
        assertThat(viewer.path("action").asString()).as("named by its route, though refused before the controller")
                .isEqualTo("PUT /api/dashboard/targets/{year}");
        assertThat(viewer.path("status").asInt()).isEqualTo(403);
        assertThat(viewer.path("role").asString()).isEqualTo("VIEWER");
        JsonNode station = audit("?principal=station-chengguan&outcome=DENIED");
        assertThat(station.path("items").toString()).contains("GET /api/dashboard/summary");
        JsonNode anonymous = audit("?principal=anonymous&outcome=DENIED&size=100");
        assertThat(anonymous.path("items").toString()).contains("POST /api/dashboard/replay")
                .contains("GET /api/dashboard/summary");
        assertThat(send(get("/api/audit?outcome=ALLOWED&size=100", TestTokens.office())).body())
                .as("reading the board is no decision").doesNotContain("GET /api/dashboard/summary");
    }

    @Test
    void onlyTheOfficeReadsTheAuditTrail() throws Exception {
        assertThat(send(get("/api/audit", TestTokens.viewer())).statusCode()).isEqualTo(403);
        assertThat(send(get("/api/audit", TestTokens.leader("county-head"))).statusCode()).isEqualTo(403);
        assertThat(send(get("/api/audit", TestTokens.leadersOffice())).statusCode()).isEqualTo(403);
        assertThat(send(get("/api/audit", null)).statusCode()).isEqualTo(401);
        HttpResponse<String> office = send(get("/api/audit?size=1000", TestTokens.office()));
        assertThat(office.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(office.body()).path("size").asInt()).isEqualTo(100);
    }

    @Test
    void theProjectionKeepsTheTraceOfTheStatusEventThatSetItsCurrentStatus() throws Exception {
        String report = UUID.randomUUID().toString();
        String township = "trace-" + report.substring(0, 8);
        String submission = hex(16);
        announce(change(report, township, ReportStatus.SUBMITTED, null, 1), submission);
        JsonNode submitted = await().atMost(PATIENCE).until(() -> item(township), i -> i != null);
        assertThat(submitted.path("traceId").asString()).isEqualTo(submission);

        String routing = hex(16);
        announce(change(report, township, ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2), routing);
        announce(change(report, township, ReportStatus.SUBMITTED, null, 1), hex(16));
        JsonNode routed = await().atMost(PATIENCE).until(() -> item(township),
                i -> i != null && i.path("status").asString().equals("ROUTED"));
        assertThat(routed.path("traceId").asString()).isEqualTo(routing);

        announceFlag(report, township, 2);
        JsonNode overdue = await().atMost(PATIENCE).until(() -> overdueItem(report), i -> i != null);
        assertThat(overdue.path("traceId").asString()).as("the overdue list serves the same projection")
                .isEqualTo(routing);

        announce(change(report, township, ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3), null);
        JsonNode underReview = await().atMost(PATIENCE).until(() -> item(township),
                i -> i != null && i.path("status").asString().equals("UNDER_REVIEW"));
        assertThat(underReview.path("traceId").isNull())
                .as("a change without a traceparent is given no trace (a replay gives the same answer)").isTrue();
    }

    @Test
    void theApiIsDescribedInChineseAndEnglishWithItsBearerScheme() throws Exception {
        HttpResponse<String> docs = send(HttpRequest.newBuilder(uri("/v3/api-docs")));
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = JSON.readTree(docs.body());
        assertThat(api.path("info").path("title").asString()).contains("看板", "dashboard");
        assertThat(api.path("paths").propertyNames()).contains("/api/dashboard/summary", "/api/dashboard/reports",
                "/api/dashboard/overdue", "/api/dashboard/stream", "/api/dashboard/recent",
                "/api/dashboard/duties/{year}", "/api/dashboard/targets/{year}", "/api/dashboard/points/{year}",
                "/api/dashboard/points-table/{year}", "/api/dashboard/commendations/{year}",
                "/api/dashboard/replay", "/api/audit");
        assertThat(api.path("components").path("securitySchemes").has("bearer")).isTrue();
    }

    @Test
    void healthShowsTheDeadLetters() throws Exception {
        JsonNode health = JSON.readTree(send(HttpRequest.newBuilder(uri("/actuator/health"))).body());
        JsonNode deadLetters = health.path("components").path("deadLetters");
        assertThat(deadLetters.path("status").asString()).isEqualTo("UP");
        assertThat(deadLetters.path("details").path("topic").asString()).isEqualTo("dashboard.dlt");
        assertThat(deadLetters.path("details").has("deadLetteredSinceStart")).isTrue();
        assertThat(health.path("components").path("mongo").path("status").asString()).isEqualTo("UP");
    }

    private JsonNode item(String township) throws Exception {
        JsonNode items = JSON.readTree(send(get("/api/dashboard/reports?township=" + township, TestTokens.viewer()))
                .body()).path("items");
        return items.isEmpty() ? null : items.get(0);
    }

    private JsonNode overdueItem(String report) throws Exception {
        for (JsonNode item : JSON.readTree(send(get("/api/dashboard/overdue?size=100", TestTokens.viewer())).body())
                .path("items")) {
            if (item.path("reportId").asString().equals(report)) {
                return item;
            }
        }
        return null;
    }

    private static ReportStatusChanged change(String report, String township, ReportStatus status,
                                              ReportStatus previous, long sequence) {
        return new ReportStatusChanged(UUID.randomUUID(), report, "SQ-2091-000001", status, previous, sequence,
                Instant.parse("2091-03-15T08:30:00Z").plusSeconds(60 * sequence), township, "economy",
                Category.HARD_PROBLEM, "SYSTEM");
    }

    /** Publishes {@code event} as routing would, carrying {@code traceId} as its W3C traceparent when given. */
    private void announce(ReportStatusChanged event, String traceId) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ReportStatusTopic.NAME, event.reportId(),
                EventJson.write(event));
        EventEnvelope.of(event, ReportStatusChanged.TYPE, URI.create("/minyi/routing"), "test", null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        if (traceId != null) {
            record.headers().add(new RecordHeader("traceparent",
                    ("00-" + traceId + "-" + hex(8) + "-01").getBytes(StandardCharsets.US_ASCII)));
        }
        kafka.send(record).get();
    }

    private void announceFlag(String report, String township, long sequence) throws Exception {
        ReportFlagged flag = new ReportFlagged(UUID.randomUUID(), report, "SQ-2091-000001", ReportFlagged.Flag.OVERDUE,
                sequence, Instant.parse("2091-05-16T00:00:00Z"), township, "economy", Category.HARD_PROBLEM, "SYSTEM",
                "housing", null, null);
        new Announcer(kafka).announce(flag, ReportFlagged.TYPE, "follow-up");
    }

    private JsonNode audit(String query) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> JSON.readTree(send(get("/api/audit" + query, TestTokens.office())).body()),
                page -> page.path("total").asLong() > 0);
    }

    private static JsonNode only(JsonNode page) {
        assertThat(page.path("items").size()).as(page.toString()).isEqualTo(1);
        return page.path("items").get(0);
    }

    private HttpRequest.Builder get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private HttpRequest.Builder put(String path, String token, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        new Random().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
