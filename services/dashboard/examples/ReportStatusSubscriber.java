import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A dashboard outside the platform: follows the public report-status topic and prints each event's
 * CloudEvents type with its JSON (codes only). Run with kafka-clients, lz4-java and slf4j-api on the
 * class path (see the dashboard's README): java -cp 'jars/*' ReportStatusSubscriber.java localhost:9092 my-board
 */
public class ReportStatusSubscriber {

    public static void main(String[] args) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args.length > 0 ? args[0] : "localhost:9092");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, args.length > 1 ? args[1] : "outside-board");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("report-status"));
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    // ce_type: minyi.status.ReportStatusChanged.v1 or minyi.status.ReportFlagged.v1; skip others
                    Header type = record.headers().lastHeader("ce_type");
                    String name = type == null ? "?" : new String(type.value(), StandardCharsets.UTF_8);
                    System.out.printf("%s %s %s%n", record.key(), name, record.value());
                }
            }
        }
    }
}
