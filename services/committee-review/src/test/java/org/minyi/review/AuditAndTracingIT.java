package org.minyi.review;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import org.minyi.events.EventEnvelope;
import org.minyi.events.review.ReportAdopted;
import org.minyi.events.routing.ReportRouted;
import org.minyi.events.routing.RoutingTopics;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every decision and every denied attempt leaves an audit entry the office can read; a request's trace
 * travels with the events it causes and a consumed event's trace is continued; the API is described at
 * /v3/api-docs; dead letters show in health.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=review_it", "minyi.review.pending-sweep-every=300ms", "minyi.review.pending-age=2s",
        "minyi.review.time-limit.check-every=300ms", "minyi.review.time-limit.committees.overseas=60"})
@MinyiIntegrationTest
@Import({ControllableClock.Configuration.class, RecordedSpans.Configuration.class})
@AutoConfigureMetrics
@AutoConfigureTracing
class AuditAndTracingIT extends ReviewServiceTestBase {

    private static final Random RANDOM = new Random();
    private static final String COMMENT = "论据充分，建议报送县政府参阅";

    @Autowired
    RecordedSpans spans;

    @Test
    void aDecisionIsAuditedWithItsPrincipalObjectAndTraceAndTheTraceTravelsWithItsEvents() throws Exception {
        String id = queued("economy");
        String reviewer = TestTokens.reviewer("economy");
        String claimTrace = traceId();
        HttpResponse<String> claim = send("POST", "/api/review/reports/" + id + "/claim", reviewer, null,
                Map.of("traceparent", traceparent(claimTrace, spanId())));
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(200);
        String adoptTrace = traceId();
        HttpResponse<String> adopt = send("POST", "/api/review/reports/" + id + "/decision", reviewer,
                "{\"decision\": \"ADOPT\", \"grade\": \"A\", \"comment\": \"" + COMMENT + "\"}",
                Map.of("traceparent", traceparent(adoptTrace, spanId()), "X-Correlation-Id", "audit-it-1"));
        assertThat(adopt.statusCode()).as(adopt.body()).isEqualTo(200);

        assertThat(awaitStatus(id, "UNDER_REVIEW").header("traceparent")).contains(claimTrace);
        assertThat(awaitStatus(id, "ADOPTED").header("traceparent")).contains(adoptTrace);
        assertThat(awaitRecord(id, ReportAdopted.TYPE).header("traceparent")).contains(adoptTrace);

        JsonNode entries = audit("?object=" + id + "&outcome=ALLOWED", 2).path("items");
        JsonNode decision = entries.get(0);
        assertThat(decision.path("action").asString()).isEqualTo("POST /api/review/reports/{id}/decision");
        assertThat(decision.path("principal").asString()).isEqualTo("reviewer-economy");
        assertThat(decision.path("role").asString()).isEqualTo("REVIEWER");
        assertThat(decision.path("object").asString()).isEqualTo(id);
        assertThat(decision.path("status").asInt()).isEqualTo(200);
        assertThat(decision.path("traceId").asString()).isEqualTo(adoptTrace);
        assertThat(decision.path("correlationId").asString()).isEqualTo("audit-it-1");
        assertThat(entries.get(1).path("action").asString()).isEqualTo("POST /api/review/reports/{id}/claim");
        assertThat(entries.get(1).path("traceId").asString()).isEqualTo(claimTrace);
        assertThat(entries.toString()).as("no report text, no comment, no token in the audit trail")
                .doesNotContain(COMMENT).doesNotContain(TITLE).doesNotContain(reviewer);
    }

    @Test
    void aConsumedEventIsHandledInTheTraceItCarries() throws Exception {
        String id = UUID.randomUUID().toString();
        String trace = traceId();
        String parent = spanId();
        publish(routed(id, "agriculture", 1, 2, false), ReportRouted.TYPE, "/minyi/routing",
                Map.of("traceparent", traceparent(trace, parent)));

        await().atMost(WAIT).until(() -> queueIds("agriculture", TestTokens.office()).contains(id));
        await().atMost(WAIT).until(() -> spans.consumers().stream().anyMatch(span ->
                span.getTraceId().equals(trace) && span.getParentSpanId().equals(parent)));
    }

    @Test
    void deniedAttemptsAreAuditedToo() throws Exception {
        String id = queued("economy");
        String decide = "/api/review/reports/" + id + "/decision";

        assertThat(get("/api/review/reports/" + id, TestTokens.reviewer("education")).statusCode()).isEqualTo(404);
        assertThat(get("/api/review/queues/economy", TestTokens.reviewer("education")).statusCode()).isEqualTo(404);
        assertThat(post("/api/review/reports/" + id + "/claim", LEADER, null).statusCode()).isEqualTo(403);
        assertThat(post(decide, null, "{\"decision\": \"ADOPT\", \"grade\": \"A\"}").statusCode()).isEqualTo(401);
        assertThat(post(decide, TestTokens.expired("reviewer-economy", "REVIEWER"),
                "{\"decision\": \"ADOPT\", \"grade\": \"A\"}").statusCode()).isEqualTo(401);
        assertThat(post(decide, TestTokens.tampered("reviewer-economy", "REVIEWER"),
                "{\"decision\": \"ADOPT\", \"grade\": \"A\"}").statusCode()).isEqualTo(401);

        JsonNode invisible = only(audit("?principal=reviewer-education&object=" + id, 1));
        assertThat(invisible.path("action").asString()).isEqualTo("GET /api/review/reports/{id}");
        assertThat(invisible.path("outcome").asString()).isEqualTo("DENIED");
        assertThat(invisible.path("status").asInt()).isEqualTo(404);
        JsonNode otherQueue = only(audit("?principal=reviewer-education&object=economy", 1));
        assertThat(otherQueue.path("action").asString()).isEqualTo("GET /api/review/queues/{committee}");
        JsonNode wrongRole = only(audit("?principal=leader-county-head&object=" + id, 1));
        assertThat(wrongRole.path("role").asString()).isEqualTo("LEADER");
        assertThat(wrongRole.path("outcome").asString()).isEqualTo("DENIED");
        assertThat(wrongRole.path("status").asInt()).isEqualTo(403);
        JsonNode anonymous = audit("?principal=anonymous&object=" + id, 3);
        assertThat(anonymous.path("items").findValuesAsString("action"))
                .containsOnly("POST /api/review/reports/{id}/decision").hasSize(3);
        assertThat(anonymous.path("items").findValues("status").stream().map(JsonNode::asInt)).containsOnly(401);
        assertThat(anonymous.path("items").findValuesAsString("outcome")).containsOnly("DENIED");
    }

