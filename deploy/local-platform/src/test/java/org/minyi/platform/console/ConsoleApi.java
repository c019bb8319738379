package org.minyi.platform.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's public API through the gateway, with the demo principals' client-credentials tokens: what
 * the browser tests prepare and check behind the console's back (a report for a reviewer to find, the
 * status a step left behind). What the console itself does is always done in the browser.
 */
final class ConsoleApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    ConsoleApi(String gateway) {
        this.gateway = gateway;
    }

    String token(String principal) {
        return tokens.computeIfAbsent(principal, name -> {
            String basic = Base64.getEncoder().encodeToString((name + ":demo").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(gateway + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("no token for " + name + ": " + answer.statusCode());
            }
            return JSON.readTree(answer.body()).path("access_token").asString();
        });
    }

    JsonNode get(String principal, String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token(principal)));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " as " + principal + ": " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    int status(String principal, String path) {
        return send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token(principal))).statusCode();
    }

    JsonNode post(String principal, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token(principal))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body),
                        StandardCharsets.UTF_8));
        if (path.equals("/api/reports")) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        HttpResponse<String> answer = send(request);
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " as " + principal + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
