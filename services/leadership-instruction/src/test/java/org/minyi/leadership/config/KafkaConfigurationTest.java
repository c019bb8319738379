package org.minyi.leadership.config;

import org.junit.jupiter.api.Test;
import org.minyi.events.EventJson;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;

/** A record that failed because the database was away waits for it; it is never taken for poison (issue 7). */
class KafkaConfigurationTest {

    @Test
    void aDatabaseOutageIsRecognisedHoweverDeepTheListenerWrappedIt() {
        assertThat(KafkaConfiguration.storageAway(new ListenerExecutionFailedException("listener failed",
                new RuntimeException(new DataAccessResourceFailureException("Timed out waiting for a server"))))).isTrue();
        assertThat(KafkaConfiguration.storageAway(new ListenerExecutionFailedException("listener failed",
                new QueryTimeoutException("slow")))).isTrue();
    }

    @Test
    void anUnreadableRecordIsNotADatabaseOutage() {
        assertThat(KafkaConfiguration.storageAway(new ListenerExecutionFailedException("listener failed",
                new EventJson.UnreadableEventException("minyi.review.ReportSentToLeaders.v1: bad")))).isFalse();
        assertThat(KafkaConfiguration.storageAway(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void whileTheDatabaseIsAwayTheConsumerRetriesWithoutEndAtMostEveryThirtySeconds() {
        BackOffExecution execution = KafkaConfiguration.untilStorageIsBack().start();
        long longest = 0;
        for (int attempt = 0; attempt < 100_000; attempt++) {
            long next = execution.nextBackOff();
            assertThat(next).as("attempt " + attempt).isNotEqualTo(BackOffExecution.STOP);
            longest = Math.max(longest, next);
        }
        assertThat(longest).isEqualTo(30_000);
    }
}
