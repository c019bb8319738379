package org.minyi.dashboard.assessment.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** README, "Grades": the default scale 150 / 100 / 60 percent, at and around its edges. */
class GradingScaleTest {

    private final GradingScale scale = GradingScale.DEFAULT;

    @Test
    void threeAgainstATargetOfTwoIsExactlyOneHundredAndFiftyPercentAndExcellent() {
        assertThat(scale.grade(3, 2)).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void meetingTheTargetIsGoodAndJustAboveItStaysGood() {
        assertThat(scale.grade(2, 2)).isEqualTo(Grade.GOOD);
        assertThat(scale.grade(4, 3)).as("133%").isEqualTo(Grade.GOOD);
    }

    @Test
    void sixtyPercentIsBasicAndAnythingLessFallsShort() {
        assertThat(scale.grade(3, 5)).as("60%").isEqualTo(Grade.BASIC);
        assertThat(scale.grade(2, 3)).as("66%").isEqualTo(Grade.BASIC);
        assertThat(scale.grade(1, 2)).as("50%").isEqualTo(Grade.SHORT);
        assertThat(scale.grade(0, 1)).isEqualTo(Grade.SHORT);
    }

    @Test
    void withoutATargetThereIsNoGrade() {
        assertThat(scale.grade(5, null)).isNull();
        assertThat(scale.grade(5, 0)).isNull();
    }

    @Test
    void theOfficeMayRaiseTheBarButNotMakeItIncoherent() {
        GradingScale strict = new GradingScale(200, 120, 80);

        assertThat(strict.grade(3, 2)).isEqualTo(Grade.GOOD);
        assertThatThrownBy(() -> new GradingScale(100, 120, 60)).isInstanceOf(IllegalArgumentException.class);
    }
}
