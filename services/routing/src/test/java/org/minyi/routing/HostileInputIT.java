package org.minyi.routing;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minyi.events.intake.Category;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hostile input at every endpoint of routing that takes a body or parameters (issue 8, PRODUCT.md §6):
 * unknown fields and parameters, MongoDB operators wherever a value goes, wrong JSON types (never
 * converted), duplicated properties, bodies that are not one JSON object, control characters,
 * oversize bodies, huge and malformed page numbers and sizes. Each answer is a 4xx problem+json naming
 * the field — never a 5xx — and nothing changes: the rules in force, the topics, the routing case.
 * Texts are stored in NFC and their lengths counted in code points.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=routing_it")
@MinyiIntegrationTest
@AutoConfigureMetrics
@AutoConfigureTracing
class HostileInputIT {

    private static final String RULES = "/api/routing/rules";
    private static final String REROUTE = "/api/routing/reports/{case}/reroute";
    private static final String TOPICS = "/api/topics";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String QUARTER = TODAY.getYear() + "Q" + ((TODAY.getMonthValue() - 1) / 3 + 1);
    /** A character outside the Basic Multilingual Plane: one code point, two UTF-16 units. */
    private static final String WIDE = "𠀀";
    private static String routedCase;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    private Traffic traffic;

    @BeforeEach
    void routeACase() throws Exception {
        traffic = new Traffic(port);
        if (routedCase == null) {
            routedCase = routed();
        }
    }

