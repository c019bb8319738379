package org.minyi.followup;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minyi.events.followup.FollowUpTopics;
import org.minyi.events.followup.ReportHandled;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.ReportSubmitted;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every decision and every denied attempt leaves an audit entry the office can read; the trace of the
 * record or request that caused a step travels with every event the step publishes; the API is described
 * at /v3/api-docs; health shows the dead letters.
 */
class AuditAndTracingIT extends IntegrationSupport {

    @Test
    void anInstructionsTraceTravelsWithTheStatusChangeAndTheNotificationsItCauses() throws Exception {
        String id = UUID.randomUUID().toString();
        String traceId = newTraceId();
        announce(instruction(id, 6, List.of(new AssignedUnit("water", AssignedUnit.Role.LEAD, daysFromToday(30)))),
                InstructionIssued.TYPE, "/minyi/leadership-instruction", Map.of("traceparent", traceparent(traceId)));

        statusEvent(id, "IN_HANDLING");
        assertThat(recorded(id, ReportStatusTopic.NAME, "IN_HANDLING").header("traceparent")).contains(traceId);
        await().atMost(WAIT).until(() -> !notifications(id, "TASK_ASSIGNED").isEmpty());
        assertThat(records(id, FollowUpTopics.NOTIFICATIONS))
                .allSatisfy(r -> assertThat(r.header("traceparent")).contains(traceId));
    }

