package org.minyi.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every decision and every denied attempt leaves an audit entry the office can read; a request's trace
 * travels with the events it causes; the API is described at /v3/api-docs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=intake_audit_it")
@MinyiIntegrationTest
@AutoConfigureTracing
class AuditAndTracingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TopicRecorder statuses;

    @LocalServerPort
    int port;

    @BeforeAll
    static void record() {
        statuses = TopicRecorder.of(ReportStatusTopic.NAME);
    }

    @AfterAll
    static void stop() {
        statuses.close();
    }

    @Test
    void aSubmissionIsAuditedWithItsPrincipalObjectAndTraceAndTheTraceTravelsWithItsEvents() throws Exception {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/reports"))
                .header("Authorization", "Bearer " + TestTokens.station("chengguan"))
                .header("Content-Type", "application/json")
                .header("traceparent", traceparent)
                .POST(HttpRequest.BodyPublishers.ofString(IntakeIT.report("chengguan"), StandardCharsets.UTF_8)));
        assertThat(answer.statusCode()).isEqualTo(201);
        String id = JSON.readTree(answer.body()).path("id").asString();

        JsonNode entry = only(audit("?object=" + id));
        assertThat(entry.path("principal").asString()).isEqualTo("station-chengguan");
        assertThat(entry.path("role").asString()).isEqualTo("STATION");
        assertThat(entry.path("action").asString()).isEqualTo("POST /api/reports");
        assertThat(entry.path("outcome").asString()).isEqualTo("ALLOWED");
        assertThat(entry.path("status").asInt()).isEqualTo(201);
        assertThat(entry.path("traceId").asString()).isEqualTo(traceId);
        assertThat(entry.toString()).as("no report text in the audit trail").doesNotContain("寄递物流");

        await().atMost(Duration.ofSeconds(20)).until(() -> !statuses.withKey(id).isEmpty());
        assertThat(statuses.withKey(id).get(0).header("traceparent")).contains(traceId);
    }

    @Test
    void deniedAttemptsAreAuditedToo() throws Exception {
        String other = JSON.readTree(send(HttpRequest.newBuilder(uri("/api/reports"))
                .header("Authorization", "Bearer " + TestTokens.station("xishan"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(IntakeIT.report("xishan"), StandardCharsets.UTF_8))).body())
                .path("id").asString();

        assertThat(send(get("/api/reports/" + other, TestTokens.station("nanhu"))).statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri("/api/reports/" + other + "/withdraw"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/api/reports"))
                .header("Authorization", "Bearer " + TestTokens.expired("station-nanhu", "STATION"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(401);

        JsonNode invisible = only(audit("?principal=station-nanhu&object=" + other));
        assertThat(invisible.path("outcome").asString()).isEqualTo("DENIED");
        assertThat(invisible.path("status").asInt()).isEqualTo(404);
        JsonNode anonymous = JSON.readTree(send(get("/api/audit?principal=anonymous&outcome=DENIED&size=100",
                TestTokens.office())).body());
        assertThat(anonymous.path("items").toString()).contains("/withdraw").contains("POST /api/reports");
    }

    @Test
    void onlyTheOfficeReadsTheAuditTrail() throws Exception {
        assertThat(send(get("/api/audit", TestTokens.station("chengguan"))).statusCode()).isEqualTo(403);
        assertThat(send(get("/api/audit", TestTokens.reviewer("economy"))).statusCode()).isEqualTo(403);
        HttpResponse<String> office = send(get("/api/audit?size=1000", TestTokens.office()));
        assertThat(office.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(office.body()).path("size").asInt()).isEqualTo(100);
    }

    @Test
    void aPageFarPastTheEndIsEmptyNotAnError() throws Exception {
        HttpResponse<String> reports = send(get("/api/reports?page=2147483647&size=100", TestTokens.office()));
        assertThat(reports.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(reports.body()).path("items").size()).isZero();
        HttpResponse<String> audit = send(get("/api/audit?page=2147483647&size=100", TestTokens.office()));
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(audit.body()).path("items").size()).isZero();
    }

    @Test
    void theApiIsDescribedWithItsBearerScheme() throws Exception {
        HttpResponse<String> docs = send(HttpRequest.newBuilder(uri("/v3/api-docs")));
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = JSON.readTree(docs.body());
        assertThat(api.path("paths").has("/api/reports")).isTrue();
        assertThat(api.path("paths").has("/api/reports/{id}/timeline")).isTrue();
        assertThat(api.path("components").path("securitySchemes").has("bearer")).isTrue();
    }

    @Test
    void healthShowsTheDeadLetters() throws Exception {
        JsonNode health = JSON.readTree(send(HttpRequest.newBuilder(uri("/actuator/health"))).body());
        assertThat(health.path("components").path("deadLetters").path("details").path("topic").asString())
                .isEqualTo("intake.dlt");
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
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random().nextBytes(bytes);
        return bytes;
    }
}
