package org.minyi.platform.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.json.JsonMapper;

/** The benchmark's view of the platform: the gateway, with tokens from its authorization server. */
final class GatewayClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String gateway;

    GatewayClient(String gateway) {
        this.gateway = gateway;
    }

    String token(String principal) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((principal + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("no token for " + principal + ": " + answer.statusCode());
        }
        return JSON.readTree(answer.body()).path("access_token").asString();
    }

    CompletableFuture<HttpResponse<String>> submit(String token, String body) {
        return http.sendAsync(HttpRequest.newBuilder(uri("/api/reports"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpClient http() {
        return http;
    }

    URI uri(String path) {
        return URI.create(gateway + path);
    }
}
