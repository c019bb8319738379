package org.minyi.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's example subscriber for outside dashboards compiles against kafka-clients alone. */
class ExampleSubscriberTest {

    @Test
    void theExampleConsumerCompilesWithNothingButKafkaClients(@TempDir Path out) throws IOException, URISyntaxException {
        Path example = Path.of("examples", "ReportStatusSubscriber.java");
        assertThat(example).exists();
        Path kafkaClients = Path.of(KafkaConsumer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        int result = compiler.run(null, null, errors, "-d", out.toString(), "-cp", kafkaClients.toString(),
                example.toString());

        assertThat(result).as(errors.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.exists(out.resolve("ReportStatusSubscriber.class"))).isTrue();
        assertThat(Files.readString(example)).contains("report-status", "ce_type").doesNotContain("org.minyi");
    }
}
