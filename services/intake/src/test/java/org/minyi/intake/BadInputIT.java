package org.minyi.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input matrix of PRODUCT.md §6, over HTTP: every field of the report body with what can be
 * wrong with it — missing, empty, wrong JSON type, unknown enum, bad date, bad or unknown code, too
 * long, control characters, MongoDB operators anywhere, fields only the platform sets — and bodies
 * that are not JSON or too large. Each answer is a 4xx problem+json naming the field and what is wrong,
 * in Chinese and English, and nothing is stored. This county's text limit is set to 1,200 characters
 * ({@code minyi.intake.limits.counties.qinghe.text}), so the per-county configuration is exercised too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=intake_bad_input_it",
        "minyi.intake.limits.counties.qinghe.text=1200",
        "minyi.intake.limits.counties.qinghe.advised-text=800"})
@MinyiIntegrationTest
@Import(TestClock.class)
class BadInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String STATION = TestTokens.station("chengguan");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    static Stream<Arguments> badFields() {
        List<Arguments> cases = new ArrayList<>();
        for (String field : List.of("title", "category", "domain", "situation", "suggestions", "township")) {
            cases.add(bad("missing " + field, body -> body.remove(field), field, "required"));
            cases.add(bad(field + " null", body -> body.putNull(field), field, "required"));
        }
        cases.add(bad("empty title", body -> body.put("title", ""), "title", "required"));
        cases.add(bad("blank situation", body -> body.put("situation", " \u3000\n "), "situation", "required"));
        cases.add(bad("blank suggestions", body -> body.put("suggestions", "  "), "suggestions", "required"));

        cases.add(bad("unknown category", body -> body.put("category", "GOSSIP"), "category", "bad_value"));
        cases.add(bad("category in lower case", body -> body.put("category", "daily_life"), "category", "bad_value"));
        cases.add(bad("unknown onBehalfOf kind", body -> behalf(body).put("kind", "CLUB"), "onBehalfOf.kind",
                "bad_value"));
        cases.add(bad("onBehalfOf without kind", body -> behalf(body).remove("kind"), "onBehalfOf.kind", "required"));
        cases.add(bad("onBehalfOf without name", body -> behalf(body).remove("name"), "onBehalfOf.name", "required"));

        cases.add(bad("title a number", body -> body.put("title", 123), "title", "wrong_type"));
        cases.add(bad("title a boolean", body -> body.put("title", true), "title", "wrong_type"));
        cases.add(bad("title an array", body -> body.putArray("title").add("关于"), "title", "wrong_type"));
        cases.add(bad("title an object", body -> body.putObject("title").put("zh", "关于"), "title", "wrong_type"));
        cases.add(bad("category a number", body -> body.put("category", 3), "category", "wrong_type"));
        cases.add(bad("unknown source", body -> body.put("source", "RUMOUR"), "source", "bad_value"));
        cases.add(bad("source a list", body -> body.putArray("source").add("DAILY"), "source", "wrong_type"));
        cases.add(bad("domain a number", body -> body.put("domain", 7), "domain", "wrong_type"));
        cases.add(bad("analysis a number", body -> body.put("analysis", 1.5), "analysis", "wrong_type"));
        cases.add(bad("sector an array", body -> body.putArray("sector").add("cdl"), "sector", "wrong_type"));
        cases.add(bad("topicId a number", body -> body.put("topicId", 202601), "topicId", "wrong_type"));
        cases.add(bad("urgent a string", body -> body.put("urgent", "yes"), "urgent", "wrong_type"));
        cases.add(bad("urgent a number", body -> body.put("urgent", 1), "urgent", "wrong_type"));
        cases.add(bad("authors a string", body -> body.put("authors", "m0001"), "authors", "wrong_type"));
        cases.add(bad("an author a number", body -> body.putArray("authors").add(1), "authors[0]", "wrong_type"));
        cases.add(bad("onBehalfOf a string", body -> body.put("onBehalfOf", "民盟"), "onBehalfOf", "wrong_type"));
        cases.add(bad("onBehalfOf name a number", body -> behalf(body).put("name", 5), "onBehalfOf.name",
                "wrong_type"));
        cases.add(bad("occurredOn a number", body -> body.put("occurredOn", 20260301), "occurredOn", "wrong_type"));

