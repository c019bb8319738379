package org.minyi.intake.report.domain;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.intake.report.domain.ContentBuilder.reportOf;

class QualityPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private final QualityPolicy policy = QualityPolicy.STANDARD;

    @Nested
    class TooLong {

        @Test
        void aTextAboveTheAdvisedLengthIsFlaggedButNotOneAtIt() {
            LengthLimits limits = new LengthLimits(60, 1500, 100);

            assertThat(policy.flags(withText(100), limits, TODAY)).doesNotContain(QualityFlag.TOO_LONG);
            assertThat(policy.flags(withText(101), limits, TODAY)).contains(QualityFlag.TOO_LONG);
        }

        @Test
        void charactersAreCountedAsPeopleCountThemNotAsUtf16Units() {
            ReportContent astral = reportOf("chengguan").text("𠀀".repeat(60), "建".repeat(40)).build();

            assertThat(astral.situation().length()).isEqualTo(120);
            assertThat(policy.flags(astral, new LengthLimits(60, 1500, 100), TODAY))
                    .doesNotContain(QualityFlag.TOO_LONG);
        }

        @Test
        void eachCountyAdvisesItsOwnLength() {
            CountyLimits limits = new CountyLimits(LengthLimits.STANDARD,
                    Map.of("qinghe", new LengthLimits(60, 3000, 2000)));

            assertThat(policy.flags(withText(1500), limits.of("qinghe"), TODAY)).doesNotContain(QualityFlag.TOO_LONG);
            assertThat(policy.flags(withText(1500), limits.of("another"), TODAY)).contains(QualityFlag.TOO_LONG);
        }
    }

    @Nested
    class Slow {

        @Test
        void aReportMoreThanThirtyDaysAfterTheEventIsSlow() {
            assertThat(policy.flags(occurred(30).build(), LengthLimits.STANDARD, TODAY))
                    .doesNotContain(QualityFlag.SLOW);
            assertThat(policy.flags(occurred(31).build(), LengthLimits.STANDARD, TODAY)).contains(QualityFlag.SLOW);
        }

        @Test
        void urgentReportsAndRisksAreSlowAfterAWeek() {
            assertThat(policy.flags(occurred(8).category(Category.STABILITY_RISK).build(), LengthLimits.STANDARD,
                    TODAY)).contains(QualityFlag.SLOW);
            assertThat(policy.flags(occurred(8).urgent().build(), LengthLimits.STANDARD, TODAY))
                    .contains(QualityFlag.SLOW);
            assertThat(policy.flags(occurred(8).build(), LengthLimits.STANDARD, TODAY))
                    .doesNotContain(QualityFlag.SLOW);
        }

        @Test
        void withoutADateOfTheEventNothingIsSlow() {
            assertThat(policy.flags(reportOf("chengguan").build(), LengthLimits.STANDARD, TODAY))
                    .doesNotContain(QualityFlag.SLOW);
        }
    }

    @Nested
    class SectorView {

        @Test
        void membersWritingWithoutNamingTheirSectorBringNoSectorView() {
            assertThat(policy.flags(reportOf("chengguan").authors("m0001").build(), LengthLimits.STANDARD, TODAY))
                    .contains(QualityFlag.NO_SECTOR_VIEW);
        }

        @Test
        void aNamedSectorOrAPartysOrAGroupsNameIsAView() {
            ReportContent sector = reportOf("chengguan").authors("m0001").sector("cdl").build();
            ReportContent party = reportOf("chengguan").authors("m0001")
                    .onBehalfOf(OnBehalfOf.Kind.PARTY, "民盟清河县委员会").build();
            ReportContent group = reportOf("chengguan").authors("m0001", "m0002")
                    .onBehalfOf(OnBehalfOf.Kind.GROUP, "县政协农业界别小组").build();

            assertThat(policy.flags(sector, LengthLimits.STANDARD, TODAY)).doesNotContain(QualityFlag.NO_SECTOR_VIEW);
            assertThat(policy.flags(party, LengthLimits.STANDARD, TODAY)).doesNotContain(QualityFlag.NO_SECTOR_VIEW);
            assertThat(policy.flags(group, LengthLimits.STANDARD, TODAY)).doesNotContain(QualityFlag.NO_SECTOR_VIEW);
        }

        @Test
        void aStationsOwnReportSpeaksForItsTownship() {
            assertThat(policy.flags(reportOf("chengguan").build(), LengthLimits.STANDARD, TODAY))
                    .doesNotContain(QualityFlag.NO_SECTOR_VIEW);
        }
    }

    @Test
    void aGoodReportHasNoFlags() {
        assertThat(policy.flags(reportOf("chengguan").build(), LengthLimits.STANDARD, TODAY)).isEmpty();
    }

    @Test
    void theFlagsComeTogether() {
        ReportContent everything = reportOf("chengguan").authors("m0001").title("关于农村工作的几点建议")
                .text("情".repeat(1001), "建议").occurredOn(TODAY.minusDays(90)).build();

        assertThat(policy.flags(everything, LengthLimits.STANDARD, TODAY)).containsExactlyInAnyOrder(QualityFlag.values());
    }

    private static ReportContent withText(int characters) {
        return reportOf("chengguan").text("情".repeat(characters - 10), "建".repeat(10)).build();
    }

    private static ContentBuilder occurred(int daysAgo) {
        return reportOf("chengguan").occurredOn(TODAY.minusDays(daysAgo));
    }
}
