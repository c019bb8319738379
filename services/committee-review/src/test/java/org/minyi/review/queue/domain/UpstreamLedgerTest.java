package org.minyi.review.queue.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.minyi.review.queue.domain.ReviewItemFixture.NOW;
import static org.minyi.review.queue.domain.UpstreamAdoption.Level.CITY;
import static org.minyi.review.queue.domain.UpstreamAdoption.Level.NATIONAL;
import static org.minyi.review.queue.domain.UpstreamAdoption.Level.PROVINCE;
import static org.minyi.review.queue.domain.UpstreamSubmissionsTest.adoption;
import static org.minyi.review.queue.domain.UpstreamSubmissionsTest.submit;

/** The year's upstream ledger: its lines, newest first, and the totals and rates per level. */
class UpstreamLedgerTest {

    private final ReviewItem first = ReviewItemFixture.adopted("economy");
    private final ReviewItem second = ReviewItemFixture.adopted("agriculture");

    @Test
    void theYearsSubmissionsAreListedNewestFirstWithTheAdoptionThatAnsweredEach() {
        UpstreamSubmission march = submit(first, CITY, LocalDate.of(2026, 3, 2));
        UpstreamSubmission april = submit(second, PROVINCE, LocalDate.of(2026, 4, 9));
        submit(first, CITY, LocalDate.of(2025, 12, 30));
        first.recordUpstreamAdoption(adoption(CITY, LocalDate.of(2026, 3, 20)), march.id(), Actor.office(), NOW);

        UpstreamLedger ledger = UpstreamLedger.of(2026, records());

        assertThat(ledger.entries()).extracting(e -> e.submission().id(), UpstreamLedger.Entry::isAnswered)
                .containsExactly(tuple(april.id(), false), tuple(march.id(), true));
        assertThat(ledger.entries().get(1).adoption().adoptedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(ledger.entries().get(1).title()).isEqualTo(first.content().title());
        assertThat(ledger.entries().get(1).trackingNumber()).isEqualTo(first.trackingNumber());
    }

    @Test
    void everyLevelHasItsTotalsZerosIncludedAndTheRateIsAdoptedOverSubmitted() {
        UpstreamSubmission a = submit(first, CITY, LocalDate.of(2026, 3, 2));
        submit(second, CITY, LocalDate.of(2026, 3, 3));
        submit(first, CITY, LocalDate.of(2026, 3, 4));
        submit(first, PROVINCE, LocalDate.of(2026, 3, 4));
        first.recordUpstreamAdoption(adoption(CITY, LocalDate.of(2026, 3, 2)), a.id(), Actor.office(), NOW);

        UpstreamLedger ledger = UpstreamLedger.of(2026, records());

        assertThat(ledger.totals()).extracting(UpstreamLedger.Total::level, UpstreamLedger.Total::submitted,
                UpstreamLedger.Total::adopted, UpstreamLedger.Total::pending).containsExactly(
                tuple(CITY, 3, 1, 2), tuple(PROVINCE, 1, 0, 1), tuple(NATIONAL, 0, 0, 0));
        assertThat(ledger.totals()).extracting(UpstreamLedger.Total::rate).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.3333"), BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(ledger.overall().submitted()).isEqualTo(4);
        assertThat(ledger.overall().adopted()).isEqualTo(1);
        assertThat(ledger.overall().rate()).isEqualByComparingTo("0.25");
    }

    @Test
    void aSubmissionCountsInTheYearItWasSentWhateverYearItsAnswerCame() {
        UpstreamSubmission december = submit(first, NATIONAL, LocalDate.of(2025, 12, 30));
        first.recordUpstreamAdoption(adoption(NATIONAL, LocalDate.of(2026, 2, 1)), december.id(), Actor.office(), NOW);

        assertThat(UpstreamLedger.of(2025, records()).totals().get(2).adopted()).isEqualTo(1);
        assertThat(UpstreamLedger.of(2025, records()).totals().get(2).rate()).isEqualByComparingTo("1");
        assertThat(UpstreamLedger.of(2026, records()).entries()).isEmpty();
        assertThat(UpstreamLedger.of(2026, records()).overall().rate()).isEqualByComparingTo("0");
    }

    @Test
    void anAdoptionAnsweringNoSubmissionCountsInNoRate() {
        submit(first, CITY, LocalDate.of(2026, 3, 2));
        second.recordUpstreamAdoption(adoption(CITY, LocalDate.of(2026, 3, 5)), Actor.office(), NOW);

        UpstreamLedger ledger = UpstreamLedger.of(2026, records());

        assertThat(ledger.totals().get(0).submitted()).isEqualTo(1);
        assertThat(ledger.totals().get(0).adopted()).isZero();
    }

    @Test
    void codesOnlyLeavesTheTitlesOutAndKeepsEverythingElse() {
        submit(first, CITY, LocalDate.of(2026, 3, 2));
        UpstreamLedger ledger = UpstreamLedger.of(2026, records());

        UpstreamLedger codes = ledger.codesOnly();

        assertThat(codes.entries()).singleElement().satisfies(e -> {
            assertThat(e.title()).isNull();
            assertThat(e.trackingNumber()).isEqualTo(first.trackingNumber());
        });
        assertThat(codes.totals()).isEqualTo(ledger.totals());
    }

    private List<UpstreamRecord> records() {
        return List.of(first, second).stream().map(item -> new UpstreamRecord(item.id(), item.trackingNumber(),
                item.content().title(), item.committee(), item.upstreamSubmissions(), item.upstreamAdoptions()))
                .toList();
    }
}