    static Stream<Arguments> hostileBodies() {
        List<Arguments> cases = new ArrayList<>();
        // PUT /api/routing/rules
        cases.add(bad(RULES, "an unknown field", b -> b.put("colour", "red"), "colour:unknown_field"));
        cases.add(bad(RULES, "setting the version", b -> b.put("version", 99), "version:unknown_field"));
        cases.add(bad(RULES, "an unknown field in a rule", b -> rule(b).put("status", "ADOPTED"),
                "rules[0].status:unknown_field"));
        cases.add(bad(RULES, "$gt for a committee", b -> rule(b).putObject("committee").put("$gt", ""),
                "rules[0].committee:operator"));
        cases.add(bad(RULES, "$regex for a keyword", b -> rule(b).putArray("keywords").addObject().put("$regex", ".*"),
                "rules[0].keywords[0]:operator"));
        cases.add(bad(RULES, "$ne for basedOn", b -> b.putObject("basedOn").putNull("$ne"), "basedOn:operator"));
        cases.add(bad(RULES, "$where at the top", b -> b.put("$where", "sleep(1000)"), "$where:operator"));
        cases.add(bad(RULES, "a committee that is a number", b -> rule(b).put("committee", 5),
                "rules[0].committee:wrong_type"));
        cases.add(bad(RULES, "a description that is a boolean", b -> rule(b).put("description", true),
                "rules[0].description:wrong_type"));
        cases.add(bad(RULES, "a category by its index", b -> rule(b).putArray("categories").add(1),
                "rules[0].categories[0]:wrong_type"));
        cases.add(bad(RULES, "an unknown category", b -> rule(b).putArray("categories").add("GOSSIP"),
                "rules[0].categories[0]:bad_value"));
        cases.add(bad(RULES, "keywords as one string", b -> rule(b).put("keywords", "养老"),
                "rules[0].keywords:wrong_type"));
        cases.add(bad(RULES, "rules as an object", b -> b.putObject("rules").put("id", "x"), "rules:wrong_type"));
        cases.add(bad(RULES, "basedOn as a string", b -> b.put("basedOn", "3"), "basedOn:wrong_type"));
        cases.add(bad(RULES, "basedOn as a fraction", b -> b.put("basedOn", 1.5), "basedOn:wrong_type"));
        cases.add(bad(RULES, "basedOn beyond an int", b -> b.put("basedOn", 99_999_999_999L), "basedOn:bad_value"));
        cases.add(bad(RULES, "a NUL in a description", b -> rule(b).put("description", "说明\u0000"),
                "rules[0].description:bad_text"));
        cases.add(bad(RULES, "a keyword of 31 characters", b -> rule(b).putArray("keywords").add(WIDE.repeat(31)),
                "rules[0].keywords[0]:too_long"));
        // POST /api/routing/reports/{id}/reroute
        cases.add(bad(REROUTE, "an unknown field", b -> b.put("status", "ROUTED"), "status:unknown_field"));
        cases.add(bad(REROUTE, "setting the id", b -> b.put("id", "x"), "id:unknown_field"));
        cases.add(bad(REROUTE, "$gt for the committee", b -> b.putObject("committee").put("$gt", ""),
                "committee:operator"));
        cases.add(bad(REROUTE, "$ne for the reason", b -> b.putObject("reason").putNull("$ne"), "reason:operator"));
        cases.add(bad(REROUTE, "$set deep in an unknown field", b -> b.putObject("decisions").putObject("x")
                .put("$set", 1), "decisions.x:operator"));
        cases.add(bad(REROUTE, "a committee that is a number", b -> b.put("committee", 1), "committee:wrong_type"));
        cases.add(bad(REROUTE, "a reason that is an array", b -> b.putArray("reason").add("改派"), "reason:wrong_type"));
        cases.add(bad(REROUTE, "a reason that is a boolean", b -> b.put("reason", true), "reason:wrong_type"));
        cases.add(bad(REROUTE, "a committee that is not a code", b -> b.put("committee", "经济委"),
                "committee:unknown_code"));
        cases.add(bad(REROUTE, "a bell in the reason", b -> b.put("reason", "改派\u0007"), "reason:bad_text"));
        cases.add(bad(REROUTE, "a reason of 501 characters", b -> b.put("reason", WIDE.repeat(501)),
                "reason:too_long"));
        // POST /api/topics
        cases.add(bad(TOPICS, "setting the id", b -> b.put("id", "mine"), "id:unknown_field"));
        cases.add(bad(TOPICS, "setting the coverage", b -> b.putObject("coverage").put("reports", 9),
                "coverage:unknown_field"));
        cases.add(bad(TOPICS, "$gt for the title", b -> b.putObject("title").put("$gt", ""), "title:operator"));
        cases.add(bad(TOPICS, "$in in the committees", b -> b.putArray("committees").addObject().putArray("$in")
                .add("economy"), "committees[0]:operator"));
        cases.add(bad(TOPICS, "$gte for the deadline", b -> b.putObject("deadline").put("$gte", "2020-01-01"),
                "deadline:operator"));
        cases.add(bad(TOPICS, "$regex for the quarter", b -> b.putObject("quarter").put("$regex", "."),
                "quarter:operator"));
        cases.add(bad(TOPICS, "a title that is a number", b -> b.put("title", 1), "title:wrong_type"));
        cases.add(bad(TOPICS, "a description that is a boolean", b -> b.put("description", false),
                "description:wrong_type"));
        cases.add(bad(TOPICS, "committees as one string", b -> b.put("committees", "economy"),
                "committees:wrong_type"));
        cases.add(bad(TOPICS, "a committee that is a number", b -> b.putArray("committees").add(3),
                "committees[0]:wrong_type"));
        cases.add(bad(TOPICS, "a deadline that is a number", b -> b.put("deadline", 20260301),
                "deadline:wrong_type"));
        cases.add(bad(TOPICS, "30 February", b -> b.put("deadline", "2026-02-30"), "deadline:bad_value"));
        cases.add(bad(TOPICS, "a code with a space", b -> b.put("code", "a b"), "code:bad_code"));
        cases.add(bad(TOPICS, "a line break in the title", b -> b.put("title", "养老\n服务"), "title:bad_text"));
        cases.add(bad(TOPICS, "an escape in the description", b -> b.put("description", "说明\u001b[31m"),
                "description:bad_text"));
        cases.add(bad(TOPICS, "a title of 61 characters", b -> b.put("title", WIDE.repeat(61)), "title:too_long"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("hostileBodies")
    void aHostileBodyIsRefusedNamingTheFieldAndNothingChanges(String path, String name, Consumer<ObjectNode> spoil,
                                                             String expected) throws Exception {
        ObjectNode body = good(path);
        spoil.accept(body);
        String before = state();

        HttpResponse<String> answer = send(path, Traffic.JSON.writeValueAsString(body));

        assertProblem(answer, 400);
        assertThat(fields(answer)).as(answer.body()).containsExactly(expected);
        JsonNode error = traffic.json(answer).path("errors").get(0);
        assertThat(error.path("message").asString()).as("in Chinese").containsPattern("\\p{IsHan}");
        assertThat(error.path("messageEn").asString()).as("in English").containsPattern("[a-z]{3}");
        assertThat(state()).as("nothing changed").isEqualTo(before);
    }

    static Stream<Arguments> endpointsWithBodies() {
        return Stream.of(RULES, REROUTE, TOPICS).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointsWithBodies")
    void bodiesThatAreNotOneJsonObjectAreRefused(String path) throws Exception {
        String before = state();
        assertThat(fields(send(path, "[]"))).containsExactly("body:wrong_type");
        assertThat(fields(send(path, "\"x\""))).containsExactly("body:wrong_type");
        assertThat(fields(send(path, "null"))).containsExactly("body:wrong_type");
        assertThat(fields(send(path, "{\"title\": "))).containsExactly("body:malformed_json");
        assertThat(fields(send(path, "not json"))).containsExactly("body:malformed_json");
        assertThat(fields(send(path, Traffic.JSON.writeValueAsString(good(path)) + " {}")))
                .as("trailing tokens").containsExactly("body:malformed_json");
        String first = good(path).propertyNames().iterator().next();
        HttpResponse<String> twice = send(path, "{\"" + first + "\": null, " + Traffic.JSON.writeValueAsString(good(path))
                .substring(1));
        assertThat(fields(twice)).as(twice.body()).containsExactly(first + ":duplicate_field");
        assertProblem(send(path, ""), 400);
        HttpResponse<String> plain = traffic.send(HttpRequest.newBuilder(traffic.uri(resolve(path)))
                .header("Authorization", "Bearer " + TestTokens.office()).header("Content-Type", "text/plain")
                .method(method(path), HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(plain, 415);
        assertThat(state()).as("nothing changed").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointsWithBodies")
    void aBodyOverSixtyFourKilobytesIsRefusedWhetherItsLengthIsDeclaredOrNot(String path) throws Exception {
        ObjectNode body = good(path);
        body.put("padding", "部".repeat(25_000));
        byte[] bytes = Traffic.JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        String before = state();

        HttpResponse<String> declared = send(path, HttpRequest.BodyPublishers.ofByteArray(bytes));
        HttpResponse<String> chunked = send(path,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));

        assertProblem(declared, 413);
        assertProblem(chunked, 413);
        assertThat(traffic.json(declared).path("type").asString()).isEqualTo("/problems/payload-too-large");
        assertThat(state()).as("nothing changed").isEqualTo(before);
    }

    static Stream<Arguments> hostileParameters() {
        String operator = "%7B%22%24gt%22%3A%22%22%7D";
        return Stream.of(
                Arguments.of("/api/routing/reports?colour=red", "colour:unknown_parameter"),
                Arguments.of("/api/routing/reports?committee%5B%24ne%5D=x", "committee[$ne]:unknown_parameter"),
                Arguments.of("/api/routing/reports?committee=" + operator, "committee:bad_code"),
                Arguments.of("/api/routing/reports?status=GOSSIP", "status:bad_value"),
                Arguments.of("/api/routing/reports?page=abc", "page:bad_value"),
                Arguments.of("/api/routing/reports?size=1e3", "size:bad_value"),
                Arguments.of("/api/routing/reports?size=99999999999", "size:bad_value"),
                Arguments.of("/api/routing/reports/" + routedCasePlaceholder() + "?view=full", "view:unknown_parameter"),
                Arguments.of("/api/routing/rules?version=1", "version:unknown_parameter"),
                Arguments.of("/api/routing/rules/versions?page=2", "page:unknown_parameter"),
                Arguments.of("/api/routing/rules/versions/abc", "version:bad_value"),
                Arguments.of("/api/routing/rules/versions/99999999999", "version:bad_value"),
                Arguments.of("/api/topics?quarter=2026Q9", "quarter:bad_value"),
                Arguments.of("/api/topics?quarter=" + operator, "quarter:bad_value"),
                Arguments.of("/api/topics?quarter%5B%24regex%5D=.", "quarter[$regex]:unknown_parameter"),
                Arguments.of("/api/topics?open=maybe", "open:bad_value"),
                Arguments.of("/api/topics?size=-", "size:bad_value"),
                Arguments.of("/api/topics/x?coverage=true", "coverage:unknown_parameter"),
                Arguments.of("/api/audit?outcome=WHATEVER", "outcome:bad_value"),
                Arguments.of("/api/audit?from=yesterday", "from:bad_value"),
                Arguments.of("/api/audit?principal=" + operator, "principal:bad_value"),
                Arguments.of("/api/audit?object=%24where", "object:bad_value"),
                Arguments.of("/api/audit?principal%5B%24ne%5D=x", "principal[$ne]:unknown_parameter"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileParameters")
    void aHostileParameterIsRefusedNamingIt(String path, String expected) throws Exception {
        HttpResponse<String> answer = traffic.get(resolve(path), TestTokens.office());

        assertProblem(answer, 400);
        assertThat(fields(answer)).as(answer.body()).containsExactly(expected);
    }

    @Test
    void pagesAreCappedAndAPageFarBeyondTheEndIsEmpty() throws Exception {
        assertThat(traffic.send("POST", TOPICS, TestTokens.office(), Traffic.JSON.writeValueAsString(good(TOPICS)))
                .statusCode()).isEqualTo(201);
        for (String list : List.of("/api/routing/reports", "/api/topics", "/api/audit")) {
            JsonNode capped = traffic.json(ok(traffic.get(list + "?size=1000000", TestTokens.office())));
            assertThat(capped.path("size").asInt()).as(list).isEqualTo(100);
            assertThat(capped.path("items").size()).isLessThanOrEqualTo(100);
            JsonNode beyond = traffic.json(ok(traffic.get(list + "?page=2147483647&size=100", TestTokens.office())));
            assertThat(beyond.path("items")).as(list).isEmpty();
            assertThat(beyond.path("total").asLong()).isPositive();
            JsonNode least = traffic.json(ok(traffic.get(list + "?page=-5&size=0", TestTokens.office())));
            assertThat(least.path("page").asInt()).isZero();
            assertThat(least.path("size").asInt()).isEqualTo(1);
        }
    }

    @Test
    void objectsNamedWithOperatorsOrOddCharactersAreSimplyNotFound() throws Exception {
        assertProblem(traffic.get("/api/routing/reports/%7B%22%24gt%22%3A%22%22%7D", TestTokens.office()), 404);
        assertProblem(traffic.get("/api/routing/reports/%24where", TestTokens.office()), 404);
        assertProblem(traffic.get("/api/topics/%7B%22%24ne%22%3Anull%7D", TestTokens.station("chengguan")), 404);
        assertProblem(traffic.get("/api/routing/rules/versions/-1", TestTokens.office()), 404);
        assertProblem(traffic.send("POST", "/api/routing/reports/%24where/reroute", TestTokens.office(),
                "{\"committee\": \"economy\", \"reason\": \"改派\"}"), 404);
    }

    @Test
    void textsAreKeptInNfcAndCountedInCodePoints() throws Exception {
        String decomposed = "A\u030Angström 养老";
        String code = "nfc-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> topic = traffic.send("POST", TOPICS, TestTokens.office(), """
                {"code": "%s", "title": "%s", "description": "%s", "quarter": "%s", "committees": ["economy"],
                 "deadline": "%s"}""".formatted(code, decomposed, WIDE.repeat(1000), QUARTER, TODAY.plusDays(5)));
        assertThat(topic.statusCode()).as(topic.body()).isEqualTo(201);
        JsonNode stored = traffic.json(traffic.get("/api/topics/" + code, TestTokens.station("chengguan")));
        assertThat(stored.path("title").asString()).isEqualTo("\u00C5ngström 养老");
        assertThat(stored.path("description").asString().codePointCount(0,
                stored.path("description").asString().length())).isEqualTo(1000);
        assertThat(traffic.send("POST", TOPICS, TestTokens.office(), """
                {"title": "题", "description": "%s", "quarter": "%s", "committees": ["economy"], "deadline": "%s"}"""
                .formatted(WIDE.repeat(1001), QUARTER, TODAY.plusDays(5))).statusCode()).isEqualTo(400);

        String id = routed();
        HttpResponse<String> rerouted = traffic.send("POST", "/api/routing/reports/" + id + "/reroute",
                TestTokens.office(), "{\"committee\": \"economy\", \"reason\": \"A\u030A" + WIDE.repeat(499) + "\"}");
        assertThat(rerouted.statusCode()).as(rerouted.body()).isEqualTo(200);
        String reason = traffic.json(rerouted).path("decisions").get(1).path("reason").asString();
        assertThat(reason).startsWith("\u00C5");
        assertThat(reason.codePointCount(0, reason.length())).isEqualTo(500);
    }

    private static Arguments bad(String path, String name, Consumer<ObjectNode> spoil, String expected) {
        return Arguments.of(path, name, spoil, expected);
    }

    /** A body the endpoint would accept, so that the hostile part is the only thing wrong with it. */
    private static ObjectNode good(String path) {
        ObjectNode body = Traffic.JSON.createObjectNode();
        if (path.equals(RULES)) {
            ObjectNode rule = body.putArray("rules").addObject();
            rule.put("id", "hostile");
            rule.put("committee", "economy");
            rule.putArray("keywords").add("养老");
        } else if (path.equals(REROUTE)) {
            body.put("committee", "economy");
            body.put("reason", "改派");
        } else {
            body.put("title", "养老服务");
            body.put("quarter", QUARTER);
            body.putArray("committees").add("economy");
            body.put("deadline", TODAY.plusDays(30).toString());
        }
        return body;
    }

    private static ObjectNode rule(ObjectNode body) {
        return (ObjectNode) body.get("rules").get(0);
    }

    private static String routedCasePlaceholder() {
        return "{case}";
    }

    private String resolve(String path) {
        return path.replace("{case}", routedCase);
    }

    private static String method(String path) {
        return path.equals(RULES) ? "PUT" : "POST";
    }

    private HttpResponse<String> send(String path, String body) throws Exception {
        return send(path, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String path, HttpRequest.BodyPublisher body) throws Exception {
        return traffic.send(HttpRequest.newBuilder(traffic.uri(resolve(path)))
                .header("Authorization", "Bearer " + TestTokens.office()).header("Content-Type", "application/json")
                .method(method(path), body));
    }

    /** The rules in force, the topics, and the routing case: what a refused request must leave as it was. */
    private String state() throws Exception {
        JsonNode rules = traffic.json(traffic.get(RULES, TestTokens.office()));
        JsonNode topics = traffic.json(traffic.get(TOPICS + "?size=1", TestTokens.office()));
        JsonNode routing = traffic.routingCase(routedCase);
        return "rules v" + rules.path("version").asInt() + ", " + topics.path("total").asLong() + " topics, case "
                + routing.path("committee").asString() + "/" + routing.path("decisions").size() + "/"
                + routing.path("sequence").asLong();
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static HttpResponse<String> ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private List<String> fields(HttpResponse<String> answer) {
        List<String> fields = new ArrayList<>();
        traffic.json(answer).path("errors").forEach(e -> fields.add(e.path("field").asString() + ":"
                + e.path("code").asString()));
        return fields;
    }

    /** A report routed to education by the shipped rules. */
    private String routed() throws Exception {
        String id = UUID.randomUUID().toString();
        kafka.send(Traffic.record(Traffic.submitted(id, Category.DAILY_LIFE, "education"), Map.of())).get();
        await().atMost(Duration.ofSeconds(20)).until(() -> traffic.routingCase(id) != null);
        return id;
    }
}
