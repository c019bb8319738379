package org.minyi.intake.report.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarityIndexTest {

    private static final Instant NOW = Instant.parse("2026-03-15T08:30:00Z");
    private static final String BUS = "关于城关镇农村客运班线停运影响群众出行的建议。今年以来，城关镇有3条农村客运班线因客流不足停运，"
            + "沿线6个行政村群众出行困难。建议县交通运输局优化补贴机制，推行预约响应式公交。";
    private static final String BUS_AGAIN = "城关镇农村客运班线停运群众出行难。今年城关镇有三条农村客运班线因客流少停运，"
            + "沿线6个行政村群众出行很困难。建议交通运输部门优化补贴机制，试行预约响应式公交。";
    private static final String LUNCH = "关于提高乡村学校午餐补助标准的建议。我县乡村义务教育学校营养午餐补助标准为每生每天5元，"
            + "自2019年以来未作调整。建议按物价变化建立补助标准动态调整机制。";

    private final SimilarityIndex index = SimilarityIndex.standard();

    @Test
    void aRephrasedReportOfTheSameCountyIsFoundWithItsSimilarity() {
        index.add(entry("first", 1, "qinghe", NOW.minus(Duration.ofDays(3)), BUS));
        index.add(entry("lunch", 2, "qinghe", NOW.minus(Duration.ofDays(2)), LUNCH));

        List<PossibleDuplicate> found = lookUp("qinghe", BUS_AGAIN, "new", Duration.ofDays(90));

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.reportId().value()).isEqualTo("first");
            assertThat(d.trackingNumber().value()).isEqualTo("SQ-2026-000001");
            assertThat(d.similarity()).isBetween(0.15, 1.0);
        });
    }

    @Test
    void reportsOfAnotherCountyOrOlderThanTheWindowAreNotDuplicates() {
        index.add(entry("elsewhere", 1, "another-county", NOW.minus(Duration.ofDays(1)), BUS));
        index.add(entry("long-ago", 2, "qinghe", NOW.minus(Duration.ofDays(91)), BUS));

        assertThat(lookUp("qinghe", BUS, "new", Duration.ofDays(90))).isEmpty();
    }

    @Test
    void aReportIsNotItsOwnDuplicateAndARevisionReplacesWhatItSaid() {
        index.add(entry("same", 1, "qinghe", NOW.minus(Duration.ofDays(2)), BUS));
        assertThat(lookUp("qinghe", BUS, "same", Duration.ofDays(90))).isEmpty();

        index.add(entry("same", 1, "qinghe", NOW.minus(Duration.ofDays(1)), LUNCH));

        assertThat(lookUp("qinghe", BUS, "new", Duration.ofDays(90))).isEmpty();
        assertThat(lookUp("qinghe", LUNCH, "new", Duration.ofDays(90))).extracting(d -> d.reportId().value())
                .containsExactly("same");
        assertThat(index.add(entry("same", 1, "qinghe", NOW.minus(Duration.ofDays(5)), BUS)))
                .as("an older submission of the report changes nothing").isFalse();
    }

    @Test
    void aFloodOfIdenticalReportsStaysCheapAndListsTheMostSimilarFirst() {
        for (int i = 1; i <= 5_000; i++) {
            index.add(entry("copy-" + i, i, "qinghe", NOW.minusSeconds(10_000 - i), BUS));
        }

        List<PossibleDuplicate> found = index.similarTo("qinghe", signature(BUS), new ReportId("new"),
                NOW.minus(Duration.ofDays(90)), 0.15, 5);

        assertThat(found).hasSize(5).allSatisfy(d -> assertThat(d.similarity()).isEqualTo(1.0));
    }

    @Test
    void forgettingTheOldKeepsTheRecent() {
        index.add(entry("old", 1, "qinghe", NOW.minus(Duration.ofDays(100)), BUS));
        index.add(entry("recent", 2, "qinghe", NOW.minus(Duration.ofDays(1)), BUS));

        index.forgetBefore(NOW.minus(Duration.ofDays(90)));

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.similarTo("qinghe", signature(BUS), new ReportId("new"), Instant.EPOCH, 0.15, 5))
                .extracting(d -> d.reportId().value()).containsExactly("recent");
    }

    private List<PossibleDuplicate> lookUp(String county, String text, String excluding, Duration window) {
        return index.similarTo(county, signature(text), new ReportId(excluding), NOW.minus(window), 0.15, 5);
    }

    private static SimilarityIndex.Entry entry(String id, int serial, String county, Instant at, String text) {
        return new SimilarityIndex.Entry(new ReportId(id), TrackingNumber.of(2026, serial), county, at, signature(text));
    }

    private static Signature signature(String text) {
        return MinHash.STANDARD.of(text).orElseThrow();
    }
}
