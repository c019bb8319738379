package org.minyi.routing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.IntakeTopics;
import org.minyi.events.intake.ReportSubmitted;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.testing.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the HTTP and Kafka sides of routing are fed with in the integration tests beside {@link RoutingIT}. */
final class Traffic {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    Traffic(int port) {
        this.port = port;
    }

    /** A first submission of a report by the chengguan station, as intake announces it. */
    static ReportSubmitted submitted(String reportId, Category category, String domain) {
        return new ReportSubmitted(UUID.randomUUID(), reportId, 1,
                Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MILLIS), "SQ-2026-000321", 1,
                "station-chengguan",
                new SubmittedReport("关于村级养老服务站运营经费的建议", category, domain,
                        "部分村级养老服务站建成后缺少运营经费，服务时有时无。", null,
                        "建议将运营经费纳入县级财政预算。", "chengguan", null, List.of(), null, null, false, null),
                null);
    }

    /** The record intake publishes for {@code event}, with {@code extraHeaders} (e.g. {@code traceparent}). */
    static ProducerRecord<String, byte[]> record(ReportSubmitted event, Map<String, String> extraHeaders) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(IntakeTopics.REPORT_EVENTS, event.reportId(),
                EventJson.write(event));
        new EventEnvelope(event.eventId(), ReportSubmitted.TYPE.name(), URI.create("/minyi/intake"),
                event.occurredAt(), event.reportId(), event.sequence(), "test-" + event.reportId(), null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        extraHeaders.forEach((name, value) ->
                record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode json(HttpResponse<String> answer) {
        return JSON.readTree(answer.body());
    }

    /** The routing case, once routing has one. */
    JsonNode routingCase(String reportId) throws Exception {
        HttpResponse<String> answer = get("/api/routing/reports/" + reportId, TestTokens.office());
        return answer.statusCode() == 200 ? json(answer) : null;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
