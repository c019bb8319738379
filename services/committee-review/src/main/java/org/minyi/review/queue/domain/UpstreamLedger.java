package org.minyi.review.queue.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A year's upstream ledger (报送上级政协台账): every submission sent up that year, newest first, with the adoption
 * that answered it, and per level how many were sent, how many adopted and the rate. A submission counts in the
 * year it was sent, whenever its answer came; an adoption that answers no submission (recorded after the fact)
 * is not in the ledger and counts in no rate.
 */
public record UpstreamLedger(int year, List<Entry> entries, List<Total> totals, Total overall) {

    private static final Comparator<Entry> NEWEST_FIRST = Comparator
            .comparing((Entry e) -> e.submission().submittedOn()).reversed()
            .thenComparing(Entry::trackingNumber, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.submission().id());

    public UpstreamLedger {
        entries = List.copyOf(entries);
        totals = List.copyOf(totals);
    }

    /** The ledger of {@code year} from the reports with any submission or adoption (other years' are left out). */
    public static UpstreamLedger of(int year, List<UpstreamRecord> records) {
        List<Entry> entries = new ArrayList<>();
        for (UpstreamRecord record : records) {
            for (UpstreamSubmission submission : record.submissions()) {
                if (submission.submittedOn().getYear() == year) {
                    entries.add(new Entry(record.reportId(), record.trackingNumber(), record.title(),
                            record.committee(), submission, record.answerTo(submission).orElse(null)));
                }
            }
        }
        entries.sort(NEWEST_FIRST);
        List<Total> totals = Arrays.stream(UpstreamAdoption.Level.values())
                .map(level -> Total.of(level, entries.stream().filter(e -> e.submission().level() == level).toList()))
                .toList();
        return new UpstreamLedger(year, entries, totals, Total.of(null, entries));
    }

    /** The same ledger without the reports' titles, for a caller who may see codes only. */
    public UpstreamLedger codesOnly() {
        return new UpstreamLedger(year, entries.stream().map(Entry::withoutTitle).toList(), totals, overall);
    }

    /** One submission, with the adoption that answered it ({@code null} while pending). */
    public record Entry(ReportId reportId, String trackingNumber, String title, String committee,
                        UpstreamSubmission submission, UpstreamAdoption adoption) {

        public boolean isAnswered() {
            return adoption != null;
        }

        public Optional<UpstreamAdoption> answer() {
            return Optional.ofNullable(adoption);
        }

        Entry withoutTitle() {
            return new Entry(reportId, trackingNumber, null, committee, submission, adoption);
        }
    }

    /**
     * Per level (or, with {@code level} {@code null}, all levels): submitted, adopted (answered), pending, and
     * the rate adopted ÷ submitted to four places, 0 when nothing was submitted.
     */
    public record Total(UpstreamAdoption.Level level, int submitted, int adopted, int pending, BigDecimal rate) {

        static Total of(UpstreamAdoption.Level level, List<Entry> entries) {
            int submitted = entries.size();
            int adopted = (int) entries.stream().filter(Entry::isAnswered).count();
            BigDecimal rate = submitted == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(adopted).divide(BigDecimal.valueOf(submitted), 4, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            return new Total(level, submitted, adopted, submitted - adopted, rate);
        }
    }
}
