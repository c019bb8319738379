package org.minyi.routing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every role × every endpoint of routing, as PRODUCT.md §4 puts it: the rules are read by the office,
 * reviewers and dashboards (VIEWER) and replaced by the office; routing cases, re-routing and the audit
 * trail are the office's; topics are read by everyone who reports on them or follows them (not by
 * handling units) and recorded by the office; their coverage — an aggregate — is shown to the office and
 * dashboards only. A role that may not call an endpoint gets 403; no token, or a token that is forged,
 * tampered with, expired, from another issuer or for another audience, gets 401. Routing holds no report
 * text and scopes nothing by township, member, committee or unit: the roles that may call an endpoint
 * see all of its objects, and an object that does not exist answers 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=routing_it")
@MinyiIntegrationTest
@AutoConfigureMetrics
@AutoConfigureTracing
class AccessMatrixIT {

    private static final Set<String> RULE_READERS = Set.of("OFFICE", "REVIEWER", "VIEWER");
    private static final Set<String> OFFICE = Set.of("OFFICE");
    private static final Set<String> TOPIC_READERS = Set.of("STATION", "MEMBER", "OFFICE", "REVIEWER", "LEADER",
            "LEADERS_OFFICE", "VIEWER");
    private static final Set<String> NOBODY = Set.of();
    private static final Map<String, String> TOKENS = Map.of(
            "STATION", TestTokens.station("chengguan"),
            "MEMBER", TestTokens.member("m0001"),
            "OFFICE", TestTokens.office(),
            "REVIEWER", TestTokens.reviewer("economy"),
            "LEADER", TestTokens.leader("county-head"),
            "LEADERS_OFFICE", TestTokens.leadersOffice(),
            "UNIT", TestTokens.unit("education-bureau"),
            "VIEWER", TestTokens.viewer());
    private static String routedCase;
    private static String topic;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    private Traffic traffic;

    /** An endpoint, a request to it, the roles that may call it, and what they get. */
    record Endpoint(String method, String path, String body, Set<String> allowed, int allowedStatus) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET", "/api/routing/rules", null, RULE_READERS, 200),
                new Endpoint("GET", "/api/routing/rules/versions", null, RULE_READERS, 200),
                new Endpoint("GET", "/api/routing/rules/versions/1", null, RULE_READERS, 200),
                new Endpoint("PUT", "/api/routing/rules", "{\"rules\": null}", OFFICE, 400),
                new Endpoint("GET", "/api/routing/reports?committee=OFFICE", null, OFFICE, 200),
                new Endpoint("GET", "/api/routing/reports/{case}", null, OFFICE, 200),
                new Endpoint("POST", "/api/routing/reports/{case}/reroute", "{}", OFFICE, 400),
                new Endpoint("POST", "/api/topics", "{}", OFFICE, 400),
                new Endpoint("GET", "/api/topics", null, TOPIC_READERS, 200),
                new Endpoint("GET", "/api/topics/{topic}", null, TOPIC_READERS, 200),
                new Endpoint("PUT", "/api/topics/{topic}", "{}", OFFICE, 400),
                new Endpoint("POST", "/api/topics/nonexistent/close", null, OFFICE, 404),
                new Endpoint("GET", "/api/audit", null, OFFICE, 200),
                new Endpoint("DELETE", "/api/topics/{topic}", null, NOBODY, 0),
                new Endpoint("GET", "/api/routing/everything", null, NOBODY, 0));
    }

    static Stream<Arguments> everyRoleAtEveryEndpoint() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String role : TOKENS.keySet().stream().sorted().toList()) {
                cases.add(Arguments.of(role, endpoint));
            }
        }
        return cases.stream();
    }

    @BeforeEach
    void prepare() throws Exception {
        traffic = new Traffic(port);
        if (routedCase == null) {
            String id = UUID.randomUUID().toString();
            kafka.send(Traffic.record(Traffic.submitted(id, Category.DAILY_LIFE, "education"), Map.of())).get();
            await().atMost(Duration.ofSeconds(20)).until(() -> traffic.routingCase(id) != null);
            routedCase = id;
        }
        if (topic == null) {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            HttpResponse<String> created = traffic.send("POST", "/api/topics", TestTokens.office(), """
                    {"title": "农村养老", "quarter": "%dQ%d", "committees": ["social-legal"], "deadline": "%s"}"""
                    .formatted(today.getYear(), (today.getMonthValue() - 1) / 3 + 1, today.plusDays(20)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            topic = traffic.json(created).path("id").asString();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRoleAtEveryEndpoint")
    void eachRoleGetsExactlyWhatItMay(String role, Endpoint endpoint) throws Exception {
        HttpResponse<String> answer = call(endpoint, TOKENS.get(role));

        int expected = endpoint.allowed().contains(role) ? endpoint.allowedStatus() : 403;
        assertThat(answer.statusCode()).as(role + " " + endpoint + ": " + answer.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        if (expected == 200 && endpoint.path().startsWith("/api/topics")) {
            JsonNode body = traffic.json(answer);
            JsonNode coverage = body.has("items") ? body.path("items").get(0).path("coverage") : body.path("coverage");
            assertThat(coverage.isObject()).as("coverage for the office and dashboards only")
                    .isEqualTo(role.equals("OFFICE") || role.equals("VIEWER"));
        }
    }

    static Stream<Arguments> badTokensAtEveryEndpoint() {
        Map<String, String> bad = Map.of(
                "none", "",
                "alg=none", TestTokens.unsigned("office", "OFFICE", Map.of()),
                "tampered", TestTokens.tampered("viewer", "VIEWER"),
                "expired", TestTokens.expired("office", "OFFICE"),
                "another issuer", TestTokens.foreign("office", "OFFICE"),
                "another key", TestTokens.signedByAnotherKey("office", "OFFICE"),
                "another audience", TestTokens.forOtherAudience("office", "OFFICE"));
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            bad.forEach((name, token) -> cases.add(Arguments.of(name, endpoint, token)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badTokensAtEveryEndpoint")
    void noTokenOrABadOneIsUnauthorized(String name, Endpoint endpoint, String token) throws Exception {
        HttpResponse<String> answer = call(endpoint, token.isEmpty() ? null : token);

        assertThat(answer.statusCode()).as(name + " " + endpoint).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
    }

    private HttpResponse<String> call(Endpoint endpoint, String token) throws Exception {
        String path = endpoint.path().replace("{case}", routedCase).replace("{topic}", topic);
        return endpoint.body() == null && endpoint.method().equals("GET") ? traffic.get(path, token)
                : traffic.send(endpoint.method(), path, token, endpoint.body() == null ? "" : endpoint.body());
    }
}