    @Test
    void refusedDecisionsAreAuditedWithTheirStatus() throws Exception {
        String id = queued("education");
        String decide = "/api/review/reports/" + id + "/decision";
        String reviewer = TestTokens.reviewer("education");

        assertThat(post(decide, reviewer, "{\"decision\": \"ADOPT\", \"grade\": \"A\"}").statusCode()).isEqualTo(409);
        assertThat(post(decide, reviewer, "{\"decision\": \"MAYBE\"}").statusCode()).isEqualTo(400);
        assertThat(post(decide, reviewer, "{\"decision\": \"RETURN\", \"comment\": \"" + "长".repeat(30_000) + "\"}")
                .statusCode()).isEqualTo(413);

        JsonNode refused = audit("?object=" + id + "&outcome=REFUSED", 3);
        assertThat(refused.path("items").findValues("status").stream().map(JsonNode::asInt).toList())
                .containsExactlyInAnyOrder(409, 400, 413);
        assertThat(refused.path("items").findValuesAsString("principal")).containsOnly("reviewer-education");
    }

    @Test
    void onlyTheOfficeReadsTheAuditTrail() throws Exception {
        assertThat(get("/api/audit", TestTokens.reviewer("economy")).statusCode()).isEqualTo(403);
        assertThat(get("/api/audit", LEADER).statusCode()).isEqualTo(403);
        assertThat(get("/api/audit", TestTokens.viewer()).statusCode()).isEqualTo(403);
        assertThat(get("/api/audit", null).statusCode()).isEqualTo(401);
        HttpResponse<String> office = get("/api/audit?size=1000", TestTokens.office());
        assertThat(office.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(office.body()).path("size").asInt()).isEqualTo(100);
        assertThat(fields(get("/api/audit?outcome=MAYBE", TestTokens.office()))).containsExactly("outcome");
        assertThat(fields(get("/api/audit?from=yesterday", TestTokens.office()))).containsExactly("from");
        assertThat(fields(get("/api/audit?principal=" + "p".repeat(200), TestTokens.office())))
                .containsExactly("principal");
        assertThat(fields(get("/api/audit?who=office", TestTokens.office()))).containsExactly("who");
    }

    @Test
    void theApiIsDescribedWithItsBearerScheme() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = JSON.readTree(docs.body());
        assertThat(api.path("info").path("title").asString()).contains("专委会").contains("committee-review");
        JsonNode paths = api.path("paths");
        for (String path : List.of("/api/review/queues/{committee}", "/api/review/reports", "/api/review/reports/{id}",
                "/api/review/reports/{id}/claim", "/api/review/reports/{id}/decision",
                "/api/review/reports/{id}/send-to-leaders", "/api/review/reports/{id}/transfer",
                "/api/review/reports/{id}/upstream-adoptions",
                "/api/review/merges", "/api/review/decline-reasons", "/api/publications", "/api/publications/{id}",
                "/api/publications/{id}/issue", "/api/publications/{id}/document", "/api/audit")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(api.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
    }

    @Test
    void healthShowsTheDeadLetters() throws Exception {
        String id = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(RoutingTopics.ROUTING_EVENTS, id,
                "{\"eventId\": ".getBytes(StandardCharsets.UTF_8));
        EventEnvelope.of(routed(id, "economy", 1, 2, false), ReportRouted.TYPE, URI.create("/minyi/routing"), "test",
                null).toHeaders().forEach((name, value) -> poison.headers().add(new RecordHeader(name, value)));
        kafka.send(poison).get();
        await().atMost(WAIT).until(() -> topics.withKey(id).stream().anyMatch(r -> r.topic().equals(DEAD_LETTERS)));

        JsonNode health = JSON.readTree(get("/actuator/health", null).body());
        JsonNode deadLetters = health.path("components").path("deadLetters");
        assertThat(deadLetters.path("status").asString()).isEqualTo("UP");
        assertThat(deadLetters.path("details").path("topic").asString()).isEqualTo(DEAD_LETTERS);
        assertThat(deadLetters.path("details").path("deadLetteredSinceStart").asLong()).isPositive();
    }

    /** The office's view of the audit trail, once it holds at least {@code atLeast} matching entries. */
    private JsonNode audit(String query, int atLeast) {
        return await().atMost(WAIT).until(
                () -> JSON.readTree(get("/api/audit" + query, TestTokens.office()).body()),
                page -> page.path("total").asLong() >= atLeast);
    }

    private static JsonNode only(JsonNode page) {
        assertThat(page.path("items").size()).as(page.toString()).isEqualTo(1);
        return page.path("items").get(0);
    }

    private static String traceparent(String traceId, String spanId) {
        return "00-" + traceId + "-" + spanId + "-01";
    }

    private static String traceId() {
        return hex(16);
    }

    private static String spanId() {
        return hex(8);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
