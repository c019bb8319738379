package org.minyi.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.minyi.testing.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in front of stand-in services that answer with what they received; no trusted proxies (the
 * default). It runs as on Kubernetes, where Boot would otherwise let Reactor Netty believe any caller's
 * X-Forwarded-For.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "minyi.rate-limits.roles.VIEWER.capacity=3", "minyi.rate-limits.roles.VIEWER.per-second=0.2",
        "minyi.rate-limits.anonymous.capacity=10", "minyi.rate-limits.anonymous.per-second=0.2",
        "spring.main.cloud-platform=kubernetes"})
class GatewayIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static StandInServices services;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        services = StandInServices.startFor(registry);
    }

    @AfterAll
    static void stop() {
        services.stop();
    }

    @Test
    void eachPublicPathReachesTheServiceThatOwnsIt() throws Exception {
        assertThat(get("/api/reports/123").body()).startsWith("intake GET /api/reports/123");
        assertThat(get("/api/notifications").body()).startsWith("followup GET /api/notifications");
        assertThat(get("/api/reports?status=ROUTED").body()).startsWith("intake GET /api/reports?status=ROUTED");
        assertThat(get("/api/reference/townships").body()).startsWith("intake");
        assertThat(get("/api/routing/rules").body()).startsWith("routing");
        assertThat(get("/api/review/queues/economy").body()).startsWith("review");
        assertThat(get("/api/publications").body()).startsWith("review");
        assertThat(get("/api/leadership/inbox").body()).startsWith("leadership");
        assertThat(get("/api/handling/tasks?unit=education").body()).startsWith("followup");
        assertThat(get("/api/dashboard/summary").body()).startsWith("dashboard");
        assertThat(get("/api/dashboard/stream").body()).startsWith("dashboard");
        assertThat(get("/").body()).startsWith("dashboard GET /");
        assertThat(get("/oauth2/token").body()).startsWith("auth");
        assertThat(get("/.well-known/oauth-authorization-server").body()).startsWith("auth");
    }

    @Test
    void theBearerTokenIsRelayedUnchangedAndEveryRequestGetsACorrelationId() throws Exception {
        String token = TestTokens.station("chengguan");
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri("/api/reports/1"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.body()).contains("authorization=Bearer " + token);
        String correlation = answer.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(answer.body()).contains("x-correlation-id=" + correlation);

        HttpResponse<String> given = HTTP.send(HttpRequest.newBuilder(uri("/api/reports/1"))
                .header("Authorization", "Bearer " + token)
                .header("X-Correlation-Id", "station-run-42").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(given.headers().firstValue("X-Correlation-Id")).contains("station-run-42");
    }

    @Test
    void anUnknownPathIsNotFoundAndAnOversizedBodyIsRefused() throws Exception {
        assertThat(get("/api/nowhere").statusCode()).isEqualTo(404);
        HttpResponse<String> big = HTTP.send(HttpRequest.newBuilder(uri("/api/reports"))
                .header("Authorization", "Bearer " + TestTokens.station("chengguan"))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(70_000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(big.statusCode()).isEqualTo(413);
    }

    @Test
    void theEdgeRefusesMissingForgedExpiredAndForeignTokens() throws Exception {
        assertThat(HTTP.send(HttpRequest.newBuilder(uri("/api/reports/1")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        for (String bad : new String[] {
                TestTokens.expired("station-chengguan", "STATION"),
                TestTokens.foreign("station-chengguan", "STATION"),
                TestTokens.unsigned("station-chengguan", "STATION", java.util.Map.of("township", "chengguan")),
                TestTokens.tampered("station-chengguan", "STATION"),
                TestTokens.signedByAnotherKey("station-chengguan", "STATION"),
                TestTokens.forOtherAudience("station-chengguan", "STATION"),
                "not-a-token"}) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri("/api/reports/1"))
                    .header("Authorization", "Bearer " + bad).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(bad).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).doesNotStartWith("intake");
        }
    }

    /**
     * A keep-alive request that arrives while the previous one is still being answered, and is then
     * answered at once (a refused token), must not leave the connection deaf: the request after it is
     * answered too. Reactor Netty 1.3.6 stops reading such a connection (reactor-netty#4361); the
     * gateway works around it.
     */
    @Test
    void aKeepAliveConnectionKeepsBeingReadAfterARequestAnsweredAtOnce() throws Exception {
        String valid = "Bearer " + TestTokens.station("chengguan");
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            java.io.InputStream in = socket.getInputStream();
            for (int round = 0; round < 20; round++) {
                out.write(("GET /api/reports/" + round + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + valid
                        + "\r\n\r\nGET /api/reports/x HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer bad\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(readResponse(in)).as("round %d, proxied", round).startsWith("HTTP/1.1 200");
                assertThat(readResponse(in)).as("round %d, refused", round).startsWith("HTTP/1.1 401");
            }
        }
    }

    /** Status line and headers, then as many body bytes as Content-Length says. */
    private static String readResponse(java.io.InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return head.toString();
            }
            head.append((char) b);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                .matcher(head);
        if (length.find()) {
            in.readNBytes(Integer.parseInt(length.group(1)));
        }
        return head.toString();
    }

    @Test
    void thePageAndTheTokenEndpointNeedNoToken() throws Exception {
        assertThat(get("/").body()).startsWith("dashboard GET /");
        assertThat(get("/assets/dashboard.js").body()).startsWith("dashboard");
        assertThat(get("/oauth2/token").body()).startsWith("auth");
    }

    @Test
    void aPrincipalOverItsRateLimitIsToldWhenToComeBackAndOthersAreNotAffected() throws Exception {
        String busy = TestTokens.token("viewer-busy", "VIEWER", java.util.Map.of());
        List<Integer> statuses = new java.util.ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            last = HTTP.send(HttpRequest.newBuilder(uri("/api/dashboard/summary"))
                    .header("Authorization", "Bearer " + busy).build(), HttpResponse.BodyHandlers.ofString());
            statuses.add(last.statusCode());
        }
        assertThat(statuses.subList(0, 3)).containsOnly(200);
        assertThat(statuses.get(4)).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 10));
        assertThat(last.body()).contains("Too many requests");

        String calm = TestTokens.token("viewer-calm", "VIEWER", java.util.Map.of());
        assertThat(HTTP.send(HttpRequest.newBuilder(uri("/api/dashboard/summary"))
                .header("Authorization", "Bearer " + calm).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
    }

    /**
     * Nobody is a trusted proxy: a caller without a token who claims another address on every request
     * (from 127.0.0.9, so that no other test shares its bucket) still has one bucket.
     */
    @Test
    void aCallerCannotEscapeItsLimitByClaimingOtherAddresses() throws Exception {
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            statuses.add(LoopbackCaller.get("127.0.0.9", port, "/oauth2/token",
                    "X-Forwarded-For: 203.0.113." + i, "Forwarded: for=198.51.100." + i).status());
        }
        assertThat(statuses.subList(0, 10)).containsOnly(200);
        assertThat(statuses.get(12)).isEqualTo(429);
    }

    @Test
    void theConsoleIsServedByTheGatewayItselfWithoutAToken() throws Exception {
        HttpResponse<String> entry = HTTP.send(HttpRequest.newBuilder(uri("/console")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(entry.statusCode()).isEqualTo(307);
        assertThat(entry.headers().firstValue("Location")).contains("/console/index.html");
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(uri("/console/index.html")).build(),
                HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"zh-CN\"");
        assertThat(get("/login").body()).startsWith("auth");
    }

    @Test
    void everyServicesApiDocumentAndAuditTrailHasAPathAtTheGateway() throws Exception {
        HttpResponse<String> docs = HTTP.send(HttpRequest.newBuilder(uri("/v3/api-docs/committee-review")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.body()).startsWith("review GET /v3/api-docs");
        assertThat(get("/api/audit/follow-up?principal=office").body())
                .startsWith("followup GET /api/audit?principal=office");
        assertThat(HTTP.send(HttpRequest.newBuilder(uri("/api/audit/intake")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void theOfficeReadsOneReportsTrailFromEveryServiceMergedInTimeOrder() throws Exception {
        String report = "0f5b2f4e-6a61-4c1c-9a3e-2d6f0c1b7e21";
        HttpResponse<String> merged = get("/api/audit/reports/" + report);

        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(merged.body());
        assertThat(body.path("reportId").asString()).isEqualTo(report);
        List<String> services = new java.util.ArrayList<>();
        List<String> times = new java.util.ArrayList<>();
        for (JsonNode entry : body.path("entries")) {
            services.add(entry.path("service").asString());
            times.add(entry.path("at").asString());
            assertThat(entry.path("object").asString()).isEqualTo(report);
            assertThat(entry.path("bearer").asBoolean()).as("the caller's token relayed").isTrue();
        }
        assertThat(services).containsExactlyInAnyOrder("intake", "routing", "committee-review",
                "leadership-instruction", "follow-up", "dashboard");
        assertThat(times).isSorted();
        assertThat(services.get(0)).as("the stand-in asked last answers the earliest entry").isEqualTo("dashboard");
        assertThat(body.path("unavailable")).isEmpty();

        // a service that fails is named, the others still answer
        JsonNode partial = JSON.readTree(get("/api/audit/reports/0f5b2f4e-6a61-4c1c-9a3e-2d6f0c1bdead").body());
        assertThat(partial.path("entries")).hasSize(5);
        assertThat(partial.path("unavailable").get(0).asString()).isEqualTo("dashboard");

        // the office only; a report id is a UUID; a token is needed
        HttpResponse<String> viewer = HTTP.send(HttpRequest.newBuilder(uri("/api/audit/reports/" + report))
                .header("Authorization", "Bearer " + TestTokens.station("chengguan")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(viewer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("/api/audit/reports/%7B%22%24ne%22%3A1%7D").statusCode()).isEqualTo(400);
        assertThat(HTTP.send(HttpRequest.newBuilder(uri("/api/audit/reports/" + report)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void swaggerUiAndTheAsyncApiDocumentAreServedByTheGateway() throws Exception {
        HttpResponse<String> ui = HTTP.send(HttpRequest.newBuilder(uri("/swagger-ui.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isIn(200, 302, 307);
        HttpResponse<String> config = HTTP.send(HttpRequest.newBuilder(uri("/v3/api-docs/gateway/swagger-config")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(config.body()).contains("/v3/api-docs/intake").contains("/v3/api-docs/dashboard");
        HttpResponse<String> asyncApi = HTTP.send(HttpRequest.newBuilder(uri("/asyncapi/minyi.asyncapi.yaml")).build(),
                HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(asyncApi.statusCode()).isEqualTo(200);
        assertThat(asyncApi.body()).startsWith("asyncapi: 3").contains("report-status");
    }

    @Test
    void healthIsUp() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }

    /** A GET with the office's token, which the edge accepts on every API route. */
    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + TestTokens.office()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
