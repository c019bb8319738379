package org.minyi.review;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what (PRODUCT.md §4), endpoint by endpoint: a role the endpoint does not serve gets 403;
 * an object the caller may not see — another committee's report or queue, a draft for a leader or the
 * leaders' secretariat — gets 404, and a list leaves it out; a token that is forged, tampered with, expired,
 * foreign or for another audience gets 401. Nothing a refused caller tried changed anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=review_it", "minyi.review.pending-sweep-every=300ms", "minyi.review.pending-age=2s",
        "minyi.review.time-limit.check-every=300ms", "minyi.review.time-limit.committees.overseas=60"})
@MinyiIntegrationTest
@Import({ControllableClock.Configuration.class, RecordedSpans.Configuration.class})
@AutoConfigureMetrics
@AutoConfigureTracing
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT extends ReviewServiceTestBase {

    /** Roles this service serves nothing of except what is listed per endpoint. */
    private static final Map<String, String> OUTSIDERS = Map.of(
            "STATION", TestTokens.station("chengguan"),
            "MEMBER", TestTokens.member("m0001"),
            "UNIT", TestTokens.unit("housing-construction"),
            "VIEWER", TestTokens.viewer());
    private static final String OWN = TestTokens.reviewer("environment");
    private static final String OTHER = TestTokens.reviewer("agriculture");
    private static final String NO_COMMITTEE = TestTokens.token("reviewer-nowhere", "REVIEWER", Map.of());

    private String queued;
    private String adopted;
    private String draft;
    private final List<String> before = new ArrayList<>();

    @BeforeAll
    void prepare() throws Exception {
        queued = queued("environment");
        adopted = adopted("environment");
        HttpResponse<String> composed = post("/api/publications", TestTokens.office(),
                "{\"kind\": \"SPECIAL\", \"reports\": [\"" + adopted + "\"]}");
        assertThat(composed.statusCode()).as(composed.body()).isEqualTo(201);
        draft = JSON.readTree(composed.body()).path("id").asString();
        before.addAll(state());
    }

    @AfterAll
    void nothingChanged() throws Exception {
        assertThat(state()).isEqualTo(before);
    }

    /** Endpoint, body, and who gets which refusal; {@code outsiders} are STATION, MEMBER, UNIT and VIEWER. */
    static Stream<Arguments> refusals() {
        String decision = "{\"decision\": \"ADOPT\", \"grade\": \"A\"}";
        String adoption = "{\"level\": \"CITY\", \"mode\": \"SINGLE\", \"adoptedOn\": \"2026-01-05\"}";
        String submission = "{\"level\": \"CITY\", \"submittedOn\": \"2026-01-05\", \"channel\": \"信息专报\"}";
        String merge = "{\"constituents\": [\"{queued}\", \"{adopted}\"], \"title\": \"综合\", \"grade\": \"A\"}";
        String publication = "{\"kind\": \"REGULAR\", \"reports\": [\"{adopted}\"]}";
        String reasons = "{\"reasons\": [{\"code\": \"DUPLICATE\", \"label\": \"重复\"}]}";
        String leaders = "{\"leaders\": [\"county-head\"]}";
        String transfer = "{\"note\": \"请研究办理\", \"units\": [{\"unit\": \"finance\", \"role\": \"LEAD\", "
                + "\"deadline\": \"" + LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30) + "\"}]}";
        List<Arguments> cases = new ArrayList<>();
        cases.add(refused("GET /api/review/queues/environment", null, Map.of("LEADER", 403, "LEADERS_OFFICE", 403,
                "OTHER", 404, "NO_COMMITTEE", 404)));
        cases.add(refused("GET /api/review/queues/OFFICE", null, Map.of("LEADER", 403, "LEADERS_OFFICE", 403,
                "OWN", 404)));
        cases.add(refused("GET /api/review/reports", null, Map.of("LEADER", 403, "LEADERS_OFFICE", 403)));
        cases.add(refused("GET /api/review/reports/{queued}", null, Map.of("LEADER", 403, "LEADERS_OFFICE", 403,
                "OTHER", 404, "NO_COMMITTEE", 404)));
        cases.add(refused("POST /api/review/reports/{queued}/claim", null, Map.of("LEADER", 403,
                "LEADERS_OFFICE", 403, "OTHER", 404, "NO_COMMITTEE", 404)));
        cases.add(refused("POST /api/review/reports/{queued}/decision", decision, Map.of("LEADER", 403,
                "LEADERS_OFFICE", 403, "OTHER", 404, "NO_COMMITTEE", 404)));
        cases.add(refused("POST /api/review/reports/{adopted}/send-to-leaders", null, Map.of("LEADER", 403,
                "LEADERS_OFFICE", 403, "OWN", 403, "OTHER", 403)));
        cases.add(refused("POST /api/review/reports/{adopted}/send-to-leaders", leaders, Map.of("LEADER", 403,
                "LEADERS_OFFICE", 403, "OWN", 403, "OTHER", 403, "NO_COMMITTEE", 403)));
        cases.add(refused("POST /api/review/reports/{adopted}/transfer", transfer, Map.of("LEADER", 403,
                "LEADERS_OFFICE", 403, "OWN", 403, "OTHER", 403, "NO_COMMITTEE", 403)));
        cases.add(refused("POST /api/review/reports/{adopted}/upstream-adoptions", adoption, Map.of("LEADER", 403,
                "LEADERS_OFFICE", 403, "OWN", 403, "OTHER", 403)));
        cases.add(refused("POST /api/review/reports/{adopted}/upstream-submissions", submission, Map.of("LEADER", 403,
                "LEADERS_OFFICE", 403, "OWN", 403, "OTHER", 403, "NO_COMMITTEE", 403)));
        cases.add(refused("POST /api/review/merges", merge, Map.of("LEADER", 403, "LEADERS_OFFICE", 403,
                "OTHER", 400, "NO_COMMITTEE", 400)));
        cases.add(refused("GET /api/review/decline-reasons", null, Map.of("LEADER", 403, "LEADERS_OFFICE", 403)));
        cases.add(refused("PUT /api/review/decline-reasons", reasons, Map.of("LEADER", 403, "LEADERS_OFFICE", 403,
                "OWN", 403)));
        cases.add(refused("POST /api/publications", publication, Map.of("LEADER", 403, "LEADERS_OFFICE", 403,
                "OWN", 403)));
        cases.add(refused("GET /api/publications", null, Map.of("OWN", 403)));
        cases.add(refused("GET /api/publications/{draft}", null, Map.of("LEADER", 404, "LEADERS_OFFICE", 404,
                "OWN", 403)));
        cases.add(refused("GET /api/publications/{draft}/document", null, Map.of("LEADER", 404,
                "LEADERS_OFFICE", 404, "OWN", 403)));
        cases.add(refused("PUT /api/publications/{draft}", publication, Map.of("LEADER", 403, "LEADERS_OFFICE", 403,
                "OWN", 403)));
        cases.add(refused("POST /api/publications/{draft}/issue", null, Map.of("LEADER", 403, "LEADERS_OFFICE", 403,
                "OWN", 403)));
        cases.add(refused("GET /api/audit", null, Map.of("LEADER", 403, "LEADERS_OFFICE", 403, "OWN", 403)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachCallerGetsWhatPolicyAllowsAndNoMore(String endpoint, String body, Map<String, Integer> expected)
            throws Exception {
        String[] methodAndPath = endpoint.split(" ", 2);
        String path = ids(methodAndPath[1]);
        for (Map.Entry<String, String> outsider : OUTSIDERS.entrySet()) {
            HttpResponse<String> answer = send(methodAndPath[0], path, outsider.getValue(), ids(body), Map.of());
            assertThat(answer.statusCode()).as(outsider.getKey() + " " + endpoint).isEqualTo(403);
        }
        for (Map.Entry<String, Integer> caller : expected.entrySet()) {
            HttpResponse<String> answer = send(methodAndPath[0], path, token(caller.getKey()), ids(body), Map.of());
            assertThat(answer.statusCode()).as(caller.getKey() + " " + endpoint + " " + answer.body())
                    .isEqualTo(caller.getValue());
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void listsShowOnlyWhatTheCallerMaySee() throws Exception {
        assertThat(ids(get("/api/review/reports?status=ROUTED,ADOPTED&size=100", OWN))).contains(queued, adopted);
        assertThat(ids(get("/api/review/reports?status=ROUTED,ADOPTED&size=100", OTHER)))
                .doesNotContain(queued, adopted);
        assertThat(ids(get("/api/review/reports?committee=environment&status=ROUTED&size=100", OTHER))).isEmpty();
        assertThat(ids(get("/api/review/reports?status=ROUTED,ADOPTED&size=100", NO_COMMITTEE))).isEmpty();
        for (String leader : List.of(LEADER, TestTokens.leadersOffice())) {
            HttpResponse<String> issued = get("/api/publications?size=100", leader);
            assertThat(issued.statusCode()).isEqualTo(200);
            assertThat(issued.body()).doesNotContain(draft);
        }
        assertThat(get("/api/publications?size=100", TestTokens.office()).body()).contains(draft);
    }

    /** The upstream ledger is the office's, and statistics for viewers — by codes, without a report's title. */
    @Test
    void theUpstreamLedgerIsReadByTheOfficeAndByViewersWithoutTitles() throws Exception {
        for (String path : List.of("/api/review/upstream", "/api/review/upstream/export")) {
            for (String caller : List.of(TestTokens.station("chengguan"), TestTokens.member("m0001"),
                    TestTokens.unit("housing-construction"), LEADER, TestTokens.leadersOffice(), OWN, OTHER,
                    NO_COMMITTEE)) {
                HttpResponse<String> answer = get(path, caller);
                assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(403);
                assertThat(answer.body()).doesNotContain(TITLE);
            }
            assertThat(get(path, TestTokens.office()).statusCode()).as(path).isEqualTo(200);
            assertThat(get(path, TestTokens.viewer()).statusCode()).as(path).isEqualTo(200);
        }
        String sentUp = adopted("environment");
        HttpResponse<String> submitted = post("/api/review/reports/" + sentUp + "/upstream-submissions",
                TestTokens.office(), "{\"level\": \"NATIONAL\", \"submittedOn\": \"2011-06-01\", "
                        + "\"channel\": \"信息专报\"}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        HttpResponse<String> viewers = get("/api/review/upstream?year=2011", TestTokens.viewer());
        assertThat(viewers.body()).contains(sentUp).doesNotContain(TITLE);
        assertThat(get("/api/review/upstream?year=2011", TestTokens.office()).body()).contains(sentUp, TITLE);
    }

    @Test
    void aTokenThatIsNotGenuineAndCurrentIsRefused() throws Exception {
        String path = "/api/review/reports/" + queued;
        for (String token : List.of(TestTokens.unsigned("office", "OFFICE", Map.of()),
                TestTokens.tampered("reviewer-agriculture", "REVIEWER"), TestTokens.expired("office", "OFFICE"),
                TestTokens.foreign("office", "OFFICE"), TestTokens.forOtherAudience("office", "OFFICE"),
                TestTokens.signedByAnotherKey("office", "OFFICE"), "not-a-token")) {
            HttpResponse<String> answer = get(path, token);
            assertThat(answer.statusCode()).as(token).isEqualTo(401);
            assertThat(answer.body()).doesNotContain(TITLE);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
        }
    }

    private List<String> state() throws Exception {
        List<String> state = new ArrayList<>();
        for (String id : List.of(queued, adopted)) {
            state.add(item(id).toString());
        }
        state.add(get("/api/publications/" + draft, TestTokens.office()).body());
        state.add(get("/api/review/decline-reasons", TestTokens.office()).body());
        return state;
    }

    private static String token(String caller) {
        return switch (caller) {
            case "LEADER" -> LEADER;
            case "LEADERS_OFFICE" -> TestTokens.leadersOffice();
            case "OWN" -> OWN;
            case "OTHER" -> OTHER;
            case "NO_COMMITTEE" -> NO_COMMITTEE;
            default -> throw new IllegalArgumentException(caller);
        };
    }

    private String ids(String text) {
        return text == null ? null
                : text.replace("{queued}", queued).replace("{adopted}", adopted).replace("{draft}", draft);
    }

    private static Arguments refused(String endpoint, String body, Map<String, Integer> expected) {
        return Arguments.of(endpoint, body, expected);
    }
}
