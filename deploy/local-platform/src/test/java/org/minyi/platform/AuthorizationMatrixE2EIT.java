package org.minyi.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.testing.TopicRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The authorization matrix of PRODUCT.md §4 against the whole running platform, through the gateway,
 * with real tokens from the authorization server: every endpoint of §5 and of the service READMEs, as
 * every role — for object endpoints both as a caller who owns or may see the object and as one who may
 * not (another township's station, a member who is not an author, another committee's reviewer,
 * another unit, a leader it was not sent to) — and without a token or with a tampered one.
 *
 * <p>The fixtures are four reports of the 城关镇 station written by member m0004 (transport /
 * DAILY_LIFE, so routed to the economy committee), driven through the API to the stages the
 * endpoints need. The probes do not change them: reads, repeats under an {@code Idempotency-Key},
 * and requests valid in form that the object's state refuses (a decision on a report nobody claimed,
 * feedback on a task already fed back, closing a report still in handling …), so that a permitted
 * caller gets a 4xx about the content and every other caller shows how authorization answers. The
 * test checks afterwards that the fixtures did not move.
 *
 * <p>The matrix (endpoint × caller → status) goes to the log, to
 * {@code target/authorization-matrix.md} and into {@code docs/security.md} between its markers.
 */
class AuthorizationMatrixE2EIT {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationMatrixE2EIT.class);
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final String BEGIN = "<!-- authorization-matrix:begin -->";
    private static final String END = "<!-- authorization-matrix:end -->";

    private static PlatformClient client;
    private static TopicRecorder statuses;

    /** Who calls: each role, scoped roles once with the object's owner and once with a stranger to it. */
    enum Caller {
        STATION_OWN("station-chengguan", "STATION own"),
        STATION_OTHER("station-hekou", "STATION other"),
        MEMBER_OWN("member-m0004", "MEMBER own"),
        MEMBER_OTHER("member-m0012", "MEMBER other"),
        OFFICE("office", "OFFICE"),
        REVIEWER_OWN("reviewer-economy", "REVIEWER own"),
        REVIEWER_OTHER("reviewer-education", "REVIEWER other"),
        LEADER_OWN("leader-county-head", "LEADER own"),
        LEADER_OTHER("leader-party-secretary", "LEADER other"),
        LEADERS_OFFICE("leader", "LEADERS_OFFICE"),
        UNIT_OWN("unit-transport", "UNIT own"),
        UNIT_OTHER("unit-education", "UNIT other"),
        VIEWER("viewer", "VIEWER"),
        NO_TOKEN(null, "no token"),
        TAMPERED("office", "tampered token"),
        UNSIGNED("office", "alg=none token");

        final String principal;
        final String label;

        Caller(String principal, String label) {
            this.principal = principal;
            this.label = label;
        }

        boolean authenticated() {
            return this != NO_TOKEN && this != TAMPERED && this != UNSIGNED;
        }

        /** Callers that must never receive the fixtures' texts, whatever the endpoint. */
        boolean stranger() {
            return this == STATION_OTHER || this == MEMBER_OTHER || this == REVIEWER_OTHER || this == UNIT_OTHER
                    || this == LEADER_OTHER || this == VIEWER || !authenticated();
        }
    }

    static final Set<Caller> EVERYONE = EnumSet.complementOf(EnumSet.of(Caller.NO_TOKEN, Caller.TAMPERED,
            Caller.UNSIGNED));

    /** What PRODUCT.md §4 (and, where it is silent, the service's README) says the caller must get. */
    enum Expect {
        ALLOWED("2xx, or a 4xx about the request's content (400, 409, 422)"),
        SEES("2xx listing the fixture"),
        UNSEEN("2xx without the fixture"),
        NOT_SHOWN("2xx without the fixture, or 404"),
        FORBIDDEN("403"),
        HIDDEN("404"),
        NOT_NAMED("400 or 404: an object named in the body that the caller may not see"),
        UNAUTHENTICATED("401");

        final String meaning;

        Expect(String meaning) {
            this.meaning = meaning;
        }

        boolean admits(int status) {
            return switch (this) {
                case ALLOWED -> status / 100 == 2 || status == 400 || status == 409 || status == 422;
                case SEES, UNSEEN -> status / 100 == 2;
                case NOT_SHOWN -> status / 100 == 2 || status == 404;
                case FORBIDDEN -> status == 403;
                case HIDDEN -> status == 404;
                case NOT_NAMED -> status == 400 || status == 404;
                case UNAUTHENTICATED -> status == 401;
            };
        }
    }

    /** One endpoint probed with one request (per caller, where the request must differ). */
    static final class Probe {

        final String method;
        final String template;
        final String section;
        Object body;
        final Map<Caller, Object> bodies = new EnumMap<>(Caller.class);
        final Map<Caller, Map<String, String>> headers = new EnumMap<>(Caller.class);
        final Map<Caller, Expect> expected = new EnumMap<>(Caller.class);
        final Map<Caller, String> beyond = new EnumMap<>(Caller.class);
        String needle;
        boolean stream;
        boolean codesOnly;
        BiFunction<Caller, Answer, String> verify;

        Probe(String section, String method, String template) {
            this.section = section;
            this.method = method;
            this.template = template;
            for (Caller caller : Caller.values()) {
                expected.put(caller, caller.authenticated() ? Expect.FORBIDDEN : Expect.UNAUTHENTICATED);
            }
        }

        Probe body(Object value) {
            this.body = value;
            return this;
        }

        Probe bodyFor(Caller caller, Object value) {
            bodies.put(caller, value);
            return this;
        }

        Probe headerFor(Caller caller, String name, String value) {
            headers.computeIfAbsent(caller, c -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        Probe allow(Caller... callers) {
            return set(Expect.ALLOWED, callers);
        }

        Probe allow(Set<Caller> callers) {
            return allow(callers.toArray(Caller[]::new));
        }

        /** Allowed by the service's README where §4 does not say so: marked † in the matrix. */
        Probe allowBeyond(String why, Caller... callers) {
            for (Caller caller : callers) {
                beyond.put(caller, why);
            }
            return allow(callers);
        }

        Probe hide(Caller... callers) {
            return set(Expect.HIDDEN, callers);
        }

        Probe sees(String fixture, Caller... callers) {
            needle = fixture;
            return set(Expect.SEES, callers);
        }

        Probe unseen(String fixture, Caller... callers) {
            needle = fixture;
            return set(Expect.UNSEEN, callers);
        }

        Probe notShown(String fixture, Caller... callers) {
            needle = fixture;
            return set(Expect.NOT_SHOWN, callers);
        }

        /** Whoever calls, the answer carries no report text (title included) and no token. */
        Probe codesOnly() {
            codesOnly = true;
            return this;
        }

        Probe notNamed(Caller... callers) {
            return set(Expect.NOT_NAMED, callers);
        }

        /** Public; a request that presents an invalid token is still refused (401). */
        Probe publicForAll() {
            for (Caller caller : Caller.values()) {
                if (caller.authenticated() || caller == Caller.NO_TOKEN) {
                    expected.put(caller, Expect.ALLOWED);
                }
            }
            return this;
        }

        Probe streaming() {
            stream = true;
            return this;
        }

        Probe verify(BiFunction<Caller, Answer, String> check) {
            verify = check;
            return this;
        }

        private Probe set(Expect expect, Caller... callers) {
            for (Caller caller : callers) {
                expected.put(caller, expect);
            }
            return this;
        }

        String label() {
            return method + " " + template;
        }
    }

    record Answer(int status, String body, HttpResponse<?> response) {
    }

    /** The fixtures: ids and the texts that only permitted callers may ever read. */
    record Fixtures(Map<String, String> ids, List<String> bodyMarkers, List<String> titleMarkers) {
    }

    @BeforeAll
    static void useThePlatform() {
        SharedPlatform.platform();
        client = SharedPlatform.client();
        statuses = SharedPlatform.statuses();
    }

    @Test
    void everyRoleGetsExactlyWhatProductSection4AllowsAtEveryEndpoint() throws Exception {
        long started = System.nanoTime();
        String nonce = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Fixtures fixtures = buildFixtures(nonce);
        long built = System.nanoTime();
        Map<String, String> ids = fixtures.ids();
        Map<String, Snapshot> before = snapshot(ids);

        List<Probe> probes = probes(ids, nonce);
        Map<Probe, Map<Caller, Answer>> answers = run(probes, ids);
        long probed = System.nanoTime();

        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            for (Caller caller : Caller.values()) {
                Answer answer = answers.get(probe).get(caller);
                failures.addAll(judge(probe, caller, answer, fixtures));
            }
        }
        failures.addAll(fixturesUnchanged(before, snapshot(ids)));
        failures.addAll(statusTopicCarriesCodesOnly(fixtures));
        failures.addAll(deniedAttemptsAreAudited(ids));
        failures.addAll(possibleDuplicatesStayWithinWhatTheCallerMaySee(ids));

        String matrix = markdown(probes, answers);
        log.info("Authorization matrix ({} endpoints × {} callers; fixtures {} ms, probes {} ms):\n{}", probes.size(),
                Caller.values().length, (built - started) / 1_000_000, (probed - built) / 1_000_000, matrix);
        publish(matrix);
        log.info("Authorization matrix done in {} ms; {} contradictions", (System.nanoTime() - started) / 1_000_000,
                failures.size());
        assertThat(failures).as("answers that contradict PRODUCT.md §4").isEmpty();
    }

    // ---------------------------------------------------------------- fixtures

    private static Fixtures buildFixtures(String nonce) {
        Map<String, String> ids = new LinkedHashMap<>();
        ZoneId county = ZoneId.of("Asia/Shanghai");
        LocalDate today = LocalDate.now(county);
        String deadline = today.plusDays(30).toString();

        // a topic of the office's, so that recording it again is a 409 and reading it a 200
        String topic = "authz-" + nonce;
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        expect(send("office", "POST", "/api/topics", topicBody(topic, today.getYear() + "Q" + quarter,
                today.plusDays(60).toString()), Map.of()), 201);
        ids.put("T", topic);
        // and one it closed, so that closing it again is a 409 and editing it too
        String closed = "authz-closed-" + nonce;
        expect(send("office", "POST", "/api/topics", topicBody(closed, today.getYear() + "Q" + quarter,
                today.plusDays(60).toString()), Map.of()), 201);
        expect(send("office", "POST", "/api/topics/" + closed + "/close", null, Map.of()), 200);
        ids.put("TC", closed);

        // E: the same matter written up by the hekou station on education, so routed to the education
        // committee — a near-duplicate of A that A's readers in the economy committee may not see
        Map<String, Object> elsewhere = report(nonce, "E");
        elsewhere.put("domain", "education");
        elsewhere.put("township", "hekou");
        elsewhere.put("authors", List.of("m0013"));
        Answer other = send("station-hekou", "POST", "/api/reports", elsewhere, Map.of("Idempotency-Key", key(nonce, "E")));
        expect(other, 201);
        ids.put("E", json(other).path("id").asString());

        // four reports of the chengguan station written by m0004: A stays ROUTED, B goes to the leaders,
        // C is instructed to transport (LEAD) and finance (SUPPORT), D is handled by both
        for (String letter : List.of("A", "B", "C", "D")) {
            String submitter = letter.equals("B") ? "station-chengguan" : "member-m0004";
            Answer submitted = send(submitter, "POST", "/api/reports", report(nonce, letter),
                    Map.of("Idempotency-Key", key(nonce, letter)));
            expect(submitted, 201);
            ids.put(letter, json(submitted).path("id").asString());
        }
        for (String letter : List.of("A", "B", "C", "D")) {
            String id = ids.get(letter);
            await().atMost(STEP).until(() -> send("reviewer-economy", "GET", "/api/review/reports/" + id, null, Map.of())
                    .status() == 200);
        }
        for (String letter : List.of("B", "C", "D")) {
            String id = ids.get(letter);
            expect(send("reviewer-economy", "POST", "/api/review/reports/" + id + "/claim", null, Map.of()), 200);
            expect(send("reviewer-economy", "POST", "/api/review/reports/" + id + "/decision",
                    Map.of("decision", "ADOPT", "grade", "B", "comment", "授权矩阵测试"), Map.of()), 200);
        }

        // B: carried by an issued 《社情民意》, kept in a 《专报》 draft, then sent to the leaders
        Answer issued = send("office", "POST", "/api/publications", Map.of("kind", "REGULAR",
                "reports", List.of(ids.get("B")), "headline", "授权矩阵测试", "issue", true), Map.of());
        expect(issued, 201);
        ids.put("P", json(issued).path("id").asString());
        Answer draft = send("office", "POST", "/api/publications", Map.of("kind", "SPECIAL",
                "reports", List.of(ids.get("B")), "headline", "授权矩阵测试草稿"), Map.of());
        expect(draft, 201);
        ids.put("Pd", json(draft).path("id").asString());
        for (String letter : List.of("B", "C", "D")) {
            expect(send("office", "POST", "/api/review/reports/" + ids.get(letter) + "/send-to-leaders",
                    Map.of("leaders", List.of("county-head")), Map.of()), 200);
        }
        // B: sent up to the city CPPCC (报送), so that this year's upstream ledger lists it
        expect(send("office", "POST", "/api/review/reports/" + ids.get("B") + "/upstream-submissions",
                Map.of("level", "CITY", "submittedOn", today.toString(), "channel", "信息专报"), Map.of()), 200, 201);

        // C and D: the county head instructs transport (LEAD) and finance (SUPPORT); the office releases C's
        for (String letter : List.of("B", "C", "D")) {
            String id = ids.get(letter);
            await().atMost(STEP).until(() -> send("leader-county-head", "GET", "/api/leadership/reports/" + id, null,
                    Map.of()).status() == 200);
        }
        for (String letter : List.of("C", "D")) {
            expect(send("leader-county-head", "POST", "/api/leadership/reports/" + ids.get(letter) + "/instructions",
                    instruction(deadline, "SUPPORT"), Map.of()), 200, 201);
        }
        ids.put("i", json(send("office", "GET", "/api/leadership/reports/" + ids.get("C"), null, Map.of()))
                .path("instructions").get(0).path("instructionId").asString());
        expect(send("office", "POST", "/api/leadership/reports/" + ids.get("C") + "/instructions/" + ids.get("i")
                + "/release", null, Map.of()), 200);
        for (String letter : List.of("C", "D")) {
            String id = ids.get(letter);
            await().atMost(STEP).until(() -> taskOf("transport", id) != null && taskOf("finance", id) != null);
        }
        ids.put("t", taskOf("transport", ids.get("D")));

        // D: both units feed back, so it is HANDLED
        for (String unit : List.of("transport", "finance")) {
            expect(send("unit-" + unit, "POST", "/api/handling/tasks/" + taskOf(unit, ids.get("D")) + "/feedback",
                    Map.of("result", "A", "text", "已落实。"), Map.of()), 200);
        }

        // every service has caught up with the stages the probes rely on
        awaitStatus("office", "/api/handling/reports/" + ids.get("D"), "HANDLED");
        awaitStatus("office", "/api/handling/reports/" + ids.get("C"), "IN_HANDLING");
        awaitStatus("office", "/api/reports/" + ids.get("A"), "ROUTED");
        awaitStatus("office", "/api/reports/" + ids.get("B"), "SENT_TO_LEADERS");
        awaitStatus("office", "/api/reports/" + ids.get("D"), "HANDLED");
        await().atMost(STEP).until(() -> send("reviewer-economy", "GET", "/api/reports/" + ids.get("A"), null, Map.of())
                .status() == 200);
        await().atMost(STEP).until(() -> send("reviewer-education", "GET", "/api/review/reports/" + ids.get("E"), null,
                Map.of()).status() == 200);
        ids.put("n", notificationOf("member-m0004", ids.get("A")));

        ids.put("Y", String.valueOf(today.getYear()));
        // A–D's texts and titles; E's are the hekou station's and the education committee's to read
        List<String> markers = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String letter : List.of("A", "B", "C", "D")) {
            markers.addAll(List.of("sit" + nonce + letter, "ana" + nonce + letter, "sug" + nonce + letter));
            titles.add("tit" + nonce + letter);
        }
        return new Fixtures(ids, markers, titles);
    }

    private static Map<String, Object> report(String nonce, String letter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "关于城关镇农村客运班线停运影响群众出行的建议 tit" + nonce + letter);
        body.put("category", "DAILY_LIFE");
        body.put("domain", "transport");
        body.put("situation", "今年以来，城关镇有3条农村客运班线因客流不足停运，沿线6个行政村群众出行困难。sit" + nonce + letter);
        body.put("analysis", "班线运营补贴标准偏低，企业亏损退出。ana" + nonce + letter);
        body.put("suggestions", "建议县交通运输局优化补贴机制，推行预约响应式公交。sug" + nonce + letter);
        body.put("township", "chengguan");
        body.put("authors", List.of("m0004"));
        body.put("urgent", letter.equals("A")); // the newest urgent report heads its queue's first page
        return body;
    }

    private static String key(String nonce, String letter) {
        return "authz-" + nonce + "-" + letter;
    }

    private static Map<String, Object> topicBody(String code, String quarter, String deadline) {
        return Map.of("code", code, "title", "农村客运保障", "description", "授权矩阵测试的信息反映点", "quarter", quarter,
                "committees", List.of("economy"), "deadline", deadline);
    }

    private static Map<String, Object> instruction(String deadline, String financeRole) {
        return Map.of("leader", "county-head", "level", "COUNTY", "text", "请县交通运输局牵头研究，县财政局配合。",
                "units", List.of(Map.of("unit", "transport", "role", "LEAD", "deadline", deadline),
                        Map.of("unit", "finance", "role", financeRole, "deadline", deadline)));
    }

    private static String taskOf(String unit, String reportId) {
        Answer answer = send("office", "GET", "/api/handling/tasks?unit=" + unit + "&size=100", null, Map.of());
        if (answer.status() != 200) {
            return null;
        }
        for (JsonNode task : json(answer).path("items")) {
            if (task.path("reportId").asString().equals(reportId)) {
                return task.path("id").asString();
            }
        }
        return null;
    }

    private static String notificationOf(String principal, String reportId) {
        String[] found = new String[1];
        await().atMost(STEP).until(() -> {
            for (JsonNode item : json(send(principal, "GET", "/api/notifications?size=100", null, Map.of()))
                    .path("items")) {
                if (item.path("reportId").asString().equals(reportId)) {
                    found[0] = item.path("id").asString();
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static void awaitStatus(String principal, String path, String status) {
        await().atMost(STEP).until(() -> {
            Answer answer = send(principal, "GET", path, null, Map.of());
            return answer.status() == 200 && json(answer).path("status").asString().equals(status);
        });
    }

    private static void expect(Answer answer, int... statuses) {
        assertThat(answer.status()).as(answer.body()).isIn(Arrays.stream(statuses).boxed().toList());
    }

    // ---------------------------------------------------------------- the endpoints

    /**
     * Every endpoint of PRODUCT.md §5 and the service READMEs. Placeholders: A routed report, B sent to
     * the county head (and carried by publication P; draft Pd), C in handling (its instruction i released
     * to the authors), D handled, t D's transport task, T a topic, n a notification of A in m0004's feed,
     * Y this year.
     */
    private static List<Probe> probes(Map<String, String> ids, String nonce) {
        List<Probe> all = new ArrayList<>();
        Caller[] reportOwners = {Caller.STATION_OWN, Caller.MEMBER_OWN};
        Caller[] reportStrangers = {Caller.STATION_OTHER, Caller.MEMBER_OTHER};
        String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString();
        String a = ids.get("A");

        // intake — a repeat under the fixture's Idempotency-Key creates nothing and answers the first report
        all.add(new Probe("intake", "POST", "/api/reports").body(report(nonce, "A"))
                .headerFor(Caller.MEMBER_OWN, "Idempotency-Key", key(nonce, "A"))
                .bodyFor(Caller.STATION_OWN, report(nonce, "B"))
                .headerFor(Caller.STATION_OWN, "Idempotency-Key", key(nonce, "B"))
                .allow(reportOwners)
                .verify((caller, answer) -> answer.status() / 100 == 2
                        && !"true".equals(answer.response().headers().firstValue("Idempotent-Replayed").orElse(null))
                        ? "a repeat under the same Idempotency-Key created a report" : null));
        all.add(new Probe("intake", "GET", "/api/reports?size=100")
                .sees(a, Caller.STATION_OWN, Caller.MEMBER_OWN, Caller.OFFICE, Caller.REVIEWER_OWN)
                .unseen(a, Caller.STATION_OTHER, Caller.MEMBER_OTHER, Caller.REVIEWER_OTHER));
        all.add(new Probe("intake", "GET", "/api/reports?township=chengguan&size=100")
                .sees(a, Caller.STATION_OWN, Caller.MEMBER_OWN, Caller.OFFICE, Caller.REVIEWER_OWN)
                .notShown(a, Caller.STATION_OTHER, Caller.MEMBER_OTHER, Caller.REVIEWER_OTHER));
        for (String path : List.of("/api/reports/{A}", "/api/reports/{A}/timeline")) {
            all.add(new Probe("intake", "GET", path).allow(reportOwners).allow(Caller.OFFICE, Caller.REVIEWER_OWN)
                    .hide(reportStrangers).hide(Caller.REVIEWER_OTHER));
        }
        all.add(new Probe("intake", "PUT", "/api/reports/{B}").body(report(nonce, "B"))
                .allow(reportOwners).hide(reportStrangers));
        all.add(new Probe("intake", "POST", "/api/reports/{B}/withdraw").allow(reportOwners).hide(reportStrangers));
        for (String kind : List.of("townships", "committees", "sectors", "units", "members", "leaders", "categories",
                "domains")) {
            all.add(new Probe("intake", "GET", "/api/reference/" + kind).allow(EVERYONE));
        }

        // routing
        String configuration = "routing configuration, no report content; §4 silent";
        for (String path : List.of("/api/routing/rules", "/api/routing/rules/versions", "/api/routing/rules/versions/1")) {
            all.add(new Probe("routing", "GET", path).allow(Caller.OFFICE)
                    .allowBeyond(configuration, Caller.REVIEWER_OWN, Caller.REVIEWER_OTHER, Caller.VIEWER));
        }
        all.add(new Probe("routing", "PUT", "/api/routing/rules").body(staleRules()).allow(Caller.OFFICE));
        all.add(new Probe("routing", "GET", "/api/routing/reports?size=100").sees(a, Caller.OFFICE).codesOnly());
        all.add(new Probe("routing", "GET", "/api/routing/reports/{A}").allow(Caller.OFFICE).codesOnly());
        all.add(new Probe("routing", "POST", "/api/routing/reports/{A}/reroute")
                .body(Map.of("committee", "economy", "reason", "仍由经济委员会办理")).allow(Caller.OFFICE));
        all.add(new Probe("routing", "POST", "/api/topics").body(topicBody(ids.get("T"),
                ids.get("Y") + "Q1", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(60).toString()))
                .allow(Caller.OFFICE));
        all.add(new Probe("routing", "PUT", "/api/topics/{TC}").body(Map.of("title", "已关闭的信息反映点",
                "committees", List.of("economy"), "deadline", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(60)
                        .toString())).allow(Caller.OFFICE));
        all.add(new Probe("routing", "POST", "/api/topics/{TC}/close").allow(Caller.OFFICE));
        String topics = "assigned topics, no report content; §4 silent";
        for (String path : List.of("/api/topics", "/api/topics/{T}")) {
            all.add(new Probe("routing", "GET", path).allow(reportOwners).allow(reportStrangers).allow(Caller.OFFICE)
                    .allowBeyond(topics, Caller.REVIEWER_OWN, Caller.REVIEWER_OTHER, Caller.LEADER_OWN,
                            Caller.LEADER_OTHER, Caller.LEADERS_OFFICE, Caller.VIEWER));
        }

        // committee-review
        all.add(new Probe("committee-review", "GET", "/api/review/queues/economy")
                .sees(a, Caller.REVIEWER_OWN, Caller.OFFICE).hide(Caller.REVIEWER_OTHER));
        all.add(new Probe("committee-review", "GET", "/api/review/reports?size=100")
                .sees(a, Caller.REVIEWER_OWN, Caller.OFFICE).unseen(a, Caller.REVIEWER_OTHER));
        all.add(new Probe("committee-review", "GET", "/api/review/reports?committee=economy&size=100")
                .sees(a, Caller.REVIEWER_OWN, Caller.OFFICE).notShown(a, Caller.REVIEWER_OTHER));
        all.add(new Probe("committee-review", "GET", "/api/review/reports/{A}")
                .allow(Caller.REVIEWER_OWN, Caller.OFFICE).hide(Caller.REVIEWER_OTHER));
        all.add(new Probe("committee-review", "POST", "/api/review/reports/{B}/claim")
                .allow(Caller.REVIEWER_OWN).hide(Caller.REVIEWER_OTHER));
        all.add(new Probe("committee-review", "POST", "/api/review/reports/{A}/decision (ADOPT)")
                .body(Map.of("decision", "ADOPT", "grade", "A", "comment", "未认领"))
                .allow(Caller.REVIEWER_OWN).hide(Caller.REVIEWER_OTHER));
        all.add(new Probe("committee-review", "POST", "/api/review/reports/{B}/decision (RETURN)")
                .body(Map.of("decision", "RETURN", "comment", "已报送领导，不能退回"))
                .allow(Caller.REVIEWER_OWN, Caller.OFFICE).hide(Caller.REVIEWER_OTHER));
        all.add(new Probe("committee-review", "POST", "/api/review/reports/{A}/send-to-leaders")
                .body(Map.of("leaders", List.of("county-head"))).allow(Caller.OFFICE));
        all.add(new Probe("committee-review", "POST", "/api/review/reports/{B}/transfer")
                .body(Map.of("note", "已报送领导，不能再转送", "units", List.of(Map.of("unit", "transport", "role", "LEAD",
                        "deadline", deadline))))
                .allow(Caller.OFFICE));
        all.add(new Probe("committee-review", "POST", "/api/review/reports/{A}/upstream-adoptions")
                .body(Map.of("level", "CITY", "mode", "SINGLE", "adoptedOn",
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString()))
                .allow(Caller.OFFICE));
        // A is still ROUTED: the office is refused 409, nothing is recorded
        all.add(new Probe("committee-review", "POST", "/api/review/reports/{A}/upstream-submissions")
                .body(Map.of("level", "CITY", "submittedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                        "channel", "信息专报"))
                .allow(Caller.OFFICE));
        String ledgerForViewers = "the upstream ledger's codes and totals are statistics for VIEWER (no titles)";
        all.add(new Probe("committee-review", "GET", "/api/review/upstream?year={Y}&size=100")
                .allowBeyond(ledgerForViewers, Caller.VIEWER).sees(ids.get("B"), Caller.OFFICE, Caller.VIEWER));
        all.add(new Probe("committee-review", "GET", "/api/review/upstream/export?year={Y}")
                .allow(Caller.OFFICE).allowBeyond(ledgerForViewers, Caller.VIEWER));
        all.add(new Probe("committee-review", "POST", "/api/review/merges")
                .body(Map.of("constituents", List.of(ids.get("B"), ids.get("C")), "title", "综合测试", "grade", "B"))
                .allow(Caller.REVIEWER_OWN, Caller.OFFICE).notNamed(Caller.REVIEWER_OTHER));
        all.add(new Probe("committee-review", "GET", "/api/review/decline-reasons")
                .allow(Caller.REVIEWER_OWN, Caller.REVIEWER_OTHER, Caller.OFFICE));
        all.add(new Probe("committee-review", "PUT", "/api/review/decline-reasons").body(currentDeclineReasons())
                .allow(Caller.OFFICE));
        Caller[] leaders = {Caller.LEADER_OWN, Caller.LEADER_OTHER, Caller.LEADERS_OFFICE};
        all.add(new Probe("committee-review", "GET", "/api/publications").allow(Caller.OFFICE).allow(leaders));
        all.add(new Probe("committee-review", "POST", "/api/publications")
                .body(Map.of("kind", "REGULAR", "reports", List.of(a))).allow(Caller.OFFICE));
        all.add(new Probe("committee-review", "GET", "/api/publications/{P}").allow(Caller.OFFICE).allow(leaders));
        all.add(new Probe("committee-review", "GET", "/api/publications/{Pd}").allow(Caller.OFFICE).hide(leaders));
        all.add(new Probe("committee-review", "PUT", "/api/publications/{P}")
                .body(Map.of("kind", "REGULAR", "reports", List.of(ids.get("B")))).allow(Caller.OFFICE));
        all.add(new Probe("committee-review", "POST", "/api/publications/{P}/issue").allow(Caller.OFFICE));
        all.add(new Probe("committee-review", "GET", "/api/publications/{P}/document")
                .allow(Caller.OFFICE).allow(leaders));
        all.add(new Probe("committee-review", "GET", "/api/publications/{Pd}/document")
                .allow(Caller.OFFICE).hide(leaders));

        // leadership-instruction
        all.add(new Probe("leadership-instruction", "GET", "/api/leadership/inbox")
                .sees(ids.get("B"), Caller.LEADER_OWN, Caller.LEADERS_OFFICE, Caller.OFFICE)
                .unseen(ids.get("B"), Caller.LEADER_OTHER));
        all.add(new Probe("leadership-instruction", "GET", "/api/leadership/reports/{B}")
                .allow(Caller.LEADER_OWN, Caller.LEADERS_OFFICE, Caller.OFFICE).hide(Caller.LEADER_OTHER));
        // two LEAD units: 400 for whoever may instruct; a leader it was not sent to does not find it
        all.add(new Probe("leadership-instruction", "POST", "/api/leadership/reports/{B}/instructions")
                .body(instruction(deadline, "LEAD"))
                .bodyFor(Caller.LEADER_OTHER, Map.of("text", "请研究。", "units",
                        List.of(Map.of("unit", "transport", "role", "LEAD", "deadline", deadline))))
                .allow(Caller.LEADER_OWN, Caller.LEADERS_OFFICE).hide(Caller.LEADER_OTHER));
        all.add(new Probe("leadership-instruction", "POST", "/api/leadership/reports/{C}/instructions/{i}/release")
                .allow(Caller.OFFICE, Caller.LEADERS_OFFICE));
        all.add(new Probe("leadership-instruction", "POST", "/api/leadership/reports/{D}/forward")
                .body(Map.of("units", List.of(Map.of("unit", "transport", "role", "LEAD", "deadline", deadline)),
                        "comment", "已批示，不再转办"))
                .allow(Caller.OFFICE, Caller.LEADERS_OFFICE));
        all.add(new Probe("leadership-instruction", "POST", "/api/leadership/reports/{D}/archive")
                .body(Map.of("reason", "已批示，不能存档")).allow(Caller.OFFICE, Caller.LEADERS_OFFICE));

        // follow-up
        all.add(new Probe("follow-up", "GET", "/api/handling/tasks?unit=transport")
                .sees(ids.get("C"), Caller.UNIT_OWN, Caller.OFFICE).unseen(ids.get("C"), Caller.UNIT_OTHER));
        all.add(new Probe("follow-up", "GET", "/api/handling/overdue").allow(Caller.OFFICE));
        // a task's own unit and the office read it, with the report's text; nobody else finds it
        Caller[] notTheTasks = EVERYONE.stream().filter(c -> c != Caller.UNIT_OWN && c != Caller.OFFICE)
                .toArray(Caller[]::new);
        for (String path : List.of("/api/handling/tasks/{t}", "/api/handling/tasks/{t}/sheet")) {
            all.add(new Probe("follow-up", "GET", path).allow(Caller.UNIT_OWN, Caller.OFFICE).hide(notTheTasks));
        }
        all.add(new Probe("follow-up", "GET", "/api/handling/reports/{C}").allow(reportOwners)
                .allow(Caller.OFFICE, Caller.UNIT_OWN).hide(reportStrangers).hide(Caller.UNIT_OTHER));
        all.add(new Probe("follow-up", "POST", "/api/handling/tasks/{t}/progress").body(Map.of("text", "已反馈后的进展"))
                .allow(Caller.UNIT_OWN).hide(Caller.UNIT_OTHER));
        all.add(new Probe("follow-up", "POST", "/api/handling/tasks/{t}/feedback")
                .body(Map.of("result", "B", "text", "再次反馈")).allow(Caller.UNIT_OWN).hide(Caller.UNIT_OTHER));
        all.add(new Probe("follow-up", "POST", "/api/handling/reports/{C}/satisfaction")
                .body(Map.of("rating", "SATISFIED", "comment", "尚在办理"))
                .allow(Caller.MEMBER_OWN)
                .allowBeyond("§4 gives rating to MEMBER; follow-up lets the township's station rate too",
                        Caller.STATION_OWN)
                .hide(reportStrangers));
        all.add(new Probe("follow-up", "POST", "/api/handling/reports/{D}/urge").allow(Caller.OFFICE));
        all.add(new Probe("follow-up", "POST", "/api/handling/reports/{C}/close").allow(Caller.OFFICE));
        all.add(new Probe("follow-up", "GET", "/api/notifications?size=100").codesOnly()
                .allow(EVERYONE)
                .sees(a, Caller.MEMBER_OWN, Caller.STATION_OWN, Caller.REVIEWER_OWN) // the reviewers: new in queue
                .unseen(a, EVERYONE.stream().filter(c -> c != Caller.MEMBER_OWN && c != Caller.STATION_OWN
                        && c != Caller.REVIEWER_OWN).toArray(Caller[]::new)));
        all.add(new Probe("follow-up", "POST", "/api/notifications/{n}/read")
                .hide(EVERYONE.toArray(Caller[]::new)).allow(Caller.MEMBER_OWN, Caller.STATION_OWN));
        all.add(new Probe("follow-up", "POST", "/api/notifications/read-all").allow(EVERYONE));

        // dashboard
        String board = "§4 gives dashboards to VIEWER; the dashboard README adds LEADER and LEADERS_OFFICE (codes and "
                + "counts only)";
        for (String path : List.of("/api/dashboard/summary", "/api/dashboard/reports?size=100", "/api/dashboard/overdue",
                "/api/dashboard/review-overdue",
                "/api/dashboard/stages", "/api/dashboard/trend", "/api/dashboard/recent", "/api/dashboard/stream",
                "/api/dashboard/names", "/api/dashboard/duties/{Y}", "/api/dashboard/targets/{Y}",
                "/api/dashboard/points/{Y}", "/api/dashboard/points/{Y}/ledger.csv",
                "/api/dashboard/points/{Y}/ledger.xlsx", "/api/dashboard/points-table/{Y}",
                "/api/dashboard/commendations/{Y}", "/api/dashboard/units/{Y}", "/api/dashboard/units/{Y}.xlsx")) {
            Probe probe = new Probe("dashboard", "GET", path).allow(Caller.VIEWER, Caller.OFFICE)
                    .allowBeyond(board, leaders).codesOnly();
            all.add(path.endsWith("stream") ? probe.streaming() : probe);
        }
        all.add(new Probe("dashboard", "GET", "/api/dashboard/duties/{Y}/members/m0004")
                .allow(Caller.MEMBER_OWN, Caller.OFFICE, Caller.VIEWER).hide(Caller.MEMBER_OTHER));
        all.add(new Probe("dashboard", "PUT", "/api/dashboard/targets/2099").body(Map.of()).allow(Caller.OFFICE));
        all.add(new Probe("dashboard", "PUT", "/api/dashboard/points-table/2099").body(Map.of()).allow(Caller.OFFICE));
        all.add(new Probe("dashboard", "POST", "/api/dashboard/replay?probe=1").allow(Caller.OFFICE));
        all.add(new Probe("dashboard", "GET", "/").publicForAll());

        // audit trails, one per service, through the gateway
        for (String service : List.of("intake", "routing", "committee-review", "leadership-instruction", "follow-up",
                "dashboard")) {
            all.add(new Probe("audit", "GET", "/api/audit/" + service + "?size=100").allow(Caller.OFFICE).codesOnly());
        }
        // one report's trail from every service, merged by the gateway
        all.add(new Probe("audit", "GET", "/api/audit/reports/{A}").allow(Caller.OFFICE).codesOnly());
        return all;
    }

    /** The rules in force, sent back on a version that is not the one in force: 409 for the office. */
    private static Map<String, Object> staleRules() {
        JsonNode current = json(send("office", "GET", "/api/routing/rules", null, Map.of()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("basedOn", current.path("version").asInt() + 1000);
        body.put("rules", current.path("rules"));
        return body;
    }

    /** The office's active decline reasons as they are: replacing them with themselves changes nothing. */
    private static Map<String, Object> currentDeclineReasons() {
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (JsonNode reason : json(send("office", "GET", "/api/review/decline-reasons", null, Map.of())).path("reasons")) {
            if (reason.path("active").asBoolean()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("code", reason.path("code").asString());
                entry.put("label", reason.path("label").asString());
                if (reason.hasNonNull("labelEn")) {
                    entry.put("labelEn", reason.path("labelEn").asString());
                }
                entry.put("requiresComment", reason.path("requiresComment").asBoolean());
                reasons.add(entry);
            }
        }
        return Map.of("reasons", reasons);
    }

    // ---------------------------------------------------------------- running and judging

    private static Map<Probe, Map<Caller, Answer>> run(List<Probe> probes, Map<String, String> ids) throws Exception {
        for (Caller caller : Caller.values()) {
            if (caller.principal != null) {
                client.token(caller.principal);
            }
        }
        Map<Probe, Map<Caller, Future<Answer>>> pending = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Probe probe : probes) {
                Map<Caller, Future<Answer>> row = new EnumMap<>(Caller.class);
                for (Caller caller : Caller.values()) {
                    row.put(caller, pool.submit(() -> call(probe, caller, ids)));
                }
                pending.put(probe, row);
            }
            Map<Probe, Map<Caller, Answer>> answers = new LinkedHashMap<>();
            for (Map.Entry<Probe, Map<Caller, Future<Answer>>> row : pending.entrySet()) {
                Map<Caller, Answer> done = new EnumMap<>(Caller.class);
                for (Map.Entry<Caller, Future<Answer>> cell : row.getValue().entrySet()) {
                    done.put(cell.getKey(), cell.getValue().get());
                }
                answers.put(row.getKey(), done);
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Answer call(Probe probe, Caller caller, Map<String, String> ids) {
        String path = resolve(probe.template.replace(" (ADOPT)", "").replace(" (RETURN)", ""), ids);
        String token = null;
        if (caller.principal != null) {
            token = client.token(caller.principal);
            if (caller == Caller.TAMPERED) {
                token = tampered(token);
            }
            if (caller == Caller.UNSIGNED) {
                token = unsigned(token);
            }
        }
        Object body = probe.bodies.getOrDefault(caller, probe.body);
        Map<String, String> headers = probe.headers.getOrDefault(caller, Map.of());
        return probe.stream ? openStream(token, path) : exchange(token, probe.method, path, body, headers);
    }

    private static List<String> judge(Probe probe, Caller caller, Answer answer, Fixtures fixtures) {
        List<String> failures = new ArrayList<>();
        Expect expect = probe.expected.get(caller);
        String where = probe.label() + " as " + caller.label + " (" + caller.principal + ")";
        if (!expect.admits(answer.status())) {
            failures.add(where + ": expected " + expect.meaning + ", got " + answer.status() + " " + abbreviate(answer.body()));
        }
        if (expect == Expect.SEES && expect.admits(answer.status()) && !answer.body().contains(probe.needle)) {
            failures.add(where + ": the answer does not list the fixture " + probe.needle);
        }
        if ((expect == Expect.UNSEEN || expect == Expect.NOT_SHOWN) && answer.body().contains(probe.needle)) {
            failures.add(where + ": the answer lists the fixture " + probe.needle + ", which the caller may not see");
        }
        if (!probe.codesOnly && (caller.stranger() || answer.status() / 100 != 2)) {
            for (String marker : fixtures.bodyMarkers()) {
                if (answer.body().contains(marker)) {
                    failures.add(where + ": answer " + answer.status() + " carries a report body text (" + marker + ")");
                }
            }
        }
        if (caller == Caller.VIEWER && fixtures.titleMarkers().stream().anyMatch(answer.body()::contains)) {
            failures.add(where + ": a VIEWER received a report title");
        }
        if (probe.codesOnly) {
            for (String marker : concat(fixtures.bodyMarkers(), fixtures.titleMarkers())) {
                if (answer.body().contains(marker)) {
                    failures.add(where + ": answer " + answer.status() + " carries report text (" + marker
                            + ") where only codes belong");
                }
            }
            for (Caller other : Caller.values()) {
                if (other.principal != null && answer.body().contains(signature(client.token(other.principal)))) {
                    failures.add(where + ": the answer carries a bearer token");
                }
            }
        }
        if (probe.verify != null && probe.expected.get(caller) == Expect.ALLOWED && answer.response() != null) {
            String problem = probe.verify.apply(caller, answer);
            if (problem != null) {
                failures.add(where + ": " + problem);
            }
        }
        return failures;
    }

    /** The stages the probes must not have changed, as each service sees them. */
    record Snapshot(int status, String state) {
    }

    private static Map<String, Snapshot> snapshot(Map<String, String> ids) {
        Map<String, Snapshot> seen = new LinkedHashMap<>();
        for (String letter : List.of("A", "B", "C", "D")) {
            String id = ids.get(letter);
            for (String path : List.of("/api/reports/", "/api/review/reports/", "/api/handling/reports/")) {
                Answer answer = send("office", "GET", path + id, null, Map.of());
                String state = answer.status() == 200 ? json(answer).path("status").asString() : "";
                if (path.startsWith("/api/review/")) {
                    state += " claimedBy=" + json(answer).path("claimedBy").asString("");
                }
                if (path.startsWith("/api/handling/")) {
                    state += answer.status() == 200 ? " tasks=" + json(answer).path("tasks").toString().length()
                            + " ratings=" + json(answer).path("ratings").size() : "";
                }
                seen.put(path + letter, new Snapshot(answer.status(), state));
            }
        }
        Answer total = send("office", "GET", "/api/reports?size=1", null, Map.of());
        seen.put("reports in all", new Snapshot(total.status(), json(total).path("total").asString()));
        Answer publications = send("office", "GET", "/api/publications?size=1", null, Map.of());
        seen.put("publications in all", new Snapshot(publications.status(), json(publications).path("total").asString()));
        Answer rules = send("office", "GET", "/api/routing/rules", null, Map.of());
        seen.put("routing rules version", new Snapshot(rules.status(), json(rules).path("version").asString()));
        return seen;
    }

    private static List<String> fixturesUnchanged(Map<String, Snapshot> before, Map<String, Snapshot> after) {
        List<String> failures = new ArrayList<>();
        before.forEach((what, was) -> {
            if (!was.equals(after.get(what))) {
                failures.add("a probe changed the fixtures: " + what + " was " + was + ", now " + after.get(what));
            }
        });
        return failures;
    }

    /** report-status is public: codes only, never a title or a text of the fixtures. */
    private static List<String> statusTopicCarriesCodesOnly(Fixtures fixtures) {
        List<String> failures = new ArrayList<>();
        int seen = 0;
        for (String letter : List.of("A", "B", "C", "D")) {
            for (TopicRecorder.Recorded record : statuses.withKey(fixtures.ids().get(letter))) {
                seen++;
                String value = record.value();
                for (String marker : concat(fixtures.bodyMarkers(), fixtures.titleMarkers())) {
                    if (value.contains(marker)) {
                        failures.add("report-status carries report text (" + marker + "): " + abbreviate(value));
                    }
                }
            }
        }
        if (seen == 0) {
            failures.add("no report-status events recorded for the fixtures");
        }
        return failures;
    }

    /** Every service recorded a denied attempt of this run in its audit trail, readable by the office. */
    private static List<String> deniedAttemptsAreAudited(Map<String, String> ids) {
        Map<String, String> deniedThere = new LinkedHashMap<>();
        deniedThere.put("intake", "principal=station-hekou&object=" + ids.get("A"));
        deniedThere.put("routing", "principal=unit-transport");
        deniedThere.put("committee-review", "principal=reviewer-education&object=" + ids.get("A"));
        deniedThere.put("leadership-instruction", "principal=viewer");
        deniedThere.put("follow-up", "principal=unit-education&object=" + ids.get("t"));
        deniedThere.put("dashboard", "principal=unit-transport");
        List<String> failures = new ArrayList<>();
        deniedThere.forEach((service, filter) -> {
            String path = "/api/audit/" + service + "?outcome=DENIED&" + filter;
            Answer answer = send("office", "GET", path, null, Map.of());
            if (answer.status() != 200 || json(answer).path("total").asLong() < 1) {
                failures.add("no DENIED entry in the audit trail: " + path + " → " + answer.status() + " "
                        + abbreviate(answer.body()));
            } else {
                JsonNode entry = json(answer).path("items").path(0);
                for (String field : List.of("at", "principal", "role", "action", "outcome", "status", "traceId")) {
                    if (entry.path(field).isMissingNode() || entry.path(field).isNull()) {
                        failures.add("audit entry of " + service + " lacks " + field + ": " + entry);
                    }
                }
            }
        });
        return failures;
    }

    /**
     * A's near-duplicate E belongs to another township and another committee: whoever may not open E
     * (404) must not be shown it — its id, tracking number and similarity — among A's possible duplicates.
     */
    private static List<String> possibleDuplicatesStayWithinWhatTheCallerMaySee(Map<String, String> ids) {
        List<String> failures = new ArrayList<>();
        String a = ids.get("A");
        String e = ids.get("E");
        Answer office = send("office", "GET", "/api/reports/" + a, null, Map.of());
        if (!office.body().contains(e)) {
            log.warn("intake did not link A with its near-duplicate E (office sees {}); the duplicate check proves nothing",
                    abbreviate(json(office).path("quality").toString()));
            return failures;
        }
        Map<String, List<String>> readsOfA = new LinkedHashMap<>();
        readsOfA.put("station-chengguan", List.of("/api/reports/" + a));
        readsOfA.put("member-m0004", List.of("/api/reports/" + a));
        readsOfA.put("reviewer-economy", List.of("/api/reports/" + a, "/api/review/reports/" + a,
                "/api/review/queues/economy?size=100", "/api/review/reports?size=100"));
        Map<String, String> openE = Map.of("station-chengguan", "/api/reports/" + e, "member-m0004", "/api/reports/" + e,
                "reviewer-economy", "/api/review/reports/" + e);
        readsOfA.forEach((principal, paths) -> {
            int opening = send(principal, "GET", openE.get(principal), null, Map.of()).status();
            for (String path : paths) {
                Answer answer = send(principal, "GET", path, null, Map.of());
                if (answer.body().contains(e) && opening == 404) {
                    failures.add("GET " + path + " as " + principal + " lists report E (" + e
                            + ", township hekou, committee education) among A's possible duplicates, while GET "
                            + openE.get(principal) + " answers 404 to it: " + abbreviate(possibleDuplicates(answer)));
                }
            }
        });
        return failures;
    }

    private static String possibleDuplicates(Answer answer) {
        JsonNode body = json(answer);
        JsonNode found = body.findValue("possibleDuplicates");
        return found == null ? answer.body() : found.toString();
    }

    // ---------------------------------------------------------------- the matrix

    private static String markdown(List<Probe> probes, Map<Probe, Map<Caller, Answer>> answers) {
        StringBuilder out = new StringBuilder();
        out.append("| service | endpoint |");
        for (Caller caller : Caller.values()) {
            out.append(' ').append(caller.label).append(" |");
        }
        out.append("\n| --- | --- |");
        out.append(" --- |".repeat(Caller.values().length));
        out.append('\n');
        Map<String, String> footnotes = new LinkedHashMap<>();
        for (Probe probe : probes) {
            out.append("| ").append(probe.section).append(" | `").append(probe.label()).append("` |");
            for (Caller caller : Caller.values()) {
                Answer answer = answers.get(probe).get(caller);
                Expect expect = probe.expected.get(caller);
                String cell = String.valueOf(answer.status());
                if (probe.beyond.containsKey(caller)) {
                    cell += "†";
                    footnotes.put(probe.beyond.get(caller), "");
                }
                if (!expect.admits(answer.status())) {
                    cell = "**" + cell + "** ✗ (" + expect.meaning + ")";
                }
                out.append(' ').append(cell).append(" |");
            }
            out.append('\n');
        }
        out.append("\n† allowed by the service's README where PRODUCT.md §4 does not grant it in so many words: ")
                .append(String.join("; ", footnotes.keySet())).append(".\n");
        return out.toString();
    }

    private static void publish(String matrix) throws IOException {
        Path target = Path.of("target", "authorization-matrix.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, matrix);
        Path repository = Path.of(System.getProperty("minyi.repository", "../..")).toAbsolutePath().normalize();
        Path security = repository.resolve("docs/security.md");
        if (!Files.exists(security)) {
            return;
        }
        String doc = Files.readString(security);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        if (begin < 0 || end < begin) {
            log.warn("docs/security.md has no {} … {} markers; the matrix is in {}", BEGIN, END, target.toAbsolutePath());
            return;
        }
        String updated = doc.substring(0, begin + BEGIN.length()) + "\n" + matrix + doc.substring(end);
        if (!updated.equals(doc)) {
            Files.writeString(security, updated);
        }
    }

    // ---------------------------------------------------------------- HTTP through the gateway

    private static Answer send(String principal, String method, String path, Object body, Map<String, String> headers) {
        return exchange(principal == null ? null : client.token(principal), method, path, body, headers);
    }

    private static Answer exchange(String token, String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(path)).timeout(STEP)
                .version(java.net.http.HttpClient.Version.HTTP_1_1);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (method.equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(body == null ? "" : PlatformClient.JSON.writeValueAsString(body),
                            StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = client.http().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response);
        } catch (java.net.http.HttpTimeoutException e) {
            log.warn("{} {} got no answer within {}", method, path, STEP);
            return new Answer(-1, "no answer within " + STEP, null);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The event stream never ends: its status and headers are the answer; the body is read only on refusal. */
    private static Answer openStream(String token, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(path)).header("Accept", "text/event-stream")
                .version(java.net.http.HttpClient.Version.HTTP_1_1).timeout(STEP);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<InputStream> response = client.http().send(request.GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                String text = response.statusCode() == 200 ? ""
                        : new String(body.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), text, response);
            }
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same token with one character of its signature changed. */
    private static String tampered(String token) {
        int at = token.lastIndexOf('.') + (token.length() - token.lastIndexOf('.')) / 2;
        char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replacement + token.substring(at + 1);
    }

    /** The same claims under {@code {"alg":"none"}}, without a signature. */
    private static String unsigned(String token) {
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + token.substring(token.indexOf('.'), token.lastIndexOf('.') + 1);
    }

    private static String signature(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }

    private static String resolve(String template, Map<String, String> ids) {
        String path = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        return path;
    }

    private static JsonNode json(Answer answer) {
        return PlatformClient.JSON.readTree(answer.body());
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return Collections.unmodifiableList(all);
    }
}
