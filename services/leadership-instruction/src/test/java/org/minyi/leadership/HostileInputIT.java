package org.minyi.leadership;

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
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.leadership.LeadershipTopics;
import org.minyi.events.review.ReportSentToLeaders;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hostile input at every endpoint (issue 8), over HTTP: unknown fields, MongoDB operator objects, wrong
 * types, fields given twice, control characters, absurd dates, too many units, bodies that are not an
 * object or are too large, huge page sizes, operators in parameters and paths. Every answer is a 4xx
 * problem+json naming what is wrong — never a 5xx — and nothing changes: the report the requests aimed
 * at is as it was, and the first event ever published for it is the one valid decision made at the end.
 * Also: which role may call which endpoint (PRODUCT.md §4), forged tokens, and no token or report text
 * in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=leadership_hostile_it")
@MinyiIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "leadership-instruction.dlt";
    private static final String DEADLINE = LeadershipIT.NEXT_MONTH.toString();
    private static TopicRecorder topics;
    /** The report every hostile request aims at; it must come out unchanged. */
    private static volatile String target;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @BeforeAll
    static void record() {
        topics = TopicRecorder.of(ReportStatusTopic.NAME, LeadershipTopics.INSTRUCTION_EVENTS, DEAD_LETTERS);
    }

    @AfterAll
    static void stop() {
        topics.close();
    }

    enum Step {
        INSTRUCT("instructions", "leader"), FORWARD("forward", "office"), ARCHIVE("archive", "office");

        final String path;
        final String caller;

        Step(String path, String caller) {
            this.path = path;
            this.caller = caller;
        }

        String token() {
            return caller.equals("leader") ? TestTokens.leader("county-head") : TestTokens.office();
        }

        ObjectNode validBody() {
            ObjectNode body = JSON.createObjectNode();
            if (this == INSTRUCT) {
                body.put("leader", "county-head").put("level", "COUNTY").put("text", "请县住建局牵头研究。");
            }
            if (this != ARCHIVE) {
                ArrayNode units = body.putArray("units");
                units.addObject().put("unit", "housing-construction").put("role", "LEAD").put("deadline", DEADLINE);
                units.addObject().put("unit", "finance").put("role", "SUPPORT").put("deadline", DEADLINE);
            }
            if (this == FORWARD) {
                body.put("comment", "请研究办理");
            }
            if (this == ARCHIVE) {
                body.put("reason", "已有专项部署");
            }
            return body;
        }

        List<String> textFields() {
            return switch (this) {
                case INSTRUCT -> List.of("text", "units[0].unit");
                case FORWARD -> List.of("comment", "units[0].unit");
                case ARCHIVE -> List.of("reason");
            };
        }
    }

    static Stream<Arguments> hostileBodies() {
        List<Arguments> cases = new ArrayList<>();
        for (Step step : Step.values()) {
            cases.add(bad(step, "unknown field status", body -> body.put("status", "CLOSED"), "status", "unknown_field"));
            cases.add(bad(step, "unknown field id", body -> body.put("id", "x"), "id", "unknown_field"));
            cases.add(bad(step, "operator as a field", body -> body.putObject("$where").put("$gt", ""), "$where",
                    "operator"));
            for (String field : step.textFields()) {
                cases.add(bad(step, "operator object in " + field, body -> at(body, field).putObject(last(field)).put("$gt", ""),
                        field, "operator"));
                cases.add(bad(step, "number for " + field, body -> at(body, field).put(last(field), 123), field,
                        "wrong_type"));
                cases.add(bad(step, "boolean for " + field, body -> at(body, field).put(last(field), true), field,
                        "wrong_type"));
                cases.add(bad(step, "array for " + field, body -> at(body, field).putArray(last(field)).add("x"), field,
                        "wrong_type"));
                cases.add(bad(step, "control character in " + field, body -> at(body, field).put(last(field), "县长\u0000李明"),
                        field, "bad_text"));
                cases.add(bad(step, "unpaired surrogate in " + field, body -> at(body, field).put(last(field), "批\ud800示"),
                        field, "bad_text"));
            }
            if (step != Step.ARCHIVE) {
                cases.add(bad(step, "unknown field in a unit", body -> unit(body).put("task", "x"), "units[0].task",
                        "unknown_field"));
                cases.add(bad(step, "units a string", body -> body.put("units", "health"), "units", "wrong_type"));
                cases.add(bad(step, "units an operator object", body -> body.putObject("units").put("$ne", ""), "units",
                        "operator"));
                cases.add(bad(step, "a unit a string", body -> ((ArrayNode) body.get("units")).insert(0, "health"),
                        "units[0]", "wrong_type"));
                cases.add(bad(step, "role a number", body -> unit(body).put("role", 0), "units[0].role", "wrong_type"));
                cases.add(bad(step, "role unknown", body -> unit(body).put("role", "OWNER"), "units[0].role", "bad_value"));
                cases.add(bad(step, "deadline a number", body -> unit(body).put("deadline", 20000), "units[0].deadline",
                        "wrong_type"));
                cases.add(bad(step, "deadline an operator", body -> unit(body).putObject("deadline").put("$gt", ""),
                        "units[0].deadline", "operator"));
                cases.add(bad(step, "deadline not a date", body -> unit(body).put("deadline", "next month"),
                        "units[0].deadline", "bad_value"));
                cases.add(bad(step, "deadline at the end of time", body -> unit(body).put("deadline", "+999999999-12-31"),
                        "units[0].deadline", "too_far"));
                cases.add(bad(step, "deadline in year 0", body -> unit(body).put("deadline", "0000-01-01"),
                        "units[0].deadline", "in_past"));
                cases.add(bad(step, "21 units", body -> units(body, 21), "units", "too_many"));
                cases.add(bad(step, "900 units", body -> units(body, 900), "units", "too_many"));
            }
        }
        cases.add(bad(Step.INSTRUCT, "level a number", body -> body.put("level", 0), "level", "wrong_type"));
        cases.add(bad(Step.INSTRUCT, "level unknown", body -> body.put("level", "MAYOR"), "level", "bad_value"));
        cases.add(bad(Step.INSTRUCT, "level an operator", body -> body.putObject("level").put("$in", ""), "level",
                "operator"));
        cases.add(bad(Step.INSTRUCT, "date a number", body -> body.put("date", 20000), "date", "wrong_type"));
        cases.add(bad(Step.INSTRUCT, "date at the beginning of time", body -> body.put("date", "-999999999-01-01"),
                "date", "too_old"));
        cases.add(bad(Step.INSTRUCT, "text too long", body -> body.put("text", "批".repeat(501)), "text", "too_long"));
        cases.add(bad(Step.INSTRUCT, "leader a number", body -> body.put("leader", 123), "leader", "wrong_type"));
        cases.add(bad(Step.INSTRUCT, "leader a boolean", body -> body.put("leader", true), "leader", "wrong_type"));
        cases.add(bad(Step.INSTRUCT, "leader an array", body -> body.putArray("leader").add("county-head"), "leader",
                "wrong_type"));
        cases.add(bad(Step.INSTRUCT, "leader an operator", body -> body.putObject("leader").put("$ne", ""), "leader",
                "operator"));
        cases.add(bad(Step.INSTRUCT, "leader a name, not a code", body -> body.put("leader", "县长 李明"), "leader",
                "bad_code"));
        cases.add(bad(Step.INSTRUCT, "leader with a control character", body -> body.put("leader", "county\u0000head"),
                "leader", "bad_code"));
        cases.add(bad(Step.INSTRUCT, "leader on two lines", body -> body.put("leader", "county\nhead"), "leader",
                "bad_code"));
        cases.add(bad(Step.INSTRUCT, "leader too long", body -> body.put("leader", "a".repeat(65)), "leader",
                "bad_code"));
        cases.add(bad(Step.INSTRUCT, "leader unknown", body -> body.put("leader", "mayor-of-atlantis"), "leader",
                "not_own"));
        cases.add(bad(Step.INSTRUCT, "leader another's", body -> body.put("leader", "party-secretary"), "leader",
                "not_own"));
        cases.add(bad(Step.FORWARD, "comment too long", body -> body.put("comment", "办".repeat(501)), "comment",
                "too_long"));
        cases.add(bad(Step.ARCHIVE, "reason too long", body -> body.put("reason", "存".repeat(501)), "reason", "too_long"));
        cases.add(bad(Step.ARCHIVE, "reason blank", body -> body.put("reason", " \u3000\n "), "reason", "required"));
        return cases.stream();
    }

    private static Arguments bad(Step step, String name, Consumer<ObjectNode> change, String field, String code) {
        return Arguments.of(step, step.path + ": " + name, change, field, code);
    }

    @Order(1)
    @ParameterizedTest(name = "{1}")
    @MethodSource("hostileBodies")
    void aHostileBodyIsRefusedNamingTheField(Step step, String name, Consumer<ObjectNode> change, String field,
                                              String code) throws Exception {
        ObjectNode body = step.validBody();
        change.accept(body);

        // an unpaired surrogate can only travel escaped
        HttpResponse<String> answer = post(step, JSON.writeValueAsString(body).replace("\ud800", "\\ud800"));

        assertProblem(answer, 400);
        JsonNode errors = JSON.readTree(answer.body()).path("errors");
        assertThat(errors.valueStream().map(e -> e.path("field").asString() + " " + e.path("code").asString()))
                .as(answer.body()).containsExactly(field + " " + code);
        assertUnchanged();
    }

    static Stream<Arguments> malformedBodies() {
        List<Arguments> cases = new ArrayList<>();
        for (Step step : Step.values()) {
            String textField = step.textFields().get(0);
            String valid = JSON.writeValueAsString(step.validBody());
            cases.add(Arguments.of(step, step.path + ": " + textField + " given twice",
                    "{\"" + textField + "\": \"甲\", " + valid.substring(1), 400));
            cases.add(Arguments.of(step, step.path + ": an array", "[" + valid + "]", 400));
            cases.add(Arguments.of(step, step.path + ": a string", "\"请办理\"", 400));
            cases.add(Arguments.of(step, step.path + ": null", "null", 400));
            cases.add(Arguments.of(step, step.path + ": empty", "", 400));
            cases.add(Arguments.of(step, step.path + ": cut short", valid.substring(0, valid.length() / 2), 400));
            cases.add(Arguments.of(step, step.path + ": trailing tokens", valid + " {}", 400));
        }
        return cases.stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{1}")
    @MethodSource("malformedBodies")
    void aMalformedBodyIsRefused(Step step, String name, String body, int status) throws Exception {
        assertProblem(post(step, body), status);
        assertUnchanged();
    }

    @Order(1)
    @Test
    void aFieldGivenTwiceIsNamed() throws Exception {
        String body = "{\"reason\": \"已有专项部署\", \"reason\": \"另一个理由\"}";
        HttpResponse<String> answer = post(Step.ARCHIVE, body);
        assertProblem(answer, 400);
        assertThat(JSON.readTree(answer.body()).path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(JSON.readTree(answer.body()).path("errors").get(0).path("code").asString())
                .isEqualTo("duplicate_field");
    }

    @Order(1)
    @Test
    void anOversizeBodyIs413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        ObjectNode body = Step.INSTRUCT.validBody().put("text", "批".repeat(30_000));
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(64 * 1024);
        for (Step step : Step.values()) {
            assertProblem(send(request(step).POST(HttpRequest.BodyPublishers.ofByteArray(bytes))), 413);
            assertProblem(send(request(step).POST(HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(bytes)))), 413);
        }
        assertUnchanged();
    }

    @Order(1)
    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
        for (Step step : Step.values()) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path(step)))
                    .header("Authorization", "Bearer " + step.token())
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("reason=x")));
            assertProblem(answer, 415);
        }
        assertUnchanged();
    }

    @Order(1)
    @Test
    void hostileParametersAre400OrCappedAndOperatorsAreOnlyText() throws Exception {
        String leader = TestTokens.leader("county-head");
        String office = TestTokens.office();
        for (String query : List.of("status=IN_HANDLING", "status=" + encode("{\"$gt\": \"\"}"), encode("status[$ne]") + "=x&status=0",
                "page=abc", "size=abc", "size=99999999999", "page=1.5")) {
            assertProblem(get("/api/leadership/inbox?" + query, leader), 400);
        }
        JsonNode capped = JSON.readTree(get("/api/leadership/inbox?size=1000000&page=-3", leader).body());
        assertThat(capped.path("size").asInt()).isEqualTo(100);
        assertThat(capped.path("page").asInt()).isZero();
        assertThat(JSON.readTree(get("/api/leadership/inbox?size=-5", leader).body()).path("size").asInt()).isEqualTo(1);
        JsonNode farAway = JSON.readTree(get("/api/leadership/inbox?page=2147483647&size=100", leader).body());
        assertThat(farAway.path("items").size()).isZero();
        assertThat(farAway.path("total").asLong()).isPositive();

        for (String query : List.of("outcome=BOGUS", "from=yesterday", "to=" + encode("{\"$gt\": \"\"}"), "size=x")) {
            assertProblem(get("/api/audit?" + query, office), 400);
        }
        assertThat(JSON.readTree(get("/api/audit?size=1000000", office).body()).path("size").asInt()).isEqualTo(100);
        assertThat(JSON.readTree(get("/api/audit?page=2147483647&size=100", office).body()).path("items").size())
                .isZero();
        HttpResponse<String> injected = get("/api/audit?principal=" + encode("{\"$ne\": null}") + "&object="
                + encode("{\"$regex\": \".*\"}"), office);
        assertProblem(injected, 400);
        assertThat(JSON.readTree(injected.body()).path("errors").valueStream()
                .map(e -> e.path("field").asString() + " " + e.path("code").asString()))
                .as("an operator in a parameter is refused, never run").containsExactly("principal bad_value",
                        "object bad_value");

        for (String id : List.of(encode("{\"$gt\": \"\"}"), "x".repeat(2000), encode("' || '1'=='1"), "..%2F..")) {
            HttpResponse<String> answer = get("/api/leadership/reports/" + id, leader);
            assertThat(answer.statusCode()).as(id).isBetween(400, 404);
        }
        assertUnchanged();
    }

    static Stream<Arguments> endpoints() {
        String item = "/api/leadership/reports/%s";
        String release = item + "/instructions/" + UUID.randomUUID() + "/release";
        return Stream.of(
                Arguments.of("GET", "/api/leadership/inbox", List.of("LEADER", "LEADERS_OFFICE", "OFFICE"), 200),
                Arguments.of("GET", item, List.of("LEADER", "LEADERS_OFFICE", "OFFICE"), 200),
                Arguments.of("POST", item + "/instructions", List.of("LEADER", "LEADERS_OFFICE"), 400),
                Arguments.of("POST", release, List.of("OFFICE", "LEADERS_OFFICE"), 404),
                Arguments.of("POST", item + "/forward", List.of("OFFICE", "LEADERS_OFFICE"), 400),
                Arguments.of("POST", item + "/archive", List.of("OFFICE", "LEADERS_OFFICE"), 400),
                Arguments.of("GET", "/api/audit", List.of("OFFICE"), 200));
    }

    /**
     * Every role × every endpoint: the roles PRODUCT.md §4 lets in get past the gate (a POST with an empty
     * body then answers 400, a release of an instruction the report does not have 404 — nothing changes),
     * every other role gets 403, a missing or forged token 401. A leader with no {@code leader} claim passes
     * the gate but sees nothing: the report is 404 for them.
     */
    @Order(1)
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void eachRoleGetsExactlyWhatItMay(String method, String path, List<String> allowed, int allowedStatus)
            throws Exception {
        String resolved = path.formatted(target());
        Map<String, String> tokens = Map.of(
                "STATION", TestTokens.station("chengguan"), "MEMBER", TestTokens.member("m0001"),
                "OFFICE", TestTokens.office(), "REVIEWER", TestTokens.reviewer("economy"),
                "LEADER", TestTokens.leader("county-head"), "LEADERS_OFFICE", TestTokens.leadersOffice(),
                "UNIT", TestTokens.unit("housing-construction"), "VIEWER", TestTokens.viewer());
        for (Map.Entry<String, String> role : tokens.entrySet()) {
            int status = call(method, resolved, role.getValue()).statusCode();
            int expected = allowed.contains(role.getKey()) ? allowedStatus : 403;
            assertThat(status).as(role.getKey() + " " + method + " " + path).isEqualTo(expected);
        }
        if (path.equals("/api/leadership/reports/%s")) {
            assertProblem(call(method, resolved, TestTokens.token("leader-x", "LEADER", Map.of())), 404);
        }
        List<String> forged = List.of(TestTokens.expired("leader-county-head", "LEADER"),
                TestTokens.foreign("office", "OFFICE"), TestTokens.tampered("leader-county-head", "LEADER"), TestTokens.signedByAnotherKey("office", "OFFICE"),
                TestTokens.forOtherAudience("leader", "LEADER"), TestTokens.unsigned("office", "OFFICE", Map.of()),
                "not-a-token");
        for (String token : forged) {
            assertProblem(call(method, resolved, token), 401);
        }
        assertProblem(call(method, resolved, null), 401);
        assertUnchanged();
    }

    @Order(1)
    @Test
    void textIsStoredInNfcAndCountedInCodePoints() throws Exception {
        String id = received();
        String decomposed = "Cafe\u0301";
        ObjectNode body = Step.INSTRUCT.validBody().put("text", decomposed + "\uD83D\uDCCC".repeat(496));

        HttpResponse<String> answer = post(id, Step.INSTRUCT, JSON.writeValueAsString(body));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode instruction = JSON.readTree(answer.body()).path("instructions").get(0);
        String text = instruction.path("text").asString();
        assertThat(text).startsWith("Caf\u00e9\uD83D\uDCCC");
        assertThat(text.codePointCount(0, text.length()))
                .as("500 characters, 496 of them outside the BMP, are 500 characters, not 996 or 1,001").isEqualTo(500);
    }

    @Order(2)
    @Test
    void afterAllOfItTheFirstEventOfTheReportIsItsFirstDecision() throws Exception {
        HttpResponse<String> answer = post(Step.INSTRUCT, JSON.writeValueAsString(Step.INSTRUCT.validBody()));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);

        List<TopicRecorder.Recorded> published = await().atMost(PATIENCE).until(() -> topics.withKey(target()),
                records -> records.size() >= 2);
        assertThat(published).extracting(r -> r.header("ce_reportsequence")).containsOnly("6");
        assertThat(published).hasSize(2);
    }

    @Order(3)
    @Test
    void neitherTokensNorReportTextReachTheLog(CapturedOutput output) throws Exception {
        String token = TestTokens.leader("county-head");
        ObjectNode body = Step.INSTRUCT.validBody();
        body.putObject("leader").put("$gt", "");
        post(target(), Step.INSTRUCT, JSON.writeValueAsString(body), token);
        post(target(), Step.INSTRUCT, "{\"leader\": ", token);
        get("/api/leadership/reports/" + UUID.randomUUID(), token);
        String tampered = TestTokens.tampered("leader-county-head", "LEADER");
        get("/api/leadership/inbox", tampered);

        // a poison record that carries a report's text goes to the dead letters; its text stays out of the log
        ReportSentToLeaders sent = LeadershipIT.sentToLeaders(false);
        ObjectNode poison = (ObjectNode) JSON.readTree(EventJson.write(sent));
        poison.remove("trackingNumber");
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ReportSentToLeaders.TYPE.topic(), sent.reportId(),
                JSON.writeValueAsBytes(poison));
        EventEnvelope.of(sent, ReportSentToLeaders.TYPE, URI.create("/minyi/committee-review"), "test", null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        kafka.send(record).get();
        await().atMost(PATIENCE).until(() -> topics.withKey(sent.reportId()).stream()
                .anyMatch(r -> r.topic().equals(DEAD_LETTERS)));

        assertThat(output.getAll()).doesNotContain(token).doesNotContain(tampered)
                .doesNotContain(token.substring(token.lastIndexOf('.') + 1))
                .doesNotContain("城关镇现有2000年以前").doesNotContain("建议县住建局牵头设立");
    }

    private void assertUnchanged() throws Exception {
        HttpResponse<String> answer = get("/api/leadership/reports/" + target(), TestTokens.leader("county-head"));
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode item = JSON.readTree(answer.body());
        assertThat(item.path("status").asString()).isEqualTo("SENT_TO_LEADERS");
        assertThat(item.path("sequence").asLong()).isEqualTo(5);
        assertThat(item.path("instructions").size()).isZero();
        assertThat(item.path("forwards").size()).isZero();
        assertThat(item.path("archival").isNull() || item.path("archival").isMissingNode()).isTrue();
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).as("problem+json for " + status)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private String target() throws Exception {
        if (target == null) {
            synchronized (HostileInputIT.class) {
                if (target == null) {
                    target = received();
                }
            }
        }
        return target;
    }

    /** A report sent to the leaders, once it is in the inbox. */
    private String received() throws Exception {
        ReportSentToLeaders sent = LeadershipIT.sentToLeaders(false);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ReportSentToLeaders.TYPE.topic(), sent.reportId(),
                EventJson.write(sent));
        EventEnvelope.of(sent, ReportSentToLeaders.TYPE, URI.create("/minyi/committee-review"), "test", null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        kafka.send(record).get();
        await().atMost(PATIENCE).until(() ->
                get("/api/leadership/reports/" + sent.reportId(), TestTokens.office()).statusCode() == 200);
        return sent.reportId();
    }

    private static ObjectNode at(ObjectNode body, String field) {
        return field.startsWith("units[0].") ? unit(body) : body;
    }

    private static String last(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    private static ObjectNode unit(ObjectNode body) {
        return (ObjectNode) body.get("units").get(0);
    }

    private static void units(ObjectNode body, int count) {
        ArrayNode units = body.putArray("units");
        for (int i = 0; i < count; i++) {
            units.addObject().put("unit", "u" + i).put("role", i == 0 ? "LEAD" : "SUPPORT").put("deadline", DEADLINE);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String path(Step step) throws Exception {
        return "/api/leadership/reports/" + target() + "/" + step.path;
    }

    private HttpRequest.Builder request(Step step) throws Exception {
        return HttpRequest.newBuilder(uri(path(step)))
                .header("Authorization", "Bearer " + step.token())
                .header("Content-Type", "application/json");
    }

    private HttpResponse<String> post(Step step, String body) throws Exception {
        return post(target(), step, body);
    }

    private HttpResponse<String> post(String id, Step step, String body) throws Exception {
        return post(id, step, body, step.token());
    }

    private HttpResponse<String> post(String id, Step step, String body, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/leadership/reports/" + id + "/" + step.path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> call(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        }
        return send(request);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return call("GET", path, token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
