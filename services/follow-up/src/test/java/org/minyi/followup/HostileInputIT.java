package org.minyi.followup;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.testing.TestTokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every endpoint that takes a body or parameters, sent what an attacker or a broken client sends: unknown
 * fields and parameters (trying to set {@code status}, to name another recipient), MongoDB operators
 * ({@code {"$gt": ""}}, {@code unit[$ne]=}), wrong types, a property given twice, control characters, a
 * body over 64 KB (declared and chunked), huge pages. Each answer is a 4xx problem+json naming what is
 * wrong — never a 5xx — and nothing changes: no note, feedback, rating, urging, closing, read mark or event.
 */
class HostileInputIT extends IntegrationSupport {

    private static final String LEAD = "housing-construction";
    private static final String SUPPORT = "finance";
    /** Over 64 KB before its first field, so that even an endpoint that refuses any field must read past the limit. */
    private static final String OVERSIZE = "{" + " ".repeat(70_000) + "\"text\": \"" + "字".repeat(30_000) + "\"}";

    private String reportId;
    private String leadTask;

    @BeforeEach
    void aReportInHandling() throws Exception {
        reportId = UUID.randomUUID().toString();
        announce(instruction(reportId, 6, List.of(new AssignedUnit(LEAD, AssignedUnit.Role.LEAD, daysFromToday(30)),
                new AssignedUnit(SUPPORT, AssignedUnit.Role.SUPPORT, daysFromToday(30)))), InstructionIssued.TYPE);
        leadTask = taskId(reportId, LEAD);
        statusEvent(reportId, "IN_HANDLING");
        await().atMost(WAIT).until(() -> noticeOf(TestTokens.unit(LEAD)) != null);
    }

    @Test
    void progressRefusesEveryBadBody() throws Exception {
        String path = "/api/handling/tasks/" + leadTask + "/progress";
        String unit = TestTokens.unit(LEAD);
        refused(post(path, unit, "{\"text\": \"进展\", \"status\": \"FED_BACK\"}"), "status", "unknown_field");
        refused(post(path, unit, "{\"text\": {\"$gt\": \"\"}}"), "text", "operator");
        refused(post(path, unit, "{\"text\": [\"进展\"]}"), "text", "wrong_type");
        refused(post(path, unit, "{\"text\": \"进展\", \"text\": \"另一个\"}"), "text", "duplicate_field");
        refused(post(path, unit, "{\"text\": \"进展\\u0000\\u0007\"}"), "text", "control_character");
        refused(post(path, unit, "{\"text\": \"" + "字".repeat(501) + "\"}"), "text", "too_long");
        refused(post(path, unit, "[]"), "body", "wrong_type");
        refused(post(path, unit, "{\"text\": "), "body", "malformed_json");
        refused(post(path + "?status=FED_BACK", unit, "{\"text\": \"进展\"}"), "status", "unknown_parameter");
        tooLarge(path, unit);
        assertNothingChanged();
    }

    @Test
    void feedbackRefusesEveryBadBody() throws Exception {
        String path = "/api/handling/tasks/" + leadTask + "/feedback";
        String unit = TestTokens.unit(LEAD);
        refused(post(path, unit, "{\"result\": \"A\", \"text\": \"已办\", \"id\": \"x\"}"), "id", "unknown_field");
        refused(post(path, unit, "{\"result\": {\"$gt\": \"\"}, \"text\": \"已办\"}"), "result", "operator");
        refused(post(path, unit, "{\"result\": \"A\", \"text\": {\"$ne\": null}}"), "text", "operator");
        refused(post(path, unit, "{\"result\": \"D\", \"text\": \"已办\"}"), "result", "bad_value");
        refused(post(path, unit, "{\"result\": \"A\", \"result\": \"C\", \"text\": \"已办\"}"), "result",
                "duplicate_field");
        refused(post(path, unit, "{\"result\": \"A\"}"), "text", "required");
        refused(post(path + "?unit=" + SUPPORT, unit, "{\"result\": \"A\", \"text\": \"已办\"}"), "unit",
                "unknown_parameter");
        tooLarge(path, unit);
        assertNothingChanged();
    }

    @Test
    void satisfactionRefusesEveryBadBody() throws Exception {
        String path = "/api/handling/reports/" + reportId + "/satisfaction";
        String author = TestTokens.member("m0001");
        refused(post(path, author, "{\"rating\": \"SATISFIED\", \"ratedBy\": \"office\"}"), "ratedBy",
                "unknown_field");
        refused(post(path, author, "{\"rating\": \"SATISFIED\", \"comment\": {\"$gt\": \"\"}}"), "comment",
                "operator");
        refused(post(path, author, "{\"rating\": \"GREAT\"}"), "rating", "bad_value");
        refused(post(path, author, "{\"rating\": 1}"), "rating", null);
        refused(post(path, author, "{\"comment\": \"好\"}"), "rating", "required");
        tooLarge(path, author);
        assertNothingChanged();
    }