        cases.add(bad("30 February", body -> body.put("occurredOn", "2026-02-30"), "occurredOn", "bad_value"));
        cases.add(bad("month 13", body -> body.put("occurredOn", "2026-13-01"), "occurredOn", "bad_value"));
        cases.add(bad("slashes", body -> body.put("occurredOn", "2026/03/01"), "occurredOn", "bad_value"));
        cases.add(bad("day first", body -> body.put("occurredOn", "01-03-2026"), "occurredOn", "bad_value"));
        cases.add(bad("a timestamp", body -> body.put("occurredOn", "2026-03-01T08:00:00Z"), "occurredOn",
                "bad_value"));
        cases.add(bad("before 1900", body -> body.put("occurredOn", "1899-12-31"), "occurredOn", "bad_value"));
        cases.add(bad("the day after tomorrow", body -> body.put("occurredOn", TODAY.plusDays(2).toString()),
                "occurredOn", "in_future"));

        for (String field : List.of("id", "_id", "status", "trackingNumber", "revision", "sequence", "committee",
                "submittedBy", "submittedAt", "updatedAt", "createdAt", "version", "quality")) {
            cases.add(bad("setting " + field, body -> body.put(field, "x"), field, "unknown_field"));
        }
        cases.add(bad("an unknown field", body -> body.put("colour", "red"), "colour", "unknown_field"));
        cases.add(bad("an unknown field in onBehalfOf", body -> behalf(body).put("since", "2020"), "onBehalfOf.since",
                "unknown_field"));

        cases.add(bad("$gt for a code", body -> body.putObject("township").put("$gt", ""), "township", "operator"));
        cases.add(bad("$ne for a text", body -> body.putObject("title").putNull("$ne"), "title", "operator"));
        cases.add(bad("$in in an array", body -> body.putArray("authors").add("m0001").addObject()
                .putArray("$in").add("m0002"), "authors[1]", "operator"));
        cases.add(bad("$regex nested in onBehalfOf", body -> behalf(body).putObject("name").put("$regex", ".*"),
                "onBehalfOf.name", "operator"));
        cases.add(bad("$where in onBehalfOf", body -> behalf(body).put("$where", "sleep(1000)"), "onBehalfOf",
                "operator"));
        cases.add(bad("$where at the top", body -> body.put("$where", "sleep(1000)"), "$where", "operator"));
        cases.add(bad("$set deep in an unknown field", body -> body.putObject("status").putObject("x")
                .put("$set", "ADOPTED"), "status.x", "operator"));
        cases.add(bad("$gt deep in an array of a text", body -> body.putArray("situation").addObject()
                .putObject("x").put("$gt", 1), "situation[0].x", "operator"));

        cases.add(bad("a township that is not a code", body -> body.put("township", "城关镇"), "township", "bad_code"));
        cases.add(bad("a domain with a space", body -> body.put("domain", "a b"), "domain", "bad_code"));
        cases.add(bad("a topic code too long", body -> body.put("topicId", "t".repeat(65)), "topicId", "bad_code"));
        cases.add(bad("an author code with a dot", body -> body.putArray("authors").add("m0001.x"), "authors[0]",
                "bad_code"));
        cases.add(bad("an unknown township", body -> body.put("township", "atlantis"), "township", "unknown_code"));
        cases.add(bad("an unknown domain", body -> body.put("domain", "astrology"), "domain", "unknown_code"));
        cases.add(bad("an unknown sector", body -> body.put("sector", "guild"), "sector", "unknown_code"));
        cases.add(bad("an unknown member", body -> body.putArray("authors").add("m9999"), "authors[0]",
                "unknown_code"));
        cases.add(bad("a sector's report without its sector", body -> behalf(body).put("kind", "SECTOR"), "sector",
                "required"));

