package org.minyi.platform.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.json.JsonMapper;

/**
 * The platform as the local tools see it: the gateway, with client_credentials tokens from its
 * authorization server (every demo principal's secret is {@code demo}).
 */
public final class GatewayClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String gateway;

    public GatewayClient(String gateway, Duration connectTimeout) {
        this.gateway = gateway;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
    }

    public HttpClient http() {
        return http;
    }

    public URI uri(String path) {
        return URI.create(gateway + path);
    }

    /** A token for {@code principal}; tries again for a minute while the authorization server does not grant it. */
    public String token(String principal) throws InterruptedException {
        String basic = Base64.getEncoder().encodeToString((principal + ":demo").getBytes(StandardCharsets.UTF_8));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (true) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return JSON.readTree(answer.body()).path("access_token").asString();
                }
            } catch (IOException notYet) {
                // the authorization server is restarting
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no token for " + principal);
            }
            Thread.sleep(500);
        }
    }

    /** GET with a bearer token and no timeout of its own. */
    public HttpResponse<String> get(String token, String path) throws IOException, InterruptedException {
        return http.send(request(token, path).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String token, String path, Duration timeout) throws IOException, InterruptedException {
        return http.send(request(token, path).timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** POST of a JSON body, or of none when {@code json} is null. */
    public HttpResponse<String> post(String token, String path, String json, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(token, path).timeout(timeout);
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Submits a report without waiting for the answer; an {@code idempotencyKey} of null sends none. */
    public CompletableFuture<HttpResponse<String>> submit(String token, String json, Duration timeout,
                                                         String idempotencyKey) {
        HttpRequest.Builder request = request(token, "/api/reports").timeout(timeout)
                .header("Content-Type", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.sendAsync(request.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
    }
}
