package org.minyi.routing;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.IntakeTopics;
import org.minyi.events.routing.RoutingTopics;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every decision and every denied attempt leaves an audit entry the office can read; the trace of a
 * consumed submission, and of the office's request to re-route, travels with the events routing
 * publishes; the API is described at /v3/api-docs; health shows the dead letters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=routing_it")
@MinyiIntegrationTest
@AutoConfigureMetrics
@AutoConfigureTracing
class AuditAndTracingIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static TopicRecorder topics;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    private Traffic traffic;

    @BeforeAll
    static void record() {
        topics = TopicRecorder.of(RoutingTopics.ROUTING_EVENTS, ReportStatusTopic.NAME);
    }

    @AfterAll
    static void stop() {
        topics.close();
    }

    @BeforeEach
    void connect() {
        traffic = new Traffic(port);
    }

    @Test
    void aConsumedSubmissionsTraceTravelsWithTheEventsItsRoutingPublishes() throws Exception {
        String id = UUID.randomUUID().toString();
        String traceId = hex(16);

        kafka.send(Traffic.record(Traffic.submitted(id, Category.DAILY_LIFE, "education"),
                Map.of("traceparent", "00-" + traceId + "-" + hex(8) + "-01"))).get();

        await().atMost(WAIT).until(() -> on(ReportStatusTopic.NAME, id).size() == 1
                && on(RoutingTopics.ROUTING_EVENTS, id).size() == 1);
        assertThat(on(ReportStatusTopic.NAME, id).get(0).header("traceparent")).contains(traceId);
        assertThat(on(RoutingTopics.ROUTING_EVENTS, id).get(0).header("traceparent")).contains(traceId);

        // the rules' decision is an automatic step in the audit trail, with the consumed event's trace
        JsonNode step = only(audit("?object=" + id + "&principal=system", 1));
        assertThat(step.path("role").asString()).isEqualTo("SYSTEM");
        assertThat(step.path("action").asString()).startsWith("route to ").contains(" by rule ").endsWith("revision 1");
        assertThat(step.path("outcome").asString()).isEqualTo("ALLOWED");
        assertThat(step.path("status").asInt()).isZero();
        assertThat(step.path("traceId").asString()).isEqualTo(traceId);
    }

    @Test
    void aReRoutingIsAuditedWithItsPrincipalObjectAndTraceAndTheTraceTravelsWithItsEvents() throws Exception {
        String id = routed();
        String traceId = hex(16);

        HttpResponse<String> answer = traffic.send(HttpRequest.newBuilder(traffic.uri("/api/routing/reports/" + id
                        + "/reroute"))
                .header("Authorization", "Bearer " + TestTokens.office())
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"committee\": \"social-legal\", \"reason\": \"涉及养老机构安全监管\"}", StandardCharsets.UTF_8)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

        JsonNode entry = only(audit("?object=" + id + "&principal=office", 1));
        assertThat(entry.path("principal").asString()).isEqualTo("office");
        assertThat(entry.path("role").asString()).isEqualTo("OFFICE");
        assertThat(entry.path("action").asString()).isEqualTo("POST /api/routing/reports/{id}/reroute");
        assertThat(entry.path("outcome").asString()).isEqualTo("ALLOWED");
        assertThat(entry.path("status").asInt()).isEqualTo(200);
        assertThat(entry.path("traceId").asString()).isEqualTo(traceId);
        assertThat(entry.toString()).as("no reason or report text in the audit trail")
                .doesNotContain("养老机构").doesNotContain("运营经费");

        await().atMost(WAIT).until(() -> on(ReportStatusTopic.NAME, id).size() == 3
                && on(RoutingTopics.ROUTING_EVENTS, id).size() == 2);
        List<TopicRecorder.Recorded> byTheOffice = List.of(on(ReportStatusTopic.NAME, id).get(1),
                on(ReportStatusTopic.NAME, id).get(2), on(RoutingTopics.ROUTING_EVENTS, id).get(1));
        assertThat(byTheOffice).extracting(r -> r.header("ce_type")).containsExactly(
                "minyi.status.ReportFlagged.v1", "minyi.status.ReportStatusChanged.v1", "minyi.routing.ReportRouted.v1");
        assertThat(byTheOffice).allSatisfy(r -> assertThat(r.header("traceparent")).contains(traceId));
    }

    @Test
    void theOfficesOtherDecisionsAreAuditedWithWhatTheyConcern() throws Exception {
        JsonNode rules = traffic.json(traffic.get("/api/routing/rules", TestTokens.office()));
        HttpResponse<String> replaced = traffic.send("PUT", "/api/routing/rules", TestTokens.office(),
                "{\"basedOn\": " + rules.path("version").asInt() + ", \"rules\": "
                        + Traffic.JSON.writeValueAsString(rules.path("rules")) + "}");
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        int version = traffic.json(replaced).path("version").asInt();

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String code = "audit-" + hex(4);
        HttpResponse<String> topic = traffic.send("POST", "/api/topics", TestTokens.office(), """
                {"code": "%s", "title": "养老服务", "quarter": "%dQ%d", "committees": ["social-legal"],
                 "deadline": "%s"}""".formatted(code, today.getYear(), (today.getMonthValue() - 1) / 3 + 1,
                today.plusDays(10)));
        assertThat(topic.statusCode()).as(topic.body()).isEqualTo(201);

        JsonNode ruleEntry = only(audit("?object=rules/" + version, 1));
        assertThat(ruleEntry.path("action").asString()).isEqualTo("PUT /api/routing/rules");
        assertThat(ruleEntry.path("outcome").asString()).isEqualTo("ALLOWED");
        assertThat(ruleEntry.toString()).as("the rules themselves are not copied").doesNotContain("keywords");
        JsonNode topicEntry = only(audit("?object=" + code, 1));
        assertThat(topicEntry.path("action").asString()).isEqualTo("POST /api/topics");
        assertThat(topicEntry.path("status").asInt()).isEqualTo(201);
        assertThat(topicEntry.toString()).doesNotContain("养老服务");
    }

    @Test
    void deniedAndRefusedAttemptsAreAuditedToo() throws Exception {
        String id = routed();
        String reroute = "/api/routing/reports/" + id + "/reroute";
        String body = "{\"committee\": \"economy\", \"reason\": \"改派\"}";

        assertThat(traffic.send("POST", reroute, TestTokens.reviewer("education"), body).statusCode()).isEqualTo(403);
        assertThat(traffic.send("POST", reroute, null, body).statusCode()).isEqualTo(401);
        assertThat(traffic.send("POST", reroute, TestTokens.expired("office", "OFFICE"), body).statusCode())
                .isEqualTo(401);
        assertThat(traffic.send("POST", reroute, TestTokens.office(), "{\"committee\": \"astrology\", \"reason\": \"x\"}")
                .statusCode()).isEqualTo(400);
        assertThat(traffic.send("POST", reroute, TestTokens.office(),
                "{\"committee\": \"economy\", \"reason\": \"" + "长".repeat(30_000) + "\"}").statusCode()).isEqualTo(413);
        String unknown = UUID.randomUUID().toString();
        assertThat(traffic.get("/api/routing/reports/" + unknown, TestTokens.office()).statusCode()).isEqualTo(404);

        String action = "POST /api/routing/reports/{id}/reroute";
        JsonNode reviewer = only(audit("?principal=reviewer-education&outcome=DENIED", 1));
        assertThat(reviewer.path("status").asInt()).isEqualTo(403);
        assertThat(reviewer.path("role").asString()).isEqualTo("REVIEWER");
        assertThat(reviewer.path("action").asString()).as("refused before a controller, still named by its route")
                .isEqualTo(action);
        assertThat(reviewer.path("object").asString()).isEqualTo(id);
        JsonNode refused = audit("?principal=office&outcome=REFUSED&size=100", 2);
        assertThat(refused.path("items")).filteredOn(e -> id.equals(e.path("object").asString()))
                .allSatisfy(e -> assertThat(e.path("action").asString()).isEqualTo(action))
                .extracting(e -> e.path("status").asInt()).containsExactlyInAnyOrder(400, 413);
        JsonNode notFound = only(audit("?object=" + unknown, 1));
        assertThat(notFound.path("outcome").asString()).isEqualTo("DENIED");
        assertThat(notFound.path("action").asString()).isEqualTo("GET /api/routing/reports/{id}");
        JsonNode anonymous = audit("?principal=anonymous&outcome=DENIED&size=100", 2);
        assertThat(anonymous.path("items")).filteredOn(e -> id.equals(e.path("object").asString()))
                .hasSize(2).allSatisfy(e -> {
                    assertThat(e.path("action").asString()).isEqualTo(action);
                    assertThat(e.path("status").asInt()).isEqualTo(401);
                });
    }

    @Test
    void onlyTheOfficeReadsTheAuditTrail() throws Exception {
        for (String token : List.of(TestTokens.station("chengguan"), TestTokens.member("m0001"),
                TestTokens.reviewer("economy"), TestTokens.leader("county-head"), TestTokens.leadersOffice(), TestTokens.unit("education-bureau"),
                TestTokens.viewer())) {
            assertThat(traffic.get("/api/audit", token).statusCode()).isEqualTo(403);
        }
        assertThat(traffic.get("/api/audit", null).statusCode()).isEqualTo(401);
        HttpResponse<String> office = traffic.get("/api/audit?size=1000", TestTokens.office());
        assertThat(office.statusCode()).isEqualTo(200);
        assertThat(traffic.json(office).path("size").asInt()).isEqualTo(100);
    }

    @Test
    void theApiIsDescribedWithItsBearerScheme() throws Exception {
        HttpResponse<String> docs = traffic.get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = traffic.json(docs);
        assertThat(api.path("info").path("title").asString()).contains("分办").contains("routing");
        assertThat(api.path("paths").propertyNames()).contains("/api/routing/rules", "/api/routing/rules/versions",
                "/api/routing/rules/versions/{version}", "/api/routing/reports", "/api/routing/reports/{id}",
                "/api/routing/reports/{id}/reroute", "/api/topics", "/api/topics/{id}", "/api/topics/{id}/close",
                "/api/audit");
        assertThat(api.path("components").path("securitySchemes").has("bearer")).isTrue();
    }

    @Test
    void healthShowsTheDeadLetters() throws Exception {
        long before = deadLettered();
        ProducerRecord<String, byte[]> poison = Traffic.record(Traffic.submitted(UUID.randomUUID().toString(),
                Category.DAILY_LIFE, "education"), Map.of());
        kafka.send(new ProducerRecord<>(IntakeTopics.REPORT_EVENTS, null, poison.key(),
                "not JSON".getBytes(StandardCharsets.UTF_8), poison.headers())).get();

        await().atMost(WAIT).until(() -> deadLettered() == before + 1);
        JsonNode health = traffic.json(traffic.get("/actuator/health", null));
        assertThat(health.path("status").asString()).as("a dead letter needs an operator, not a restart")
                .isEqualTo("UP");
        assertThat(health.path("components").path("deadLetters").path("details").path("topic").asString())
                .isEqualTo("routing.dlt");
    }

    /** A report routing has routed (to education), ready to be re-routed. */
    private String routed() throws Exception {
        String id = UUID.randomUUID().toString();
        kafka.send(Traffic.record(Traffic.submitted(id, Category.DAILY_LIFE, "education"), Map.of())).get();
        // waits on the topic, not on GET, whose 404s before the case exists would be audited
        await().atMost(WAIT).until(() -> on(ReportStatusTopic.NAME, id).size() == 1);
        return id;
    }

    private long deadLettered() throws Exception {
        return traffic.json(traffic.get("/actuator/health", null)).path("components").path("deadLetters")
                .path("details").path("deadLetteredSinceStart").asLong();
    }

    /** The audit page for {@code query}, once it holds at least {@code expected} entries. */
    private JsonNode audit(String query, int expected) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> traffic.json(traffic.get("/api/audit" + query, TestTokens.office())),
                page -> page.path("total").asLong() >= expected);
    }

    private static JsonNode only(JsonNode page) {
        assertThat(page.path("items").size()).as(page.toString()).isEqualTo(1);
        return page.path("items").get(0);
    }

    private List<TopicRecorder.Recorded> on(String topic, String key) {
        return topics.withKey(key).stream().filter(r -> r.topic().equals(topic)).toList();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        new Random().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
