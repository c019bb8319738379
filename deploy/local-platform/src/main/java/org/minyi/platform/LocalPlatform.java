package org.minyi.platform;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local platform: a real Kafka broker, a MongoDB-wire server, the authorization server, the
 * gateway and every service, each service in its own JVM so that one can be killed and restarted.
 *
 * <p>{@code infra} starts only Kafka (9092) and MongoDB (27017); every service then starts on its own
 * with {@code java -jar services/NAME/target/NAME.jar}, whose defaults point at them. The launcher holds
 * infrastructure and processes only: the commands that use it (benchmark, fault suite, dead letters) are
 * in {@code org.minyi.platform.command}, beside it.
 */
public final class LocalPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

    public enum Mode {
        ALL, INFRA
    }

    /** Raised limits for load tests, as the gateway reads them from SPRING_APPLICATION_JSON. */
    private static final String UNTHROTTLED = "{\"minyi\":{\"rate-limits\":{\"roles\":{"
            + java.util.stream.Stream.of("STATION", "MEMBER", "OFFICE", "REVIEWER", "LEADER", "LEADERS_OFFICE", "UNIT",
                            "VIEWER")
                    .map(role -> "\"" + role + "\":{\"capacity\":1000000,\"per-second\":1000000}")
                    .collect(java.util.stream.Collectors.joining(","))
            + "},\"anonymous\":{\"capacity\":1000000,\"per-second\":1000000}}}}";

    private final PlatformSettings settings;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final Map<String, Launch> launches = new java.util.LinkedHashMap<>();
    private EmbeddedKafka kafka;
    private EmbeddedMongo mongo;
    private Duration readyAfter;

    private LocalPlatform(PlatformSettings settings) {
        this.settings = settings;
    }

    /** Starts the platform and returns once every part of it is healthy. */
    public static LocalPlatform start(PlatformSettings settings, Mode mode) throws IOException, InterruptedException {
        LocalPlatform platform = new LocalPlatform(settings);
        try {
            platform.startInfrastructure();
            if (mode == Mode.ALL) {
                platform.startServices();
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            platform.close();
            throw e;
        }
        platform.readyAfter = Duration.between(
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()), Instant.now());
        return platform;
    }

    private void startInfrastructure() throws IOException {
        Path data = settings.dataDirectory();
        kafka = EmbeddedKafka.start(data.resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort(),
                settings.partitions());
        kafka.createTopics(TopicPlan.all(), settings.partitions());
        mongo = EmbeddedMongo.start(data.resolve("mongo"), settings.mongoPort());
    }

    private void startServices() throws IOException, InterruptedException {
        stopLeftovers();
        Path repository = settings.repository();
        Path logs = settings.dataDirectory().resolve("logs");
        Map<String, String> common = new HashMap<>();
        common.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
        common.put("SPRING_MONGODB_URI", settings.mongoUri());
        common.put("MINYI_ISSUER", settings.gatewayUrl());
        common.put("MINYI_JWKS", "http://127.0.0.1:" + settings.authPort() + "/oauth2/jwks");
        common.put("MINYI_KAFKA_PARTITIONS", Integer.toString(settings.partitions()));

        Map<String, String> auth = new HashMap<>(common);
        auth.put("MINYI_AUTH_KEY_FILE", settings.dataDirectory().resolve("auth/signing-key.json").toAbsolutePath().toString());
        launch(new Launch("auth-server", repository.resolve("deploy/auth-server/target/auth-server.jar"),
                settings.authPort(), auth, logs));

        Map<String, String> gateway = new HashMap<>(common);
        gateway.put("MINYI_AUTH_URL", "http://127.0.0.1:" + settings.authPort());
        if (settings.loadTest()) {
            gateway.put("SPRING_APPLICATION_JSON", UNTHROTTLED);
        }
        for (PlatformSettings.ServicePort service : settings.services()) {
            launch(new Launch(service.name(),
                    repository.resolve("services/" + service.name() + "/target/" + service.name() + ".jar"),
                    service.port(), common, logs));
            gateway.put(service.urlVariable(), "http://127.0.0.1:" + service.port());
        }
        launch(new Launch("gateway", repository.resolve("services/gateway/target/gateway.jar"),
                settings.gatewayPort(), gateway, logs));

        for (ServiceProcess process : processes) {
            process.awaitHealthy(Duration.ofSeconds(180));
        }
    }

    private ServiceProcess launch(Launch launch) throws IOException {
        launches.put(launch.name(), launch);
        ServiceProcess process = ServiceProcess.start(launch.name(), launch.jar(), launch.port(), launch.environment(),
                settings.serviceJvmOptions(), launch.logs());
        processes.add(process);
        Files.writeString(pidFile(), process.pid() + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        return process;
    }

    private Path pidFile() {
        return settings.dataDirectory().resolve("services.pid");
    }

    /**
     * Stops service processes that an earlier launcher on this data folder left running (a launcher killed
     * with {@code kill -9} cannot stop its children), so that they do not hold the ports.
     */
    private void stopLeftovers() throws IOException {
        Path pids = pidFile();
        if (Files.exists(pids)) {
            for (String line : Files.readAllLines(pids)) {
                if (line.isBlank()) {
                    continue;
                }
                ProcessHandle.of(Long.parseLong(line.trim()))
                        .filter(p -> p.info().commandLine().map(c -> c.contains(".jar")).orElse(false))
                        .ifPresent(leftover -> {
                            log.warn("Stopping a service process an earlier launcher left running: {}", leftover.pid());
                            leftover.destroyForcibly();
                        });
            }
            Files.delete(pids);
        }
        Files.createDirectories(settings.dataDirectory());
    }

    /**
     * Stops one service — at once ({@code kill -9}) or gracefully — while everything else keeps running.
     */
    public void stop(String name, boolean crash) throws InterruptedException {
        ServiceProcess process = service(name);
        if (crash) {
            process.kill();
        } else {
            process.close();
        }
        processes.remove(process);
    }

    /** Starts a stopped service again with its original settings and waits until it is healthy. */
    public void startAgain(String name) throws IOException, InterruptedException {
        Launch launch = launches.get(name);
        if (launch == null) {
            throw new IllegalArgumentException("no service " + name);
        }
        launch(launch).awaitHealthy(Duration.ofSeconds(180));
    }

    /** Stops the Kafka broker, as an outage would; its data stays. */
    public void stopKafka() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    /** Starts the Kafka broker again on the same ports and data. */
    public void startKafka() throws IOException {
        if (kafka == null) {
            kafka = EmbeddedKafka.start(settings.dataDirectory().resolve("kafka"), settings.kafkaPort(),
                    settings.kafkaControllerPort(), settings.partitions());
        }
    }

    /** Stops the MongoDB-wire server, dropping every connection; its data stays. */
    public void stopMongo() {
        if (mongo != null) {
            mongo.close();
            mongo = null;
        }
    }

    /** Starts the MongoDB-wire server again on the same port and file. */
    public void startMongo() throws IOException {
        if (mongo == null) {
            mongo = EmbeddedMongo.start(settings.dataDirectory().resolve("mongo"), settings.mongoPort());
        }
    }

    /** Names of the services this platform started, the gateway last. */
    public List<String> serviceNames() {
        return List.copyOf(launches.keySet());
    }

    /** How a service was started, so that it can be started again. */
    private record Launch(String name, Path jar, int port, Map<String, String> environment, Path logs) {
    }

    public PlatformSettings settings() {
        return settings;
    }

    /** From the launcher's JVM start to every part healthy. */
    public Duration readyAfter() {
        return readyAfter;
    }

    /**
     * The database's work so far: write commands answered (insert, update, delete, findAndModify; a bulk write
     * counts once) and commits to its file (one covers every write that arrived before it started).
     */
    public record DatabaseActivity(long writes, long commits) {

        public DatabaseActivity since(DatabaseActivity earlier) {
            return new DatabaseActivity(writes - earlier.writes, commits - earlier.commits);
        }
    }

    /** What the database has done so far; zeros while it is stopped. */
    public DatabaseActivity databaseActivity() {
        EmbeddedMongo running = mongo;
        return running == null ? new DatabaseActivity(0, 0) : running.activity();
    }

    /** Resident memory of the launcher (broker and database) and of every service, in kilobytes. */
    public Map<String, Long> residentKilobytes() {
        Map<String, Long> resident = new java.util.LinkedHashMap<>();
        resident.put("kafka+mongo (launcher)", Resident.kilobytes(ProcessHandle.current().pid()));
        for (ServiceProcess process : processes) {
            resident.put(process.name(), process.residentKilobytes());
        }
        return resident;
    }

    /** The running service called {@code name}. */
    ServiceProcess service(String name) {
        return processes.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
        processes.clear();
        if (mongo != null) {
            mongo.close();
            mongo = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    /**
     * Starts the platform ({@code start}: everything; {@code infra}: Kafka and MongoDB only) and runs it
     * until the process is stopped ({@code Ctrl-C}), printing where to look.
     */
    public static void runUntilStopped(Mode mode, Path repository, Path data, boolean fresh) throws Exception {
        if (fresh) {
            wipe(data);
        }
        PlatformSettings settings = PlatformSettings.defaults(repository, data);
        String jvm = System.getenv("MINYI_JVM_OPTS");
        if (jvm != null && !jvm.isBlank()) {
            settings = settings.withJvmOptions(List.of(jvm.trim().split("\\s+")));
        }

        log.info("Starting the Minyi local platform ({}) — data in {}", mode == Mode.ALL ? "everything" : "infrastructure only", data);
        LocalPlatform platform = start(settings, mode);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping the local platform…");
            platform.close();
            stopped.countDown();
        }, "local-platform-stop"));
        platform.printWhereToLook(mode);
        stopped.await();
    }

    private void printWhereToLook(Mode mode) {
        StringBuilder text = new StringBuilder("\n");
        text.append("  民意 Minyi — local platform ready in ").append(readyAfter.toMillis() / 1000.0).append(" s\n\n");
        text.append("  Kafka (KRaft)      ").append(settings.kafkaBootstrapServers()).append('\n');
        text.append("  MongoDB wire       ").append(settings.mongoUri()).append('\n');
        if (mode == Mode.ALL) {
            text.append("  Gateway            ").append(settings.gatewayUrl()).append('\n');
            text.append("  Live dashboard     ").append(settings.gatewayUrl()).append("/   (sign in as viewer / demo)\n");
            text.append("  Tokens             POST ").append(settings.gatewayUrl())
                    .append("/oauth2/token  (client_credentials, e.g. station-chengguan / demo)\n");
            text.append("  Watch statuses     kcat -C -b ").append(settings.kafkaBootstrapServers())
                    .append(" -t report-status -f '%k %h %s\\n'\n\n");
            long total = 0;
            for (Map.Entry<String, Long> entry : residentKilobytes().entrySet()) {
                text.append(String.format("  %-24s %6d MB resident%n", entry.getKey(), entry.getValue() / 1024));
                total += entry.getValue();
            }
            text.append(String.format("  %-24s %6d MB resident%n", "all", total / 1024));
            text.append("\n  Logs in ").append(settings.dataDirectory().resolve("logs")).append('\n');
        } else {
            text.append("\n  Start each service on its own, e.g.:\n");
            text.append("    java -jar deploy/auth-server/target/auth-server.jar\n");
            for (PlatformSettings.ServicePort service : settings.services()) {
                text.append("    java -jar services/").append(service.name()).append("/target/").append(service.name())
                        .append(".jar\n");
            }
            text.append("    java -jar services/gateway/target/gateway.jar\n");
        }
        text.append("\n  Ctrl-C stops everything; data stays for the next start (--fresh wipes it).\n");
        log.info(text.toString());
    }

    /** Deletes a data folder and everything in it. */
    public static void wipe(Path data) throws IOException {
        if (!Files.exists(data)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(data)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
