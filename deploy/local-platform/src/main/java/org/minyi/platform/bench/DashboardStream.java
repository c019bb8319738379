package org.minyi.platform.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.minyi.platform.client.GatewayClient;
import tools.jackson.databind.JsonNode;

/**
 * Watches the dashboard's live stream, as a dashboard user does, and notes when each report's status
 * events arrive there: the end of the end-to-end path. Reconnects with {@code Last-Event-ID}.
 */
final class DashboardStream implements AutoCloseable {

    /** When an event reached the stream (System.nanoTime) and when it happened (its occurredAt). */
    record Arrival(long arrivedNanos, Instant occurredAt) {
    }

    private final GatewayClient client;
    private final String token;
    private final Map<String, Arrival> submitted = new ConcurrentHashMap<>();
    private final Map<String, Arrival> routed = new ConcurrentHashMap<>();
    private final AtomicLong lastEventId = new AtomicLong(-1);
    private final AtomicLong events = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread reader;

    DashboardStream(GatewayClient client, String token) {
        this.client = client;
        this.token = token;
        this.reader = new Thread(this::readForever, "dashboard-stream");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    Arrival routed(String reportId) {
        return routed.get(reportId);
    }

    Arrival submitted(String reportId) {
        return submitted.get(reportId);
    }

    long events() {
        return events.get();
    }

    private void readForever() {
        while (running.get()) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(client.uri("/api/dashboard/stream"))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "text/event-stream");
                if (lastEventId.get() >= 0) {
                    request.header("Last-Event-ID", Long.toString(lastEventId.get()));
                }
                HttpResponse<InputStream> response = client.http().send(request.build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String line;
                    while (running.get() && (line = lines.readLine()) != null) {
                        if (line.startsWith("id:")) {
                            lastEventId.set(Long.parseLong(line.substring(3).trim()));
                        } else if (line.startsWith("data:")) {
                            note(line.substring(5).trim(), System.nanoTime());
                        }
                    }
                }
            } catch (Exception reconnect) {
                if (!running.get()) {
                    return;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void note(String data, long now) {
        JsonNode event = GatewayClient.JSON.readTree(data);
        events.incrementAndGet();
        String reportId = event.path("reportId").asString();
        String status = event.path("status").asString();
        Instant occurredAt = event.has("occurredAt") ? Instant.parse(event.path("occurredAt").asString()) : null;
        if ("SUBMITTED".equals(status)) {
            submitted.putIfAbsent(reportId, new Arrival(now, occurredAt));
        } else if ("ROUTED".equals(status)) {
            routed.putIfAbsent(reportId, new Arrival(now, occurredAt));
        }
    }

    @Override
    public void close() {
        running.set(false);
        reader.interrupt();
    }
}
