package org.minyi.dashboard;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint that takes a body or parameters, sent what an attacker would send — an unknown field or
 * parameter, a MongoDB operator object, a wrong type, an oversize body, a huge page — answers 4xx
 * problem+json naming what was wrong, never 5xx, and changes nothing; every role gets exactly what
 * PRODUCT.md §4 allows. Shares its Spring context with {@link AuditAndTracingIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=dashboard_security_it",
        "minyi.kafka.group=dashboard-security-it"})
@MinyiIntegrationTest
@AutoConfigureTracing
@AutoConfigureMetrics
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int YEAR = 2093;
    private static final String OPERATOR = "{\"$gt\": \"\"}";
    private static final String OVERSIZE = "{\"stations\": {\"" + "x".repeat(70 * 1024) + "\": 1}}";

    /** Every reading endpoint with the role that may read it (the stream is probed only where it answers at once). */
    private static final List<String> READINGS = List.of("/api/dashboard/summary", "/api/dashboard/reports",
            "/api/dashboard/overdue", "/api/dashboard/review-overdue", "/api/dashboard/stages", "/api/dashboard/trend", "/api/dashboard/recent",
            "/api/dashboard/names", "/api/dashboard/duties/" + YEAR, "/api/dashboard/targets/" + YEAR,
            "/api/dashboard/points/" + YEAR, "/api/dashboard/points/" + YEAR + "/ledger.csv",
            "/api/dashboard/points/" + YEAR + "/ledger.xlsx", "/api/dashboard/points-table/" + YEAR,
            "/api/dashboard/commendations/" + YEAR, "/api/dashboard/units/" + YEAR,
            "/api/dashboard/units/" + YEAR + ".xlsx");
    /** A member's own standing: members (their own), the office and viewers. */
    private static final String STANDING = "/api/dashboard/duties/" + YEAR + "/members/m0001";

    @LocalServerPort
    int port;

    @Test
    void aParameterNoEndpointTakesIsRefusedByName() throws Exception {
        List<String> paths = new ArrayList<>(READINGS);
        paths.add("/api/dashboard/stream");
        paths.add(STANDING);
        for (String path : paths) {
            refused(get(path + "?colour=red", TestTokens.viewer()), 400, "colour");
        }
        refused(get("/api/dashboard/reports?status=SUBMITTED&%24where=1", TestTokens.viewer()), 400, "$where");
        refused(get("/api/audit?colour=red", TestTokens.office()), 400, "colour");
        String before = settings();
        refused(put("/api/dashboard/targets/" + YEAR + "?colour=red", TestTokens.office(), "{}"), 400, "colour");
        refused(put("/api/dashboard/points-table/" + YEAR + "?colour=red", TestTokens.office(), "{}"), 400, "colour");
        refused(send(request("/api/dashboard/replay?colour=red", TestTokens.office())
                .POST(HttpRequest.BodyPublishers.noBody())), 400, "colour");
        assertThat(settings()).isEqualTo(before);
        assertThat(auditOf("POST /api/dashboard/replay", "ALLOWED")).as("no replay was started").isEmpty();
    }

    @Test
    void operatorObjectsInStringParametersAreRefusedByName() throws Exception {
        String operator = URLEncoder.encode(OPERATOR, StandardCharsets.UTF_8);
        Map<String, String> probes = Map.ofEntries(
                Map.entry("/api/dashboard/reports?township=" + operator, "township"),
                Map.entry("/api/dashboard/reports?committee=" + operator, "committee"),
                Map.entry("/api/dashboard/reports?status=" + operator, "status"),
                Map.entry("/api/dashboard/reports?page=" + operator, "page"),
                Map.entry("/api/dashboard/overdue?size=" + operator, "size"),
                Map.entry("/api/dashboard/review-overdue?committee=" + operator, "committee"),
                Map.entry("/api/dashboard/review-overdue?page=" + operator, "page"),
                Map.entry("/api/dashboard/duties/" + YEAR + "/members/" + operator, "member"),
                Map.entry("/api/dashboard/duties/" + operator + "/members/m0001", "year"),
                Map.entry("/api/dashboard/trend?days=" + operator, "days"),
                Map.entry("/api/dashboard/recent?limit=" + operator, "limit"),
                Map.entry("/api/dashboard/stream?lastEventId=" + operator, "lastEventId"),
                Map.entry("/api/dashboard/duties/" + operator, "year"),
                Map.entry("/api/dashboard/points/" + operator + "/ledger.csv", "year"),
                Map.entry("/api/dashboard/units/" + operator, "year"),
                Map.entry("/api/dashboard/commendations/" + YEAR + "?limit=" + operator, "limit"));
        for (Map.Entry<String, String> probe : probes.entrySet()) {
            refused(get(probe.getKey(), TestTokens.viewer()), 400, probe.getValue());
        }
        refused(send(request("/api/dashboard/stream", TestTokens.viewer()).header("Last-Event-ID", OPERATOR).GET()),
                400, "Last-Event-ID");
        for (String parameter : List.of("principal", "object", "outcome", "from", "to")) {
            refused(get("/api/audit?" + parameter + "=" + operator, TestTokens.office()), 400, parameter);
        }
    }

    @Test
    void wrongTypesAreRefusedByName() throws Exception {
        Map<String, String> probes = Map.ofEntries(
                Map.entry("/api/dashboard/reports?size=many", "size"),
                Map.entry("/api/dashboard/reports?page=99999999999", "page"),
                Map.entry("/api/dashboard/reports?status=GOSSIP", "status"),
                Map.entry("/api/dashboard/overdue?page=first", "page"),
                Map.entry("/api/dashboard/review-overdue?size=all", "size"),
                Map.entry("/api/dashboard/duties/next/members/m0001", "year"),
                Map.entry("/api/dashboard/duties/2101/members/m0001", "year"),
                Map.entry("/api/dashboard/trend?days=7.5", "days"),
                Map.entry("/api/dashboard/recent?limit=all", "limit"),
                Map.entry("/api/dashboard/stream?lastEventId=-1", "lastEventId"),
                Map.entry("/api/dashboard/duties/next", "year"),
                Map.entry("/api/dashboard/targets/1999", "year"),
                Map.entry("/api/dashboard/points/2101", "year"),
                Map.entry("/api/dashboard/points/x/ledger.xlsx", "year"),
                Map.entry("/api/dashboard/points-table/20x5", "year"),
                Map.entry("/api/dashboard/units/1999", "year"),
                Map.entry("/api/dashboard/units/next.xlsx", "year"),
                Map.entry("/api/dashboard/commendations/" + YEAR + "?limit=ten", "limit"));
        for (Map.Entry<String, String> probe : probes.entrySet()) {
            refused(get(probe.getKey(), TestTokens.viewer()), 400, probe.getValue());
        }
        refused(get("/api/audit?from=yesterday", TestTokens.office()), 400, "from");
        refused(get("/api/audit?outcome=MAYBE", TestTokens.office()), 400, "outcome");
        refused(get("/api/audit?size=x", TestTokens.office()), 400, "size");
    }

    @Test
    void hugePagesAreCappedAndDeepPagesRefused() throws Exception {
        for (String path : List.of("/api/dashboard/reports", "/api/dashboard/overdue",
                "/api/dashboard/review-overdue")) {
            JsonNode page = json(get(path + "?size=1000000", TestTokens.viewer()));
            assertThat(page.path("size").asInt()).as(path).isEqualTo(100);
            refused(get(path + "?page=2147483647&size=100", TestTokens.viewer()), 400, "page");
        }
        assertThat(json(get("/api/audit?size=1000000", TestTokens.office())).path("size").asInt()).isEqualTo(100);
        JsonNode pastTheEnd = json(get("/api/audit?page=2147483647", TestTokens.office()));
        assertThat(pastTheEnd.path("items").size()).as("a page past the end of the audit trail is empty").isZero();
        assertThat(json(get("/api/dashboard/trend?days=1000000", TestTokens.viewer())).path("items").size())
                .isEqualTo(366);
        assertThat(json(get("/api/dashboard/recent?limit=1000000", TestTokens.viewer())).path("items").size())
                .isLessThanOrEqualTo(200);
        JsonNode candidates = json(get("/api/dashboard/commendations/" + YEAR + "?limit=1000000", TestTokens.viewer()));
        assertThat(candidates.path("individuals").size()).isLessThanOrEqualTo(100);
    }

    @Test
    void oversizeBodiesAreRefusedWith413AndChangeNothing() throws Exception {
        String before = settings();
        refused(put("/api/dashboard/targets/" + YEAR, TestTokens.office(), OVERSIZE), 413);
        refused(put("/api/dashboard/points-table/" + YEAR, TestTokens.office(), OVERSIZE), 413);
        refused(send(request("/api/dashboard/targets/" + YEAR, TestTokens.office())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(OVERSIZE.getBytes(StandardCharsets.UTF_8))))), 413);
        refused(send(request("/api/dashboard/replay", TestTokens.office()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(OVERSIZE))), 413);
        List<String> readings = new ArrayList<>(READINGS);
        readings.add(STANDING);
        for (String path : readings) {
            refused(send(request(path, TestTokens.viewer()).header("Content-Type", "application/json")
                    .method("GET", HttpRequest.BodyPublishers.ofString(OVERSIZE))), 413);
        }
        refused(send(request("/api/audit", TestTokens.office()).header("Content-Type", "application/json")
                .method("GET", HttpRequest.BodyPublishers.ofString(OVERSIZE))), 413);
        assertThat(settings()).isEqualTo(before);
        assertThat(auditOf("PUT /api/dashboard/targets/{year}", "REFUSED").toString())
                .as("the refusal is audited with the caller, without the body").contains("\"status\":413")
                .contains("office").doesNotContain("xxxx");
        assertThat(auditOf("POST /api/dashboard/replay", "ALLOWED")).as("no replay was started").isEmpty();
    }

    @Test
    void hostileBodiesAreRefusedByNameAndChangeNothing() throws Exception {
        String before = settings();
        Map<String, List<String>> targets = Map.ofEntries(
                Map.entry("{\"status\": \"DONE\"}", List.of("status")),
                Map.entry("{\"id\": 7, \"stations\": {}}", List.of("id")),
                Map.entry("{\"stations\": " + OPERATOR + "}", List.of("stations")),
                Map.entry("{\"stations\": {\"chengguan\": " + OPERATOR + "}}", List.of("stations.chengguan")),
                Map.entry("{\"grading\": " + OPERATOR + "}", List.of("grading")),
                Map.entry("{\"grading\": {\"excellent\": " + OPERATOR + "}}", List.of("grading.excellent")),
                Map.entry("{\"stations\": [1, 2]}", List.of("stations")),
                Map.entry("{\"grading\": {\"excellent\": \"high\"}}", List.of("grading.excellent")),
                Map.entry("{\"stations\": {\"chengguan\": 1e400}}", List.of()),
                Map.entry("{\"stations\": {\"chengguan\": 2.5}}", List.of("stations.chengguan")),
                Map.entry("{\"grading\": {\"basic\": 60.5}}", List.of("grading.basic")),
                Map.entry("[]", List.of("body")),
                Map.entry("null", List.of("body")),
                Map.entry("", List.of("body")),
                Map.entry("{\"stations\": {\"chengguan\": 1}", List.of("body")),
                Map.entry("[".repeat(5000), List.of()));
        for (Map.Entry<String, List<String>> body : targets.entrySet()) {
            refused(put("/api/dashboard/targets/" + YEAR, TestTokens.office(), body.getKey()), 400,
                    body.getValue().toArray(String[]::new));
        }
        Map<String, List<String>> tables = Map.ofEntries(
                Map.entry("{\"status\": \"DONE\"}", List.of("status")),
                Map.entry("{\"year\": 2000}", List.of("year")),
                Map.entry("{\"countyAdoption\": " + OPERATOR + "}", List.of("countyAdoption")),
                Map.entry("{\"split\": " + OPERATOR + "}", List.of("split")),
                Map.entry("{\"upstream\": " + OPERATOR + "}", List.of("upstream")),
                Map.entry("{\"upstream\": {\"CITY\": " + OPERATOR + "}}", List.of("upstream.CITY")),
                Map.entry("{\"instruction\": {\"COUNTY\": " + OPERATOR + "}}", List.of("instruction.COUNTY")),
                Map.entry("{\"countyAdoption\": \"two\"}", List.of("countyAdoption")),
                Map.entry("{\"split\": \"EVERYONE\"}", List.of("split")),
                Map.entry("{\"countyAdoption\": 1e999999999}", List.of()),
                Map.entry("{\"countyAdoption\": 1e-999999999}", List.of()),
                Map.entry("{\"specialPublication\": -0.5}", List.of("specialPublication")),
                Map.entry("null", List.of("body")));
        for (Map.Entry<String, List<String>> body : tables.entrySet()) {
            refused(put("/api/dashboard/points-table/" + YEAR, TestTokens.office(), body.getKey()), 400,
                    body.getValue().toArray(String[]::new));
        }
        assertThat(settings()).isEqualTo(before);
        assertThat(auditOf("PUT /api/dashboard/targets/{year}", "REFUSED").toString()).doesNotContain("$gt");
    }

    @Test
    void exactPointsWithExtremeExponentsAreKeptAtTwoDecimals() throws Exception {
        String year = String.valueOf(YEAR + 1);
        HttpResponse<String> set = put("/api/dashboard/points-table/" + year, TestTokens.office(),
                "{\"countyAdoption\": 0E-999999999, \"specialPublication\": 2.5000000, \"instruction\": {\"CITY\": 1E+2}}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        JsonNode table = json(get("/api/dashboard/points-table/" + year, TestTokens.viewer()));
        assertThat(table.path("countyAdoption").decimalValue()).isEqualByComparingTo("0");
        assertThat(table.path("specialPublication").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(table.path("instruction").path("CITY").decimalValue()).isEqualByComparingTo("100");
        assertThat(get("/api/dashboard/points/" + year + "/ledger.csv", TestTokens.viewer()).statusCode()).isEqualTo(200);
    }

    @Test
    void everyRoleGetsExactlyWhatItMay() throws Exception {
        List<String> others = List.of(TestTokens.station("chengguan"), TestTokens.member("m0001"),
                TestTokens.reviewer("economy"), TestTokens.unit("housing"));
        List<String> everything = new ArrayList<>(READINGS);
        everything.add("/api/dashboard/stream");
        everything.add("/api/audit");
        for (String token : others) {
            for (String path : everything) {
                refused(get(path, token), 403);
            }
            refused(put("/api/dashboard/targets/" + YEAR, token, "{}"), 403);
            refused(put("/api/dashboard/points-table/" + YEAR, token, "{}"), 403);
            refused(send(request("/api/dashboard/replay", token).POST(HttpRequest.BodyPublishers.noBody())), 403);
        }
        for (String token : List.of(TestTokens.viewer(), TestTokens.leader("county-head"),
                TestTokens.leadersOffice())) {
            for (String path : READINGS) {
                assertThat(get(path, token).statusCode()).as(path).isEqualTo(200);
            }
            refused(get("/api/audit", token), 403);
            refused(put("/api/dashboard/targets/" + YEAR, token, "{}"), 403);
            refused(put("/api/dashboard/points-table/" + YEAR, token, "{}"), 403);
            refused(send(request("/api/dashboard/replay", token).POST(HttpRequest.BodyPublishers.noBody())), 403);
        }
        for (String path : READINGS) {
            assertThat(get(path, TestTokens.office()).statusCode()).as(path).isEqualTo(200);
        }
        for (String token : List.of(TestTokens.member("m0001"), TestTokens.office(), TestTokens.viewer())) {
            assertThat(get(STANDING, token).statusCode()).as("a member's own standing").isEqualTo(200);
        }
        refused(get(STANDING, TestTokens.member("m0002")), 404);
        for (String token : List.of(TestTokens.station("chengguan"), TestTokens.reviewer("economy"),
                TestTokens.unit("housing"), TestTokens.leader("county-head"), TestTokens.leadersOffice())) {
            refused(get(STANDING, token), 403);
        }
        refused(get(STANDING, null), 401);
        refused(get(STANDING, TestTokens.tampered("member-m0002", "MEMBER")), 401);
        for (String path : List.of("/api/dashboard/summary", "/api/dashboard/targets/" + YEAR, "/api/audit")) {
            refused(get(path, null), 401);
            refused(get(path, TestTokens.expired("office", "OFFICE")), 401);
            refused(get(path, TestTokens.tampered("viewer", "VIEWER")), 401);
            refused(get(path, TestTokens.foreign("office", "OFFICE")), 401);
            refused(get(path, TestTokens.unsigned("office", "OFFICE", Map.of())), 401);
            refused(get(path, TestTokens.signedByAnotherKey("office", "OFFICE")), 401);
            refused(get(path, TestTokens.forOtherAudience("office", "OFFICE")), 401);
        }
        refused(get("/api/dashboard/no-such-thing", TestTokens.viewer()), 404);
    }

    @Test
    void tokensAndBodiesNeverReachTheLog(CapturedOutput output) throws Exception {
        String token = TestTokens.office();
        String tampered = TestTokens.tampered("viewer", "VIEWER");
        put("/api/dashboard/targets/" + YEAR, token, "{\"stations\": {\"secret-station-code\": 1}}");
        put("/api/dashboard/targets/" + YEAR, tampered, "{\"stations\": {\"secret-station-code\": 1}}");
        get("/api/dashboard/summary", tampered);
        assertThat(output.getAll()).doesNotContain(token).doesNotContain(tampered)
                .doesNotContain("secret-station-code");
    }

    /** Asserts a 4xx problem+json answer with {@code status}, naming at least {@code fields}. */
    private static void refused(HttpResponse<String> answer, int status, String... fields) {
        String what = answer.request().method() + " " + answer.request().uri() + " → " + answer.body();
        assertThat(answer.statusCode()).as(what).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).as(what)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
        assertThat(problem.path("title").asString()).as(what).isNotBlank();
        List<String> named = new ArrayList<>();
        problem.path("errors").forEach(error -> named.add(error.path("field").asString()));
        if (fields.length > 0) {
            assertThat(named).as(what).contains(fields);
        }
    }

    /** The year's target sheet and points table as they are stored. */
    private String settings() throws Exception {
        return json(get("/api/dashboard/targets/" + YEAR, TestTokens.office())).toString()
                + json(get("/api/dashboard/points-table/" + YEAR, TestTokens.office())).toString();
    }

    private List<JsonNode> auditOf(String action, String outcome) throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode entry : json(get("/api/audit?principal=office&outcome=" + outcome + "&size=100",
                TestTokens.office())).path("items")) {
            if (entry.path("action").asString().equals(action)) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private JsonNode json(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.request().uri() + " → " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send(request(path, token).GET());
    }

    private HttpResponse<String> put(String path, String token, String body) throws Exception {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(15));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