        cases.add(bad("a title of 61 characters", body -> body.put("title", "长".repeat(61)), "title", "too_long"));
        cases.add(bad("a text over this county's 1,200", body -> body.put("situation", "情".repeat(1190)),
                "situation", "too_long"));
        cases.add(bad("a name of 61 characters", body -> behalf(body).put("name", "名".repeat(61)),
                "onBehalfOf.name", "too_long"));
        cases.add(bad("a line break in the title", body -> body.put("title", "关于\n停运"), "title", "bad_text"));
        cases.add(bad("a NUL in the text", body -> body.put("situation", "部分\u0000行政村"), "situation", "bad_text"));
        cases.add(bad("an author twice", body -> body.putArray("authors").add("m0001").add("m0001"), "authors[1]",
                "duplicate"));
        cases.add(bad("21 authors", body -> {
            ArrayNode authors = body.putArray("authors");
            for (int i = 1; i <= 21; i++) {
                authors.add(String.format("m%04d", i));
            }
        }, "authors", "too_many"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFields")
    void aBadFieldIsNamedWithWhatIsWrongAndNothingIsStored(String name, Consumer<ObjectNode> spoil, String field,
                                                           String code) throws Exception {
        ObjectNode body = good();
        spoil.accept(body);

        HttpResponse<String> answer = post(JSON.writeValueAsString(body));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asString()).isEqualTo("/problems/invalid-request");
        assertThat(problem.path("title").asString()).startsWith("请求内容有误").endsWith("Invalid request");
        assertThat(problem.path("errors")).as(answer.body()).singleElement().satisfies(error -> {
            assertThat(error.path("field").asString()).isEqualTo(field);
            assertThat(error.path("code").asString()).isEqualTo(code);
            assertThat(error.path("message").asString()).as("in Chinese").containsPattern("\\p{IsHan}");
            assertThat(error.path("messageEn").asString()).as("in English").containsPattern("[a-z]{3}");
        });
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() throws Exception {
        ObjectNode body = good();
        body.put("title", 123);
        body.put("category", "GOSSIP");
        body.put("status", "ADOPTED");
        body.putObject("township").put("$gt", "");
        body.put("occurredOn", "2026-02-30");

        HttpResponse<String> answer = post(JSON.writeValueAsString(body));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(fields(answer)).containsExactlyInAnyOrder("title:wrong_type", "category:bad_value",
                "status:unknown_field", "township:operator", "occurredOn:bad_value");
    }

    @Test
    void bodiesThatAreNotAReportAreRefused() throws Exception {
        assertThat(fields(post("{\"title\": "))).containsExactly("body:malformed_json");
        assertThat(fields(post("not json at all"))).containsExactly("body:malformed_json");
        assertThat(fields(post(JSON.writeValueAsString(good()) + " {}"))).as("trailing tokens")
                .containsExactly("body:malformed_json");
        assertThat(fields(post("[]"))).containsExactly("body:wrong_type");
        assertThat(fields(post("\"a report\""))).containsExactly("body:wrong_type");
        assertThat(post("").statusCode()).isEqualTo(400);
        HttpResponse<String> twice = post("{\"title\": \"甲\", \"title\": \"乙\"}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(fields(twice)).containsExactly("title:duplicate_field");
    }

    @Test
    void aBodyOverSixtyFourKilobytesIsRefusedBeforeItIsRead() throws Exception {
        ObjectNode body = good();
        body.put("situation", "部".repeat(25_000));
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> declared = send(HttpRequest.BodyPublishers.ofByteArray(bytes));
        HttpResponse<String> chunked = send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(declared.body()).path("type").asString()).isEqualTo("/problems/payload-too-large");
    }

    @Test
    void theGoodBodyIsAcceptedAndThisCountysLimitsApply() throws Exception {
        ObjectNode atTheLimit = good();
        atTheLimit.put("situation", "情".repeat(1200 - LENGTH_OF_SUGGESTIONS));

        HttpResponse<String> answer = post(JSON.writeValueAsString(atTheLimit));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(JSON.readTree(answer.body()).path("quality").path("flags")).extracting(JsonNode::asString)
                .as("over this county's advised 800 characters").contains("TOO_LONG");
    }

    @Test
    void nothingWasStoredByTheBadRequests() throws Exception {
        JsonNode list = JSON.readTree(HTTP.send(HttpRequest.newBuilder(uri("/api/reports?size=100"))
                .header("Authorization", "Bearer " + TestTokens.office()).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());

        assertThat(list.path("total").asLong()).as("only the good bodies of this class were stored")
                .isLessThanOrEqualTo(1);
    }

    private static final int LENGTH_OF_SUGGESTIONS = "建议整合邮政、供销与快递资源，建设村级综合服务站。".length();

    private static ObjectNode good() {
        ObjectNode body = JSON.createObjectNode();
        body.put("title", "关于农村寄递物流“最后一公里”的建议");
        body.put("category", "DAILY_LIFE");
        body.put("domain", "transport");
        body.put("situation", "部分行政村快递无法直接送达，群众需到镇上取件。");
        body.put("suggestions", "建议整合邮政、供销与快递资源，建设村级综合服务站。");
        body.put("township", "chengguan");
        body.putArray("authors");
        body.put("urgent", false);
        return body;
    }

    private static ObjectNode behalf(ObjectNode body) {
        JsonNode existing = body.get("onBehalfOf");
        if (existing instanceof ObjectNode object) {
            return object;
        }
        ObjectNode behalf = body.putObject("onBehalfOf");
        behalf.put("kind", "GROUP");
        behalf.put("name", "县政协经济界别小组");
        return behalf;
    }

    private static Arguments bad(String name, Consumer<ObjectNode> spoil, String field, String code) {
        return Arguments.of(name, spoil, field, code);
    }

    private static List<String> fields(HttpResponse<String> answer) throws IOException {
        List<String> fields = new ArrayList<>();
        JSON.readTree(answer.body()).path("errors").forEach(e -> fields.add(e.path("field").asString() + ":"
                + e.path("code").asString()));
        return fields;
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return send(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri("/api/reports")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + STATION).POST(body).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
