package org.minyi.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the dashboard under test, with bearer tokens. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final int port;

    Http(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return CLIENT.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String path, String token) throws IOException, InterruptedException {
        return CLIENT.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode json(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(path, token);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    HttpResponse<String> put(String path, String token, String body) throws IOException, InterruptedException {
        return CLIENT.send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String token) throws IOException, InterruptedException {
        return CLIENT.send(request(path, token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The fields a 400 problem names. */
    static List<String> fields(HttpResponse<String> answer) {
        List<String> fields = new ArrayList<>();
        JSON.readTree(answer.body()).path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }
}