    @Test
    void urgingRefusesEveryBadBody() throws Exception {
        String path = "/api/handling/reports/" + reportId + "/urge";
        String office = TestTokens.office();
        refused(post(path, office, "{\"unit\": \"" + LEAD + "\", \"status\": \"CLOSED\"}"), "status", "unknown_field");
        refused(post(path, office, "{\"unit\": {\"$ne\": \"\"}}"), "unit", "operator");
        refused(post(path, office, "{\"unit\": \"../" + LEAD + "\"}"), "unit", "bad_code");
        refused(post(path, office, "{\"comment\": [\"快\"]}"), "comment", "wrong_type");
        refused(post(path, office, "{\"unit\": \"police\"}"), "unit", "not_assigned");
        refused(post(path + "?unit=" + LEAD, office, ""), "unit", "unknown_parameter");
        tooLarge(path, office);
        assertNothingChanged();
    }

    @Test
    void closingTakesNoBodyAndRefusesOne() throws Exception {
        String path = "/api/handling/reports/" + reportId + "/close";
        String office = TestTokens.office();
        refused(post(path, office, "{\"status\": \"CLOSED\"}"), "status", "unknown_field");
        refused(post(path, office, "{\"$set\": {\"status\": \"CLOSED\"}}"), "$set", "operator");
        refused(post(path, office, "[\"CLOSED\"]"), "body", null);
        refused(post(path + "?force=true", office, ""), "force", "unknown_parameter");
        tooLarge(path, office);
        assertNothingChanged();
    }

    @Test
    void listsRefuseUnknownOperatorAndMistypedParametersAndCapThePage() throws Exception {
        String office = TestTokens.office();
        for (String list : List.of("/api/handling/tasks", "/api/handling/overdue")) {
            refused(get(list + "?colour=red", office), "colour", "unknown_parameter");
            refused(get(list + "?unit%5B%24ne%5D=x", office), "unit[$ne]", "unknown_parameter");
            refused(get(list + "?unit=%7B%22%24gt%22%3A%22%22%7D", office), "unit", "bad_code");
            refused(get(list + "?page=first", office), "page", "bad_value");
            refused(get(list + "?size=99999999999", office), "size", "bad_value");
            refused(send("GET", list, office, OVERSIZE, false), null, null);
            JsonNode huge = json(ok(get(list + "?size=100000", office)));
            assertThat(huge.path("size").asInt()).isEqualTo(100);
            JsonNode far = json(ok(get(list + "?page=2147483647&size=100", office)));
            assertThat(far.path("items").size()).isZero();
        }
        refused(get("/api/handling/tasks?status=DONE", office), "status", "bad_value");
        refused(get("/api/handling/reports/" + reportId + "?view=full", office), "view", "unknown_parameter");
        refused(get("/api/handling/tasks/" + leadTask + "?view=full", office), "view", "unknown_parameter");
        refused(get("/api/handling/tasks/" + leadTask + "?unit%5B%24ne%5D=x", TestTokens.unit(SUPPORT)), "unit[$ne]",
                "unknown_parameter");
        refused(get("/api/handling/tasks/" + leadTask + "/sheet?format=pdf", office), "format", "unknown_parameter");
        refused(send("GET", "/api/handling/tasks/" + leadTask, office, OVERSIZE, false), null, null);
        assertThat(get("/api/handling/tasks/%7B%22%24gt%22%3A%22%22%7D", office).statusCode()).isEqualTo(404);
        assertThat(get("/api/handling/tasks/%7B%22%24gt%22%3A%22%22%7D/sheet", office).statusCode()).isEqualTo(404);
        assertThat(get("/api/handling/tasks/" + leadTask, TestTokens.unit(SUPPORT)).statusCode()).isEqualTo(404);
        assertThat(get("/api/handling/reports/%7B%22%24gt%22%3A%22%22%7D", office).statusCode()).isEqualTo(404);
        assertThat(get("/api/handling/reports/" + reportId, TestTokens.unit("police")).statusCode()).isEqualTo(404);
        assertNothingChanged();
    }