    @Test
    void aStatusChangesTraceTravelsWithTheNoticeToTheAuthors() throws Exception {
        String id = UUID.randomUUID().toString();
        String tracking = "SQ-2026-" + String.format("%06d", new Random().nextInt(999_999) + 1);
        SubmittedReport report = new SubmittedReport("关于河口镇渡口安全的建议", Category.EMERGING_RISK, "transport",
                "渡口护栏破损……", null, "建议尽快修复……", "hekou", null, List.of("m0011"), null, null, false, null);
        announce(new ReportSubmitted(UUID.randomUUID(), id, 1, Instant.now(), tracking, 1, "member-m0011", report),
                ReportSubmitted.TYPE, "/minyi/intake");
        // the journey knows the authors first, so that the one notice is the status change's
        await().atMost(WAIT).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(id).and("authors.0")
                .exists(true)), "journeys"));
        String traceId = newTraceId();
        announce(new ReportStatusChanged(UUID.randomUUID(), id, tracking, ReportStatus.ROUTED, ReportStatus.SUBMITTED,
                        2, Instant.now(), "hekou", "economy", Category.EMERGING_RISK, "SYSTEM"),
                ReportStatusChanged.TYPE, "/minyi/routing", Map.of("traceparent", traceparent(traceId)));

        await().atMost(WAIT).until(() -> !notifications(id, "STATUS_CHANGED").isEmpty());
        assertThat(records(id, FollowUpTopics.NOTIFICATIONS))
                .allSatisfy(r -> assertThat(r.header("traceparent")).contains(traceId));
    }

    @Test
    void aFeedbackIsAuditedWithItsPrincipalTaskAndTraceAndTheTraceTravelsWithItsEvents() throws Exception {
        String id = UUID.randomUUID().toString();
        announce(instruction(id, 6, List.of(new AssignedUnit("forestry", AssignedUnit.Role.LEAD, daysFromToday(30)))),
                InstructionIssued.TYPE);
        String taskId = taskId(id, "forestry");
        String traceId = newTraceId();

        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri("/api/handling/tasks/" + taskId + "/feedback"))
                .header("Authorization", "Bearer " + TestTokens.unit("forestry"))
                .header("Content-Type", "application/json")
                .header("traceparent", traceparent(traceId))
                .POST(HttpRequest.BodyPublishers.ofString("{\"result\": \"A\", \"text\": \"林区防火通道已修通\"}",
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);

        JsonNode entry = only(audit("?object=" + taskId));
        assertThat(entry.path("principal").asString()).isEqualTo("unit-forestry");
        assertThat(entry.path("role").asString()).isEqualTo("UNIT");
        assertThat(entry.path("action").asString()).isEqualTo("POST /api/handling/tasks/{id}/feedback");
        assertThat(entry.path("outcome").asString()).isEqualTo("ALLOWED");
        assertThat(entry.path("status").asInt()).isEqualTo(200);
        assertThat(entry.path("traceId").asString()).isEqualTo(traceId);
        assertThat(entry.toString()).as("no feedback text in the audit trail").doesNotContain("防火通道");

        statusEvent(id, "HANDLED");
        assertThat(recorded(id, ReportStatusTopic.NAME, "HANDLED").header("traceparent")).contains(traceId);
        await().atMost(WAIT).until(() -> !handlingEvents(id, ReportHandled.TYPE).isEmpty());
        assertThat(handlingEvents(id, ReportHandled.TYPE).get(0).header("traceparent")).contains(traceId);
    }

    @Test
    void deniedAttemptsAreAuditedToo() throws Exception {
        String id = UUID.randomUUID().toString();
        announce(instruction(id, 6, List.of(new AssignedUnit("justice", AssignedUnit.Role.LEAD, daysFromToday(30)))),
                InstructionIssued.TYPE);
        await().atMost(WAIT).until(() -> get("/api/handling/reports/" + id, TestTokens.office()).statusCode() == 200);

        // another township's station, a role that may not close, no token, an expired token
        assertThat(get("/api/handling/reports/" + id, TestTokens.station("nanhu")).statusCode()).isEqualTo(404);
        assertThat(post("/api/handling/reports/" + id + "/close", TestTokens.unit("justice"), "").statusCode())
                .isEqualTo(403);
        assertThat(post("/api/handling/reports/" + id + "/urge", null, "").statusCode()).isEqualTo(401);
        assertThat(post("/api/handling/reports/" + id + "/close", TestTokens.expired("office", "OFFICE"), "")
                .statusCode()).isEqualTo(401);

        JsonNode invisible = only(audit("?principal=station-nanhu&object=" + id));
        assertThat(invisible.path("outcome").asString()).isEqualTo("DENIED");
        assertThat(invisible.path("status").asInt()).isEqualTo(404);
        assertThat(invisible.path("action").asString()).isEqualTo("GET /api/handling/reports/{id}");
        JsonNode forbidden = only(audit("?principal=unit-justice&object=" + id));
        assertThat(forbidden.path("outcome").asString()).isEqualTo("DENIED");
        assertThat(forbidden.path("status").asInt()).isEqualTo(403);
        // refused before a controller saw them, they are still named by their route and object
        await().atMost(WAIT).untilAsserted(() -> assertThat(elements(json(get(
                "/api/audit?principal=anonymous&outcome=DENIED&object=" + id, TestTokens.office())).path("items")))
                .extracting(e -> e.path("action").asString())
                .contains("POST /api/handling/reports/{id}/urge", "POST /api/handling/reports/{id}/close"));
    }

    @Test
    void onlyTheOfficeReadsTheAuditTrail() throws Exception {
        assertThat(get("/api/audit", TestTokens.unit("forestry")).statusCode()).isEqualTo(403);
        assertThat(get("/api/audit", TestTokens.member("m0004")).statusCode()).isEqualTo(403);
        assertThat(get("/api/audit", TestTokens.viewer()).statusCode()).isEqualTo(403);
        assertThat(get("/api/audit", null).statusCode()).isEqualTo(401);
        HttpResponse<String> office = get("/api/audit?size=1000", TestTokens.office());
        assertThat(office.statusCode()).isEqualTo(200);
        assertThat(json(office).path("size").asInt()).isEqualTo(100);
    }

    @Test
    void theApiIsDescribedWithItsBearerScheme() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = JSON.readTree(docs.body());
        assertThat(api.path("info").path("title").asString()).contains("办理跟踪").contains("follow-up");
        assertThat(api.path("paths").propertyNames()).contains("/api/handling/tasks", "/api/handling/overdue",
                "/api/handling/tasks/{id}", "/api/handling/tasks/{id}/sheet",
                "/api/handling/reports/{id}", "/api/handling/tasks/{id}/progress", "/api/handling/tasks/{id}/feedback",
                "/api/handling/reports/{id}/satisfaction", "/api/handling/reports/{id}/urge",
                "/api/handling/reports/{id}/close", "/api/notifications", "/api/notifications/{id}/read",
                "/api/notifications/read-all", "/api/audit");
        assertThat(api.path("components").path("securitySchemes").has("bearer")).isTrue();
        assertThat(docs.body()).as("the token is a header, not a parameter").doesNotContain("\"name\":\"jwt\"");
    }

    @Test
    void healthShowsTheDeadLetters() throws Exception {
        JsonNode health = json(get("/actuator/health", null));
        JsonNode deadLetters = health.path("components").path("deadLetters");
        assertThat(deadLetters.path("status").asString()).isEqualTo("UP");
        assertThat(deadLetters.path("details").path("topic").asString()).isEqualTo("follow-up.dlt");
        assertThat(deadLetters.path("details").has("deadLetteredSinceStart")).isTrue();
    }

    private JsonNode audit(String query) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> json(get("/api/audit" + query, TestTokens.office())),
                page -> page.path("total").asLong() > 0);
    }

    private static JsonNode only(JsonNode page) {
        assertThat(page.path("items").size()).isEqualTo(1);
        return page.path("items").get(0);
    }

    private static List<TopicRecorder.Recorded> records(String reportId, String topic) {
        return topics.withKey(reportId).stream().filter(r -> r.topic().equals(topic)).toList();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String newTraceId() {
        byte[] bytes = new byte[16];
        new Random().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String traceparent(String traceId) {
        byte[] span = new byte[8];
        new Random().nextBytes(span);
        return "00-" + traceId + "-" + HexFormat.of().formatHex(span) + "-01";
    }
}
