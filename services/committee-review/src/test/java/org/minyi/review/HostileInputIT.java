package org.minyi.review;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minyi.testing.MinyiIntegrationTest;
import org.slf4j.LoggerFactory;
import org.minyi.testing.TestTokens;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input at every endpoint that takes a body or parameters (issue 8): unknown fields and
 * parameters, MongoDB operator objects where a text or a code belongs, values of the wrong JSON type, keys
 * given twice, control characters, bodies over 64 KB, huge pages. Each answer is a 4xx problem+json naming
 * what is wrong — never a 5xx — and nothing changes: the items, the decline reasons and the draft issue
 * read the same afterwards. Neither the token nor the text of a refused body reaches the logs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=review_it", "minyi.review.pending-sweep-every=300ms", "minyi.review.pending-age=2s",
        "minyi.review.time-limit.check-every=300ms", "minyi.review.time-limit.committees.overseas=60"})
@MinyiIntegrationTest
@Import({ControllableClock.Configuration.class, RecordedSpans.Configuration.class})
@AutoConfigureMetrics
@AutoConfigureTracing
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIT extends ReviewServiceTestBase {

    private static final String REVIEWER = TestTokens.reviewer("proposals");
    private static final String OFFICE = TestTokens.office();
    private static final String OVERSIZE = "\"" + "长".repeat(25_000) + "\"";

    /** A report under review, one adopted and a draft issue carrying it, and how they all read before. */
    private String underReview;
    private String adopted;
    private String draft;
    private final List<String> before = new ArrayList<>();

    @BeforeAll
    void prepare() throws Exception {
        underReview = queued("proposals");
        claim(underReview, "proposals");
        adopted = adopted("proposals");
        HttpResponse<String> composed = post("/api/publications", OFFICE,
                "{\"kind\": \"REGULAR\", \"reports\": [\"" + adopted + "\"], \"headline\": \"本期要目\"}");
        assertThat(composed.statusCode()).as(composed.body()).isEqualTo(201);
        draft = JSON.readTree(composed.body()).path("id").asString();
        awaitStatus(underReview, "UNDER_REVIEW");
        awaitStatus(adopted, "ADOPTED");
        awaitRecord(adopted, org.minyi.events.review.ReportAdopted.TYPE);
        before.addAll(state());
    }

    @AfterAll
    void nothingChanged() throws Exception {
        assertThat(state()).isEqualTo(before);
    }

    static Stream<Arguments> badBodies() {
        List<Arguments> cases = new ArrayList<>();
        String decision = "POST /api/review/reports/{underReview}/decision";
        cases.add(bad(decision, "{\"decision\": \"ADOPT\", \"grade\": \"A\", \"status\": \"ADOPTED\"}", "status",
                "unknown_field"));
        cases.add(bad(decision, "{\"decision\": \"RETURN\", \"comment\": \"改\", \"reportId\": \"x\"}", "reportId",
                "unknown_field"));
        cases.add(bad(decision, "{\"$where\": \"sleep(1000)\", \"decision\": \"RETURN\", \"comment\": \"改\"}",
                "$where", "operator"));
        cases.add(bad(decision, "{\"decision\": \"RETURN\", \"comment\": {\"$gt\": \"\"}}", "comment", "operator"));
        cases.add(bad(decision, "{\"decision\": \"DECLINE\", \"reason\": {\"$ne\": null}}", "reason", "operator"));
        cases.add(bad(decision, "{\"decision\": {\"$in\": [\"ADOPT\"]}, \"grade\": \"A\"}", "decision",
                "operator"));
        cases.add(bad(decision, "{\"decision\": \"ADOPT\", \"grade\": 1}", "grade", "wrong_type"));
        cases.add(bad(decision, "{\"decision\": 0, \"grade\": \"A\"}", "decision", "wrong_type"));
        cases.add(bad(decision, "{\"decision\": \"RETURN\", \"comment\": 42}", "comment", "wrong_type"));
        cases.add(bad(decision, "{\"decision\": \"RETURN\", \"comment\": true}", "comment", "wrong_type"));
        cases.add(bad(decision, "{\"decision\": [\"RETURN\"], \"comment\": \"改\"}", "decision", "wrong_type"));
        cases.add(bad(decision, "[{\"decision\": \"RETURN\", \"comment\": \"改\"}]", "body", "wrong_type"));
        cases.add(bad(decision, "\"RETURN\"", "body", "wrong_type"));
        cases.add(bad(decision, "{\"decision\": \"RETURN\", \"decision\": \"ADOPT\", \"grade\": \"A\"}", "decision",
                "duplicate_field"));
        cases.add(bad(decision, "{\"decision\": \"RETURN\", \"comment\": \"退回\\u0000修改\"}", "comment", "bad_text"));
        cases.add(bad(decision, "{\"decision\": \"RETURN\", \"comment\": \"\\ud800\"}", "comment", "bad_text"));
        cases.add(bad(decision, "{\"decision\": \"DECLINE\", \"reason\": \"DUPLI\\nCATE\"}", "reason", "bad_text"));
        cases.add(bad(decision, "{\"decision\": \"RETURN\", \"comment\": \"改\"} {}", "body", "malformed_json"));
        cases.add(tooLarge(decision, "{\"decision\": \"RETURN\", \"comment\": " + OVERSIZE + "}"));

        String upstream = "POST /api/review/reports/{adopted}/upstream-adoptions";
        String adoption = "\"level\": \"CITY\", \"mode\": \"SINGLE\", \"adoptedOn\": \"2026-01-05\"";
        cases.add(bad(upstream, "{" + adoption + ", \"recordedBy\": \"office\"}", "recordedBy", "unknown_field"));
        cases.add(bad(upstream, "{" + adoption + ", \"note\": {\"$gt\": \"\"}}", "note", "operator"));
        cases.add(bad(upstream, "{\"level\": 0, \"mode\": \"SINGLE\", \"adoptedOn\": \"2026-01-05\"}", "level",
                "wrong_type"));
        cases.add(bad(upstream, "{\"level\": \"CITY\", \"mode\": \"SINGLE\", \"adoptedOn\": 20260105}", "adoptedOn",
                "wrong_type"));
        cases.add(bad(upstream, "{\"level\": \"CITY\", \"mode\": \"SINGLE\", \"adoptedOn\": \"2026-02-30\"}",
                "adoptedOn", "bad_value"));
        cases.add(bad(upstream, "{" + adoption + ", \"note\": 7}", "note", "wrong_type"));
        cases.add(tooLarge(upstream, "{" + adoption + ", \"note\": " + OVERSIZE + "}"));

        String submit = "POST /api/review/reports/{adopted}/upstream-submissions";
        String line = "\"level\": \"CITY\", \"submittedOn\": \"2026-01-05\"";
        cases.add(bad(submit, "{" + line + ", \"channel\": \"信息专报\", \"submissionId\": \"s\"}", "submissionId",
                "unknown_field"));
        cases.add(bad(submit, "{" + line + ", \"channel\": {\"$gt\": \"\"}}", "channel", "operator"));
        cases.add(bad(submit, "{\"level\": 0, \"submittedOn\": \"2026-01-05\", \"channel\": \"信息专报\"}", "level",
                "wrong_type"));
        cases.add(bad(submit, "{\"level\": \"CITY\", \"submittedOn\": 20260105, \"channel\": \"信息专报\"}",
                "submittedOn", "wrong_type"));
        cases.add(bad(submit, "{\"level\": \"CITY\", \"submittedOn\": \"2026-02-30\", \"channel\": \"信息专报\"}",
                "submittedOn", "bad_value"));
        cases.add(bad(submit, "{" + line + ", \"channel\": [\"信息专报\"]}", "channel", "wrong_type"));
        cases.add(bad(submit, "{" + line + ", \"channel\": \"信息\\u0000专报\"}", "channel", "bad_text"));
        cases.add(bad(submit, "[{" + line + "}]", "body", "wrong_type"));
        cases.add(tooLarge(submit, "{" + line + ", \"channel\": " + OVERSIZE + "}"));
        cases.add(bad(upstream, "{" + adoption + ", \"submission\": {\"$ne\": null}}", "submission", "operator"));
        cases.add(bad(upstream, "{" + adoption + ", \"submission\": 42}", "submission", "wrong_type"));

        String send = "POST /api/review/reports/{adopted}/send-to-leaders";
        cases.add(bad(send, "{\"leaders\": [\"county-head\"], \"force\": true}", "force", "unknown_field"));
        cases.add(bad(send, "{\"leaders\": [{\"$gt\": \"\"}]}", "leaders[0]", "operator"));
        cases.add(bad(send, "{\"leaders\": \"county-head\"}", "leaders", "wrong_type"));
        cases.add(bad(send, "{\"leaders\": [\"county head\"]}", "leaders[0]", "bad_code"));
        cases.add(bad(send, "{\"leaders\": [\"county-head\", \"emperor\"]}", "leaders[1]", "unknown"));
        cases.add(tooLarge(send, "{\"leaders\": [" + OVERSIZE + "]}"));

        String transfer = "POST /api/review/reports/{adopted}/transfer";
        String units = "\"units\": [{\"unit\": \"finance\", \"role\": \"LEAD\", \"deadline\": \"2099-01-01\"}]";
        cases.add(bad(transfer, "{\"note\": \"转送\", " + units + ", \"status\": \"FORWARDED\"}", "status",
                "unknown_field"));
        cases.add(bad(transfer, "{\"note\": {\"$gt\": \"\"}, " + units + "}", "note", "operator"));
        cases.add(bad(transfer, "{\"note\": \"转送\", \"units\": [{\"unit\": {\"$ne\": null}, \"role\": \"LEAD\", "
                + "\"deadline\": \"2099-01-01\"}]}", "units[0].unit", "operator"));
        cases.add(bad(transfer, "{\"note\": \"转送\", \"units\": [{\"unit\": \"finance\", \"role\": \"BOSS\", "
                + "\"deadline\": \"2099-01-01\"}]}", "units[0].role", "bad_value"));
        cases.add(bad(transfer, "{\"note\": \"转送\", \"units\": [{\"unit\": \"finance\", \"role\": \"LEAD\", "
                + "\"deadline\": \"2099-02-30\"}]}", "units[0].deadline", "bad_value"));
        cases.add(bad(transfer, "{\"note\": \"转送\", \"units\": {\"unit\": \"finance\"}}", "units", "wrong_type"));
        cases.add(bad(transfer, "{\"note\": 7, " + units + "}", "note", "wrong_type"));
        cases.add(bad(transfer, "{\"note\": \"转\\u0000送\", " + units + "}", "note", "bad_text"));
        cases.add(bad(transfer, "{\"note\": \"转送\", " + units + "}", "units[0].deadline", "too_far"));
        cases.add(tooLarge(transfer, "{\"note\": " + OVERSIZE + ", " + units + "}"));

        String merge = "POST /api/review/merges";
        String composite = "\"constituents\": [\"{underReview}\", \"{adopted}\"], \"grade\": \"A\"";
        cases.add(bad(merge, "{" + composite + ", \"title\": \"综合\", \"status\": \"ADOPTED\"}", "status",
                "unknown_field"));
        cases.add(bad(merge, "{" + composite + ", \"title\": {\"$gt\": \"\"}}", "title", "operator"));
        cases.add(bad(merge, "{\"constituents\": [{\"$gt\": \"\"}], \"title\": \"综合\", \"grade\": \"A\"}",
                "constituents[0]", "operator"));
        cases.add(bad(merge, "{\"constituents\": \"{underReview}\", \"title\": \"综合\", \"grade\": \"A\"}",
                "constituents", "wrong_type"));
        cases.add(bad(merge, "{" + composite + ", \"title\": \"综合\", \"category\": 3}", "category", "wrong_type"));
        cases.add(bad(merge, "{" + composite + ", \"title\": \"综合\\n信息\"}", "title", "bad_text"));
        cases.add(bad(merge, "{" + composite + ", \"title\": \"综合\", \"committee\": {\"$ne\": \"x\"}}", "committee",
                "operator"));
        cases.add(tooLarge(merge, "{" + composite + ", \"title\": \"综合\", \"situation\": " + OVERSIZE + "}"));

        String reasons = "PUT /api/review/decline-reasons";
        cases.add(bad(reasons, "{\"reasons\": [{\"code\": \"DUP\", \"label\": \"重复\", \"colour\": \"red\"}]}",
                "reasons[0].colour", "unknown_field"));
        cases.add(bad(reasons, "{\"reasons\": [{\"code\": {\"$gt\": \"\"}, \"label\": \"重复\"}]}", "reasons[0].code",
                "operator"));
        cases.add(bad(reasons, "{\"reasons\": [{\"code\": \"DUP\", \"label\": \"重复\", \"requiresComment\": \"yes\"}]}",
                "reasons[0].requiresComment", "wrong_type"));
        cases.add(bad(reasons, "{\"reasons\": [{\"code\": \"DUP\", \"label\": \"重复\", \"requiresComment\": 1}]}",
                "reasons[0].requiresComment", "wrong_type"));
        cases.add(bad(reasons, "{\"reasons\": {\"code\": \"DUP\", \"label\": \"重复\"}}", "reasons", "wrong_type"));
        cases.add(bad(reasons, "{\"reasons\": [{\"code\": \"DUP\", \"label\": \"重\\u0007复\"}]}", "reasons[0].label",
                "bad_text"));
        cases.add(tooLarge(reasons, "{\"reasons\": [{\"code\": \"DUP\", \"label\": " + OVERSIZE + "}]}"));

        String compose = "POST /api/publications";
        String issue = "\"kind\": \"REGULAR\", \"reports\": [\"{adopted}\"]";
        cases.add(bad(compose, "{" + issue + ", \"number\": 7}", "number", "unknown_field"));
        cases.add(bad(compose, "{" + issue + ", \"headline\": {\"$gt\": \"\"}}", "headline", "operator"));
        cases.add(bad(compose, "{" + issue + ", \"issue\": \"yes\"}", "issue", "wrong_type"));
        cases.add(bad(compose, "{" + issue + ", \"issue\": 1}", "issue", "wrong_type"));
        cases.add(bad(compose, "{\"kind\": 1, \"reports\": [\"{adopted}\"]}", "kind", "wrong_type"));
        cases.add(bad(compose, "{" + issue + ", \"issue\": true, \"issuedOn\": 20260301}", "issuedOn",
                "wrong_type"));
        cases.add(bad(compose, "{\"kind\": \"REGULAR\", \"reports\": [{\"$ne\": null}]}", "reports[0]",
                "operator"));
        cases.add(bad(compose, "{" + issue + ", \"headline\": \"本期\\r要目\"}", "headline", "bad_text"));
        cases.add(bad(compose, "{" + issue + ", \"leaders\": [\"county-head\"]}", "leaders", "not_allowed"));
        cases.add(bad(compose, "{" + issue + ", \"issue\": true, \"leaders\": [\"county-head\"]}", "leaders",
                "not_allowed"));
        cases.add(tooLarge(compose, "{" + issue + ", \"editorNote\": " + OVERSIZE + "}"));

        String revise = "PUT /api/publications/{draft}";
        cases.add(bad(revise, "{" + issue + ", \"status\": \"ISSUED\"}", "status", "unknown_field"));
        cases.add(bad(revise, "{" + issue + ", \"editorNote\": {\"$gt\": \"\"}}", "editorNote", "operator"));
        cases.add(bad(revise, "{" + issue + ", \"recipients\": [\"县委\"]}", "recipients", "wrong_type"));
        cases.add(bad(revise, "{" + issue + ", \"leaders\": [\"county-head\"]}", "leaders", "not_allowed"));
        cases.add(tooLarge(revise, "{" + issue + ", \"recipients\": " + OVERSIZE + "}"));

        String issuing = "POST /api/publications/{draft}/issue";
        cases.add(bad(issuing, "{\"number\": 1}", "number", "unknown_field"));
        cases.add(bad(issuing, "{\"issuedOn\": {\"$gt\": \"\"}}", "issuedOn", "operator"));
        cases.add(bad(issuing, "{\"issuedOn\": 20260301}", "issuedOn", "wrong_type"));
        cases.add(bad(issuing, "{\"leaders\": {\"$gt\": \"\"}}", "leaders", "operator"));
        cases.add(bad(issuing, "{\"leaders\": [\"county-head\"]}", "leaders", "not_allowed"));
        cases.add(tooLarge(issuing, "{\"issuedOn\": " + OVERSIZE + "}"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @MethodSource("badBodies")
    void aHostileBodyIsRefusedNamingWhatIsWrong(String method, String path, String body, String field, String code)
            throws Exception {
        String token = path.startsWith("/api/review/reports/{underReview}") || path.equals("/api/review/merges")
                ? REVIEWER : OFFICE;

        HttpResponse<String> answer = send(method, ids(path), token, ids(body), Map.of());

        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        if (code == null) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
            return;
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("errors")).as(answer.body()).anySatisfy(error -> {
            assertThat(error.path("field").asString()).isEqualTo(field);
            assertThat(error.path("code").asString()).isEqualTo(code);
            assertThat(error.path("message").asString()).as("in Chinese").containsPattern("\\p{IsHan}");
        });
    }

    static Stream<Arguments> badParameters() {
        List<Arguments> cases = new ArrayList<>();
        for (String list : List.of("/api/review/queues/proposals", "/api/review/reports")) {
            cases.add(Arguments.of(list + "?stauts=ADOPTED", "stauts"));
            cases.add(Arguments.of(list + "?" + encode("township[$ne]") + "=x", "township[$ne]"));
            cases.add(Arguments.of(list + "?township=" + encode("{\"$gt\": \"\"}"), "township"));
            cases.add(Arguments.of(list + "?topic=" + encode("{\"$regex\": \".*\"}"), "topic"));
            cases.add(Arguments.of(list + "?category=3", "category"));
            cases.add(Arguments.of(list + "?status=" + encode("{\"$ne\": null}"), "status"));
            cases.add(Arguments.of(list + "?page=abc", "page"));
            cases.add(Arguments.of(list + "?size=99999999999", "size"));
        }
        cases.add(Arguments.of("/api/review/reports?committee=" + encode("{\"$gt\": \"\"}"), "committee"));
        cases.add(Arguments.of("/api/publications?year=twenty", "year"));
        cases.add(Arguments.of("/api/publications?kind=" + encode("{\"$gt\": \"\"}"), "kind"));
        cases.add(Arguments.of("/api/publications?status=1", "status"));
        cases.add(Arguments.of("/api/publications?issuedBy=office", "issuedBy"));
        cases.add(Arguments.of("/api/audit?outcome=" + encode("{\"$gt\": \"\"}"), "outcome"));
        cases.add(Arguments.of("/api/audit?to=" + encode("{\"$lt\": 1}"), "to"));
        cases.add(Arguments.of("/api/audit?object=" + encode("a\0b"), "object"));
        cases.add(Arguments.of("/api/audit?page=-", "page"));
        cases.add(Arguments.of("/api/review/reports/{underReview}?fields=content", "fields"));
        cases.add(Arguments.of("/api/review/decline-reasons?all=true", "all"));
        cases.add(Arguments.of("/api/review/upstream?year=twenty", "year"));
        cases.add(Arguments.of("/api/review/upstream?year=" + encode("{\"$gt\": 1}"), "year"));
        cases.add(Arguments.of("/api/review/upstream?year=1999", "year"));
        cases.add(Arguments.of("/api/review/upstream?" + encode("year[$gt]") + "=2000", "year[$gt]"));
        cases.add(Arguments.of("/api/review/upstream?page=abc", "page"));
        cases.add(Arguments.of("/api/review/upstream/export?year=99999", "year"));
        cases.add(Arguments.of("/api/review/upstream/export?format=csv", "format"));
        cases.add(Arguments.of("/api/publications/{draft}?version=2", "version"));
        cases.add(Arguments.of("/api/publications/{draft}/document?format=pdf", "format"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParameters")
    void aHostileParameterIsRefusedNamingIt(String path, String field) throws Exception {
        HttpResponse<String> answer = get(ids(path), OFFICE);

        assertThat(fields(answer)).contains(field);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void stepsWithoutABodyRefuseParametersTooAndChangeNothing() throws Exception {
        assertThat(fields(post("/api/review/reports/" + underReview + "/claim?status=ADOPTED", REVIEWER, null)))
                .containsExactly("status");
        assertThat(fields(post("/api/review/reports/" + adopted + "/send-to-leaders?force=true", OFFICE, null)))
                .containsExactly("force");
    }

    @Test
    void hugePagesAreCappedAndFarPagesAreEmpty() throws Exception {
        for (String list : List.of("/api/review/queues/proposals?", "/api/review/reports?", "/api/publications?",
                "/api/audit?", "/api/review/upstream?")) {
            JsonNode capped = JSON.readTree(get(list + "size=100000", OFFICE).body());
            assertThat(capped.path("size").asInt()).as(list).isEqualTo(100);
            HttpResponse<String> far = get(list + "page=2147483647&size=100", OFFICE);
            assertThat(far.statusCode()).as(list + far.body()).isEqualTo(200);
            assertThat(JSON.readTree(far.body()).path("items").isEmpty()).as(list).isTrue();
            JsonNode negative = JSON.readTree(get(list + "page=-5&size=-5", OFFICE).body());
            assertThat(negative.path("page").asInt()).isZero();
            assertThat(negative.path("size").asInt()).isEqualTo(1);
        }
    }

    @Test
    void hostileIdsInThePathAreNotFound() throws Exception {
        for (String id : List.of(encode("{\"$gt\": \"\"}"), encode("$where"), "x".repeat(1000), encode("' || '1'=='1"))) {
            HttpResponse<String> item = get("/api/review/reports/" + id, OFFICE);
            assertThat(item.statusCode()).as(id).isIn(400, 404);
            HttpResponse<String> publication = get("/api/publications/" + id, OFFICE);
            assertThat(publication.statusCode()).as(id).isIn(400, 404);
            HttpResponse<String> claim = post("/api/review/reports/" + id + "/claim", REVIEWER, null);
            assertThat(claim.statusCode()).as(id).isIn(400, 404);
        }
    }

    @Test
    void bodiesOfAnotherMediaTypeAreRefused() throws Exception {
        HttpResponse<String> form = send("POST", "/api/review/reports/" + underReview + "/decision", REVIEWER,
                "decision=ADOPT&grade=A", Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(form.statusCode()).isEqualTo(415);
        HttpResponse<String> xml = send("POST", "/api/publications", OFFICE, "<publication/>",
                Map.of("Content-Type", "application/xml"));
        assertThat(xml.statusCode()).isEqualTo(415);
    }

    @Test
    void neitherTheTokenNorARefusedBodyReachesTheLogs(CapturedOutput output) throws Exception {
        String secret = "机密反映内容-" + System.nanoTime();
        String decide = "/api/review/reports/" + underReview + "/decision";
        post(decide, REVIEWER, "{\"decision\": \"RETURN\", \"comment\": \"" + secret + "\", \"x\": \"" + secret + "\"}");
        post(decide, REVIEWER, "{\"decision\": \"" + secret + "\"}");
        post(decide, REVIEWER, "{\"decision\": \"RETURN\", \"comment\": \"" + secret + "\\u0000\"}");
        post(decide, REVIEWER, "{\"decision\": \"RETURN\", \"comment\": \"" + secret + "长".repeat(25_000) + "\"}");
        post("/api/review/merges", REVIEWER, "{\"constituents\": [\"" + secret + "\"], \"title\": \"" + secret
                + "\", \"grade\": \"A\"}");
        get("/api/review/reports/" + underReview, TestTokens.expired("reviewer-proposals", "REVIEWER"));
        LoggerFactory.getLogger(HostileInputIT.class).info("hostile requests sent");

        assertThat(output.getAll()).as("the log is captured").contains("hostile requests sent");
        assertThat(output.getAll()).doesNotContain(secret).doesNotContain(REVIEWER)
                .doesNotContain(REVIEWER.substring(REVIEWER.lastIndexOf('.') + 1));
    }

    /** How the report under review, the adopted one, the draft issue and the decline reasons read now. */
    private List<String> state() throws Exception {
        List<String> state = new ArrayList<>();
        for (String id : List.of(underReview, adopted)) {
            state.add(item(id).toString());
        }
        state.add(get("/api/publications/" + draft, OFFICE).body());
        state.add(get("/api/review/decline-reasons", OFFICE).body());
        state.add(String.valueOf(topics.withKey(underReview).size() + topics.withKey(adopted).size()));
        return state;
    }

    private String ids(String text) {
        return text.replace("{underReview}", underReview).replace("{adopted}", adopted).replace("{draft}", draft);
    }

    private static Arguments bad(String endpoint, String body, String field, String code) {
        String[] methodAndPath = endpoint.split(" ", 2);
        return Arguments.of(methodAndPath[0], methodAndPath[1], body, field, code);
    }

    private static Arguments tooLarge(String endpoint, String body) {
        String[] methodAndPath = endpoint.split(" ", 2);
        return Arguments.of(methodAndPath[0], methodAndPath[1], body, "body over 64 KB", null);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
