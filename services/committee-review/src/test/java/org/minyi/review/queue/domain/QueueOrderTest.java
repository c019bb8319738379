package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueueOrderTest {

    private static final Instant MONDAY = Instant.parse("2026-03-16T01:00:00Z");

    record Entry(String name, boolean urgent, Instant submittedAt) {

        long rank() {
            return QueueOrder.rank(urgent, submittedAt);
        }
    }

    @Test
    void urgentReportsComeFirstNewestFirstThenTheOthersOldestFirst() {
        List<Entry> entries = List.of(
                new Entry("old", false, MONDAY),
                new Entry("old urgent", true, MONDAY.plusSeconds(60)),
                new Entry("new", false, MONDAY.plusSeconds(120)),
                new Entry("new urgent", true, MONDAY.plusSeconds(180)),
                new Entry("newest", false, MONDAY.plusSeconds(240)));

        List<String> order = entries.stream().sorted(Comparator.comparingLong(Entry::rank)).map(Entry::name).toList();

        assertThat(order).containsExactly("new urgent", "old urgent", "old", "new", "newest");
    }

    @Test
    void anUrgentReportOutranksEvenTheOldestOrdinaryOne() {
        assertThat(QueueOrder.rank(true, Instant.parse("2030-01-01T00:00:00Z")))
                .isLessThan(QueueOrder.rank(false, Instant.EPOCH));
    }
}
