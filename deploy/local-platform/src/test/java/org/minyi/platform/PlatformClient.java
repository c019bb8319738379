package org.minyi.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the platform only through its gateway, as outside software does, with real tokens. */
final class PlatformClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    PlatformClient(String gateway) {
        this.gateway = gateway;
    }

    /** A token for a demo principal from the authorization server, through the gateway. */
    String token(String principal) {
        return tokens.computeIfAbsent(principal, name -> {
            String basic = Base64.getEncoder().encodeToString((name + ":demo").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("no token for " + name + ": " + answer.statusCode() + " " + answer.body());
            }
            return JSON.readTree(answer.body()).path("access_token").asString();
        });
    }

    Answer get(String principal, String path) {
        return new Answer(send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token(principal))));
    }

    Answer post(String principal, String path, Object body) {
        return new Answer(send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token(principal))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body),
                        StandardCharsets.UTF_8))));
    }

    Answer put(String principal, String path, Object body) {
        return new Answer(send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token(principal))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))));
    }

    /** A document (a Word file): its status, content type and bytes. */
    HttpResponse<byte[]> download(String principal, String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token(principal))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpClient http() {
        return http;
    }

    URI uri(String path) {
        return URI.create(gateway + path);
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

    record Answer(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        JsonNode json() {
            return JSON.readTree(response.body());
        }

        String body() {
            return response.body();
        }
    }
}
