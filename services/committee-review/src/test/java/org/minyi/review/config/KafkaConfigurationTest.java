package org.minyi.review.config;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import org.junit.jupiter.api.Test;
import org.minyi.events.EventJson;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;

/** A consumer pauses while the database is away and never dead-letters for it (issue 7). */
class KafkaConfigurationTest {

    @Test
    void aRecordThatFailedBecauseTheDatabaseIsAwayIsRetriedWithoutEndAtMostEveryThirtySeconds() {
        BackOff backOff = KafkaConfiguration.untilStorageIsBack();
        BackOffExecution execution = backOff.start();
        long longest = 0;
        for (int attempt = 0; attempt < 100_000; attempt++) {
            long next = execution.nextBackOff();
            assertThat(next).as("attempt " + attempt).isNotEqualTo(BackOffExecution.STOP);
            longest = Math.max(longest, next);
        }
        assertThat(longest).isEqualTo(30_000);
    }

    @Test
    void theDatabaseBeingAwayIsToldFromAPoisonRecord() {
        DataAccessResourceFailureException unreachable = new DataAccessResourceFailureException("timed out",
                new MongoSocketReadException("reset", new ServerAddress()));
        assertThat(KafkaConfiguration.storageAway(new RuntimeException("listener failed", unreachable))).isTrue();
        assertThat(KafkaConfiguration.storageAway(new QueryTimeoutException("slow"))).isTrue();
        assertThat(KafkaConfiguration.storageAway(new EventJson.UnreadableEventException("no status"))).isFalse();
        assertThat(KafkaConfiguration.storageAway(new IllegalStateException("a bug"))).isFalse();
    }
}
