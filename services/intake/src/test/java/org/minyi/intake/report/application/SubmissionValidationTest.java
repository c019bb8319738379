package org.minyi.intake.report.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.intake.report.domain.CountyLimits;
import org.minyi.intake.report.domain.LengthLimits;
import org.minyi.intake.report.domain.OnBehalfOf;
import org.minyi.intake.report.domain.ReportContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.intake.report.domain.ContentBuilder.reportOf;

class SubmissionValidationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-15T08:30:00Z"));
    private final CountyReference reference = new CountyReference();
    private final CountyLimits limits = new CountyLimits(LengthLimits.STANDARD,
            Map.of("dongpo-county", new LengthLimits(30, 200, 150)));
    private final SubmissionValidation validation = new SubmissionValidation(reference,
            new Counties(reference, "qinghe"), limits, clock, ZONE);

    @Test
    void eachCountyHasItsOwnLengthLimitsAndTheOthersTheDefault() {
        ReportContent long300 = reportOf("chengguan").text("情".repeat(250), "建".repeat(50)).build();

        assertThatCode(() -> validation.check(long300)).doesNotThrowAnyException();
        assertThat(problems(reportOf("dongpo").text("情".repeat(250), "建".repeat(50)).build()))
                .containsExactly("situation:too_long");
        assertThat(problems(reportOf("dongpo").title("题".repeat(31)).build()))
                .containsExactly("title:too_long");
    }

    @Test
    void theDefaultLimitsAreSixtyCharactersOfTitleAndFifteenHundredOfText() {
        assertThatCode(() -> validation.check(reportOf("chengguan").title("题".repeat(60))
                .text("情".repeat(1000), "建".repeat(500)).build())).doesNotThrowAnyException();
        assertThat(problems(reportOf("chengguan").title("题".repeat(61)).text("情".repeat(1000), "建".repeat(501))
                .build())).containsExactly("title:too_long", "situation:too_long");
    }

    @Test
    void everyUnknownCodeIsNamedAtOnce() {
        ReportContent unknown = reportOf("atlantis").domain("astrology").sector("guild").authors("m0001", "m9999")
                .build();

        assertThat(problems(unknown)).containsExactly("township:unknown_code", "domain:unknown_code",
                "sector:unknown_code", "authors[1]:unknown_code");
    }

    @Test
    void aReportInASectorsNameNamesTheSector() {
        assertThat(problems(reportOf("chengguan").authors("m0003").onBehalfOf(OnBehalfOf.Kind.SECTOR, "民盟界别")
                .build())).containsExactly("sector:required");
        assertThatCode(() -> validation.check(reportOf("chengguan").authors("m0003").sector("cdl")
                .onBehalfOf(OnBehalfOf.Kind.SECTOR, "民盟界别").build())).doesNotThrowAnyException();
    }

    @Test
    void theEventCannotHappenAfterTodayInTheCountysTimeZone() {
        clock.set(Instant.parse("2026-03-15T17:00:00Z"));

        assertThatCode(() -> validation.check(reportOf("chengguan").occurredOn(LocalDate.of(2026, 3, 16)).build()))
                .as("01:00 on 16 March in Beijing").doesNotThrowAnyException();
        assertThat(problems(reportOf("chengguan").occurredOn(LocalDate.of(2026, 3, 17)).build()))
                .containsExactly("occurredOn:in_future");
    }

    @Test
    void aTopicIsCheckedByRoutingNotHere() {
        assertThatCode(() -> validation.check(reportOf("chengguan").topic("2026Q9-99").build()))
                .doesNotThrowAnyException();
    }

    private List<String> problems(ReportContent content) {
        try {
            validation.check(content);
            return List.of();
        } catch (InvalidInput e) {
            return e.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
        }
    }

    @Test
    void problemsAreExplainedInChineseAndEnglish() {
        assertThatThrownBy(() -> validation.check(reportOf("atlantis").build()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.messageZh()).contains("乡镇");
                            assertThat(p.message()).contains("townships");
                        }));
    }
}
