package org.minyi.review.queue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewTimeLimitsTest {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final ReviewTimeLimits LIMITS = new ReviewTimeLimits(10, Map.of("overseas", 20),
            WorkingDays.weekdays(), COUNTY);

    @Test
    void everyCommitteeHasTheDefaultLimitUnlessItHasItsOwn() {
        assertThat(LIMITS.limitOf("economy")).isEqualTo(10);
        assertThat(LIMITS.limitOf("OFFICE")).isEqualTo(10);
        assertThat(LIMITS.limitOf("overseas")).isEqualTo(20);
    }

    @Test
    void aStintIsDueOnItsLastWorkingDayAndOverdueFromTheNextMidnightInTheCounty() {
        ReviewStint stint = LIMITS.stintIn("economy", Instant.parse("2026-03-16T01:00:00Z"));

        assertThat(stint.committee()).isEqualTo("economy");
        assertThat(stint.limit()).isEqualTo(10);
        assertThat(stint.due()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(stint.overdueAt()).isEqualTo(Instant.parse("2026-03-30T16:00:00Z"));
        assertThat(stint.isOverdueAt(Instant.parse("2026-03-30T15:59:59Z"))).isFalse();
        assertThat(stint.isOverdueAt(Instant.parse("2026-03-30T16:00:00Z"))).isTrue();
        assertThat(stint.isFlagged()).isFalse();
    }

    @Test
    void theDayAReportEntersIsTheCountysDayNotUtcs() {
        // 01:00 on Monday in the county is still Sunday in UTC
        ReviewStint stint = LIMITS.stintIn("economy", Instant.parse("2026-03-15T17:00:00Z"));

        assertThat(stint.due()).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void aCommitteesOwnLimitCounts() {
        assertThat(LIMITS.stintIn("overseas", Instant.parse("2026-03-16T01:00:00Z")).due())
                .isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void limitsOutsideOneToAWorkingYearAreRefused() {
        assertThatThrownBy(() -> new ReviewTimeLimits(0, Map.of(), WorkingDays.weekdays(), COUNTY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewTimeLimits(10, Map.of("economy", 251), WorkingDays.weekdays(), COUNTY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("economy");
        assertThatThrownBy(() -> new ReviewTimeLimits(10, Map.of("economy", -3), WorkingDays.weekdays(), COUNTY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
