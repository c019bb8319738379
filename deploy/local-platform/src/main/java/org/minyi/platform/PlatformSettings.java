package org.minyi.platform;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the local platform keeps its data and which ports it uses. The defaults are the fixed ports
 * that the README and every service's own defaults name; tests choose free ports instead.
 *
 * @param repository the checkout, where the service jars are built
 * @param dataDirectory Kafka's log, the Mongo file, the signing key and the service logs
 * @param partitions partitions per topic
 * @param serviceJvmOptions options for each service's JVM
 * @param loadTest raise the gateway's rate limits so that a load generator is not throttled
 */
public record PlatformSettings(Path repository, Path dataDirectory, int kafkaPort, int kafkaControllerPort,
                               int mongoPort, int gatewayPort, int authPort, List<ServicePort> services,
                               int partitions, List<String> serviceJvmOptions, boolean loadTest) {

    /** Lean JVMs: the whole platform shares one small machine. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC", "-Xms32m", "-Xmx256m", "-Xss512k", "-XX:ReservedCodeCacheSize=64m",
            "-XX:MaxMetaspaceSize=192m", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8");

    public static PlatformSettings defaults(Path repository, Path dataDirectory) {
        return new PlatformSettings(repository, dataDirectory, 9092, 9093, 27017, 8080, 9000, List.of(
                new ServicePort("intake", 8081, "MINYI_INTAKE_URL"),
                new ServicePort("routing", 8082, "MINYI_ROUTING_URL"),
                new ServicePort("committee-review", 8083, "MINYI_REVIEW_URL"),
                new ServicePort("leadership-instruction", 8084, "MINYI_LEADERSHIP_URL"),
                new ServicePort("follow-up", 8085, "MINYI_FOLLOWUP_URL"),
                new ServicePort("dashboard", 8086, "MINYI_DASHBOARD_URL")), 6, DEFAULT_JVM_OPTIONS, false);
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String mongoUri() {
        return "mongodb://127.0.0.1:" + mongoPort;
    }

    /** The address clients use, and so the issuer of every token. */
    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    public PlatformSettings withJvmOptions(List<String> options) {
        return new PlatformSettings(repository, dataDirectory, kafkaPort, kafkaControllerPort, mongoPort, gatewayPort,
                authPort, services, partitions, options, loadTest);
    }

    public PlatformSettings forLoadTests() {
        return new PlatformSettings(repository, dataDirectory, kafkaPort, kafkaControllerPort, mongoPort, gatewayPort,
                authPort, services, partitions, serviceJvmOptions, true);
    }

    /**
     * @param urlVariable the environment variable through which the gateway learns the service's address
     */
    public record ServicePort(String name, int port, String urlVariable) {
    }
}
