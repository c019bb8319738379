package org.minyi.routing.config;

import org.junit.jupiter.api.Test;
import org.minyi.events.EventJson;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaConfigurationTest {

    @Test
    void aSubmissionThatFailedBecauseTheDatabaseIsAwayWaitsForItInsteadOfBeingDeadLettered() {
        assertThat(KafkaConfiguration.storageAway(new ListenerExecutionFailedException("listener failed",
                new DataAccessResourceFailureException("Timed out while waiting for a server")))).isTrue();
        assertThat(KafkaConfiguration.storageAway(new QueryTimeoutException("slow"))).isTrue();

        BackOffExecution waiting = KafkaConfiguration.untilStorageIsBack().start();
        long last = 0;
        for (int i = 0; i < 50; i++) {
            last = waiting.nextBackOff();
            assertThat(last).as("never gives up").isNotEqualTo(BackOffExecution.STOP);
        }
        assertThat(last).isEqualTo(30_000);
    }

    @Test
    void poisonIsNotMistakenForAnOutage() {
        assertThat(KafkaConfiguration.storageAway(new ListenerExecutionFailedException("listener failed",
                new EventJson.UnreadableEventException("not JSON")))).isFalse();
        assertThat(KafkaConfiguration.storageAway(new IllegalStateException("bug"))).isFalse();
    }
}
