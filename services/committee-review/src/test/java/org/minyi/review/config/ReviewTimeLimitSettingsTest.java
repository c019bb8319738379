package org.minyi.review.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.minyi.review.queue.domain.ReviewTimeLimits;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewTimeLimitSettingsTest {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    /** Monday 28 September 2026, 10:00 in the county. */
    private static final Instant MONDAY = Instant.parse("2026-09-28T02:00:00Z");

    @Test
    void withoutSettingsEveryCommitteeHasTenWorkingDaysOnAPlainWeek() {
        ReviewTimeLimits limits = ReviewTimeLimitSettings.read(new MockEnvironment(), COUNTY);

        assertThat(limits.limitOf("economy")).isEqualTo(10);
        assertThat(limits.stintIn("economy", MONDAY).due()).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void theDefaultACommitteesOwnLimitAndTheHolidayCalendarAreRead() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("minyi.review.time-limit.default", "5")
                .withProperty("minyi.review.time-limit.committees.overseas", "15")
                .withProperty("minyi.review.calendar.holidays",
                        "2026-10-01, 2026-10-02,2026-10-05,2026-10-06,2026-10-07")
                .withProperty("minyi.review.calendar.workdays[0]", "2026-10-10");

        ReviewTimeLimits limits = ReviewTimeLimitSettings.read(environment, COUNTY);

        assertThat(limits.limitOf("economy")).isEqualTo(5);
        assertThat(limits.limitOf("overseas")).isEqualTo(15);
        assertThat(limits.stintIn("economy", MONDAY).due()).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void settingsThatCannotStandStopTheServiceNamingThem() {
        assertThatThrownBy(() -> ReviewTimeLimitSettings.read(new MockEnvironment()
                .withProperty("minyi.review.calendar.holidays", "10/01/2026"), COUNTY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("minyi.review.calendar.holidays");
        assertThatThrownBy(() -> ReviewTimeLimitSettings.read(new MockEnvironment()
                .withProperty("minyi.review.time-limit.committees.economy", "0"), COUNTY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("economy");
        assertThatThrownBy(() -> ReviewTimeLimitSettings.read(new MockEnvironment()
                .withProperty("minyi.review.calendar.holidays", "2026-10-10")
                .withProperty("minyi.review.calendar.workdays", "2026-10-10"), COUNTY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2026-10-10");
    }
}
