package org.minyi.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.TopicRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole local platform, started once per test JVM on free ports and shared by every end-to-end
 * test class (starting it costs half a minute); stopped when the JVM exits. Every part of it runs as
 * in production: each service in its own JVM, reached only through the gateway.
 */
public final class SharedPlatform {

    private static final Logger log = LoggerFactory.getLogger(SharedPlatform.class);

    private static LocalPlatform platform;
    private static PlatformClient client;
    private static TopicRecorder statuses;

    private SharedPlatform() {
    }

    public static synchronized LocalPlatform platform() {
        if (platform == null) {
            try {
                start();
            } catch (Exception e) {
                throw new IllegalStateException("the local platform did not start", e);
            }
        }
        return platform;
    }

    static synchronized PlatformClient client() {
        platform();
        return client;
    }

    /** Everything published on {@code report-status} since the platform started. */
    static synchronized TopicRecorder statuses() {
        platform();
        return statuses;
    }

    private static void start() throws Exception {
        Path repository = Path.of(System.getProperty("minyi.repository", "../..")).toAbsolutePath().normalize();
        PlatformSettings settings = freshSettings(repository, Files.createTempDirectory("minyi-e2e"));
        platform = LocalPlatform.start(settings, LocalPlatform.Mode.ALL);
        long resident = platform.residentKilobytes().values().stream().mapToLong(Long::longValue).sum();
        log.info("Platform ready after {} ms; resident {} MB in all: {}", platform.readyAfter().toMillis(),
                resident / 1024, platform.residentKilobytes());
        client = new PlatformClient(settings.gatewayUrl());
        statuses = TopicRecorder.of(settings.kafkaBootstrapServers(), List.of(ReportStatusTopic.NAME));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            statuses.close();
            platform.close();
        }, "shared-platform-stop"));
    }

    /** Settings for a platform of its own on free ports, unthrottled for load. */
    static PlatformSettings freshSettings(Path repository, Path data) throws IOException {
        List<Integer> ports = freePorts(11);
        return new PlatformSettings(repository, data, ports.get(0), ports.get(1), ports.get(2),
                ports.get(3), ports.get(4), List.of(
                new PlatformSettings.ServicePort("intake", ports.get(5), "MINYI_INTAKE_URL"),
                new PlatformSettings.ServicePort("routing", ports.get(6), "MINYI_ROUTING_URL"),
                new PlatformSettings.ServicePort("committee-review", ports.get(7), "MINYI_REVIEW_URL"),
                new PlatformSettings.ServicePort("leadership-instruction", ports.get(8), "MINYI_LEADERSHIP_URL"),
                new PlatformSettings.ServicePort("follow-up", ports.get(9), "MINYI_FOLLOWUP_URL"),
                new PlatformSettings.ServicePort("dashboard", ports.get(10), "MINYI_DASHBOARD_URL")),
                3, PlatformSettings.DEFAULT_JVM_OPTIONS, true);
    }

    private static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
