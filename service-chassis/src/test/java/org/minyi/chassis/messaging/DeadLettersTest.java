package org.minyi.chassis.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.minyi.events.EventJson;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.support.GenericMessage;
import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.ArgumentCaptor.forClass;

/** What happens to a record a consumer cannot apply. */
class DeadLettersTest {

    private final MessagingProperties settings = new MessagingProperties();

    @Test
    void theDatabaseBeingAwayIsNotPoison() {
        assertThat(DeadLetters.storageAway(new DataAccessResourceFailureException("down"))).isTrue();
        assertThat(DeadLetters.storageAway(new MessageHandlingException(new GenericMessage<>("x"),
                new QueryTimeoutException("slow")))).isTrue();
        assertThat(DeadLetters.storageAway(new IllegalStateException("bad record"))).isFalse();
    }

    @Test
    void whileTheDatabaseIsAwayARecordIsRetriedWithoutEndAtMostEveryThirtySeconds() {
        BackOffExecution execution = DeadLetters.untilStorageIsBack(settings).start();
        long last = 0;
        for (int i = 0; i < 1000; i++) {
            last = execution.nextBackOff();
            assertThat(last).isNotEqualTo(BackOffExecution.STOP);
        }
        assertThat(last).isEqualTo(30_000);
    }

    @Test
    void theDeadLetterNamesTheServicesOwnErrorNotTheBindingsWrappers() {
        UnusableThing poison = new UnusableThing("no committee named");
        Exception wrapped = new ListenerExecutionFailedException("Listener failed",
                new MessageHandlingException(new GenericMessage<>("x"), poison));

        assertThat(DeadLetters.applicationCause(wrapped)).isSameAs(poison);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeadLetterGoesToTheServicesTopicWithItsErrorAndIsCounted() {
        KafkaOperations<Object, Object> kafka = mock(KafkaOperations.class);
        when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.completedFuture(null));
        when(kafka.isTransactional()).thenReturn(false);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        DeadLetters letters = new DeadLetters("routing.dlt", kafka, settings, meters);
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("intake.report-events", 2, 41L, "r1",
                "{}".getBytes(StandardCharsets.UTF_8));

        letters.deadLetter(record, new ListenerExecutionFailedException("Listener failed",
                new MessageHandlingException(new GenericMessage<>("x"), new UnusableThing("no committee named"))));

        var sent = forClass(ProducerRecord.class);
        verify(kafka).send(sent.capture());
        ProducerRecord<?, ?> letter = sent.getValue();
        assertThat(letter.topic()).isEqualTo("routing.dlt");
        assertThat(header(letter, "kafka_dlt-exception-cause-fqcn")).isEqualTo(UnusableThing.class.getName());
        assertThat(header(letter, "kafka_dlt-exception-message")).endsWith("no committee named");
        assertThat(header(letter, "kafka_dlt-original-topic")).isEqualTo("intake.report-events");
        assertThat(meters.counter(DeadLetters.COUNTER, "topic", "intake.report-events").count()).isEqualTo(1);
    }

    @Test
    void unreadableRecordsAndTheServicesOwnPoisonAreNotRetried() {
        settings.setPoison(List.of(UnusableThing.class));
        DeadLetters letters = new DeadLetters("x.dlt", mock(KafkaOperations.class), settings, new SimpleMeterRegistry());

        var handler = letters.errorHandler();

        assertThat(handler.removeClassification(EventJson.UnreadableEventException.class)).isFalse();
        assertThat(handler.removeClassification(UnusableThing.class)).isFalse();
        assertThat(handler.removeClassification(IllegalStateException.class)).isNull();
    }

    private static String header(ProducerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    static final class UnusableThing extends RuntimeException {

        UnusableThing(String message) {
            super(message);
        }
    }
}