    @Test
    void theFeedRefusesEveryBadRequestAndNamesNoOtherRecipient() throws Exception {
        String unit = TestTokens.unit(LEAD);
        String notice = noticeOf(unit).path("id").asString();

        refused(get("/api/notifications?recipient=office", unit), "recipient", "unknown_parameter");
        refused(get("/api/notifications?recipient%5B%24ne%5D=x", unit), "recipient[$ne]", "unknown_parameter");
        refused(get("/api/notifications?unread=maybe", unit), "unread", "bad_value");
        refused(get("/api/notifications?page=-", unit), "page", "bad_value");
        refused(send("GET", "/api/notifications", unit, OVERSIZE, false), null, null);
        assertThat(json(ok(get("/api/notifications?size=100000", unit))).path("size").asInt()).isEqualTo(100);
        assertThat(json(ok(get("/api/notifications?page=2147483647&size=100", unit))).path("items").size()).isZero();

        String read = "/api/notifications/" + notice + "/read";
        refused(post(read, unit, "{\"read\": false}"), "read", "unknown_field");
        refused(post(read + "?recipient=office", unit, ""), "recipient", "unknown_parameter");
        tooLarge(read, unit);
        assertThat(post(read, TestTokens.unit(SUPPORT), "").statusCode()).as("another unit's notice").isEqualTo(404);
        assertThat(post("/api/notifications/%7B%22%24gt%22%3A%22%22%7D/read", unit, "").statusCode()).isEqualTo(404);
        refused(post("/api/notifications/read-all", unit, "{\"recipient\": \"office\"}"), "recipient",
                "unknown_field");
        refused(post("/api/notifications/read-all?recipient=office", unit, ""), "recipient", "unknown_parameter");
        tooLarge("/api/notifications/read-all", unit);

        assertThat(noticeOf(unit).path("read").asBoolean()).as("nothing was marked read").isFalse();
        assertNothingChanged();
    }

    @Test
    void theAuditTrailRefusesBadParametersAndOperators() throws Exception {
        String office = TestTokens.office();
        refused(get("/api/audit?who=office", office), "who", "unknown_parameter");
        refused(get("/api/audit?outcome=MAYBE", office), "outcome", "bad_value");
        refused(get("/api/audit?from=yesterday", office), "from", "bad_value");
        refused(get("/api/audit?page=x", office), "page", "bad_value");
        refused(send("GET", "/api/audit", office, OVERSIZE, false), null, null);
        refused(get("/api/audit?principal=%7B%22%24gt%22%3A%22%22%7D", office), "principal", "bad_value");
        assertThat(json(ok(get("/api/audit?size=100000", office))).path("size").asInt()).isEqualTo(100);
        assertThat(json(ok(get("/api/audit?page=2147483647&size=100", office))).path("items").size()).isZero();
    }

    /** A body over 64 KB is refused with 413, whether its length is declared or it comes in chunks. */
    private void tooLarge(String path, String token) throws Exception {
        HttpResponse<String> declared = send("POST", path, token, OVERSIZE, false);
        HttpResponse<String> chunked = send("POST", path, token, OVERSIZE, true);
        for (HttpResponse<String> answer : List.of(declared, chunked)) {
            assertThat(answer.statusCode()).isEqualTo(413);
            assertProblem(answer);
        }
    }

    /**
     * A 4xx problem+json; with a field, a 400 naming it (with that code, when one is given).
     * Without a field, any 4xx problem.
     */
    private static void refused(HttpResponse<String> answer, String field, String code) {
        assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499);
        assertProblem(answer);
        if (field == null) {
            return;
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        List<String> named = new ArrayList<>();
        json(answer).path("errors").forEach(e -> named.add(e.path("field").asString()
                + (code == null ? "" : ":" + e.path("code").asString())));
        assertThat(named).as(answer.body()).contains(code == null ? field : field + ":" + code);
    }

    private static void assertProblem(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(answer.body())
                .startsWith("application/problem+json");
    }

    private static HttpResponse<String> ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    /** The report's handling is as the instruction left it, and follow-up published nothing more about it. */
    private void assertNothingChanged() throws Exception {
        JsonNode handling = json(ok(get("/api/handling/reports/" + reportId, TestTokens.office())));
        assertThat(handling.path("status").asString()).isEqualTo("IN_HANDLING");
        assertThat(handling.path("sequence").asLong()).isEqualTo(7);
        assertThat(handling.path("satisfaction").isNull()).isTrue();
        assertThat(handling.path("closedAt").isNull()).isTrue();
        assertThat(elements(handling.path("tasks"))).hasSize(2).allSatisfy(task -> {
            assertThat(task.path("status").asString()).isEqualTo("OPEN");
            assertThat(task.path("progress").size()).isZero();
            assertThat(task.path("feedback").isNull()).isTrue();
            assertThat(task.path("urgedTimes").asInt()).isZero();
        });
        assertThat(flags(reportId, "URGED")).isEmpty();
        assertThat(statusEvents(reportId, "IN_HANDLING").stream().map(e -> e.path("eventId").asString()).distinct())
                .hasSize(1);
        assertThat(statusEvents(reportId, "HANDLED")).isEmpty();
        assertThat(statusEvents(reportId, "CLOSED")).isEmpty();
    }

    /** The caller's notice about this test's report, or {@code null} while it has none. */
    private JsonNode noticeOf(String token) throws Exception {
        return elements(json(ok(get("/api/notifications?size=100", token))).path("items")).stream()
                .filter(n -> n.path("reportId").asString().equals(reportId)).findFirst().orElse(null);
    }

    private HttpResponse<String> send(String method, String path, String token, String body, boolean chunked)
            throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                : HttpRequest.BodyPublishers.ofByteArray(bytes);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, publisher);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
