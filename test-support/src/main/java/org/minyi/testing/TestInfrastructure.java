package org.minyi.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import org.minyi.standin.IndexedMemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * One real Kafka broker and one MongoDB-wire server per test JVM, started on first use and stopped
 * when the JVM exits.
 *
 * <p>Where a Docker engine answers, they are containers of the real {@code apache/kafka} and
 * {@code mongo} images, handed to Spring through {@code @ServiceConnection}
 * ({@link ContainersConfiguration}); elsewhere an in-JVM KRaft broker ({@link EmbeddedKafkaKraftBroker})
 * and mongo-java-server's memory backend taught to answer from indexes ({@code mongo-stand-in}),
 * handed to Spring as system properties. Set
 * {@code MINYI_TEST_INFRA=embedded} or {@code containers} to choose by hand.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.2");
    static final DockerImageName MONGO_IMAGE = DockerImageName.parse("mongo:8.0");

    private static Endpoints endpoints;
    private static KafkaContainer kafkaContainer;
    private static MongoDBContainer mongoContainer;

    private TestInfrastructure() {
    }

    /** Where the broker and the database listen; starts them on the first call. */
    public static synchronized Endpoints start() {
        if (endpoints == null) {
            endpoints = useContainers() ? startContainers() : startEmbedded();
            log.info("Test infrastructure: {}", endpoints);
        }
        return endpoints;
    }

    static synchronized KafkaContainer kafkaContainer() {
        start();
        return kafkaContainer;
    }

    static synchronized MongoDBContainer mongoContainer() {
        start();
        return mongoContainer;
    }

    static boolean useContainers() {
        String choice = System.getenv().getOrDefault("MINYI_TEST_INFRA", "auto");
        return switch (choice) {
            case "embedded" -> false;
            case "containers" -> true;
            default -> dockerAnswers();
        };
    }

    private static boolean dockerAnswers() {
        boolean mayHaveDocker = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!mayHaveDocker) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Endpoints startContainers() {
        kafkaContainer = new KafkaContainer(KAFKA_IMAGE);
        mongoContainer = new MongoDBContainer(MONGO_IMAGE);
        kafkaContainer.start();
        mongoContainer.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafkaContainer.stop();
            mongoContainer.stop();
        }, "test-infrastructure-stop"));
        return new Endpoints(kafkaContainer.getBootstrapServers(), mongoContainer.getReplicaSetUrl(), true);
    }

    private static Endpoints startEmbedded() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "5"));
        kafka.afterPropertiesSet();

        MongoServer mongo = new MongoServer(new IndexedMemoryBackend());
        mongo.bind("127.0.0.1", 0);
        var address = mongo.getLocalAddress();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            kafka.destroy();
        }, "test-infrastructure-stop"));
        return new Endpoints(kafka.getBrokersAsString(),
                "mongodb://" + address.getHostString() + ":" + address.getPort(), false);
    }

    /**
     * @param containers whether these are Docker containers (then Spring learns of them through
     *                   {@code @ServiceConnection}, not through properties)
     */
    public record Endpoints(String kafkaBootstrapServers, String mongoUri, boolean containers) {
    }
}
