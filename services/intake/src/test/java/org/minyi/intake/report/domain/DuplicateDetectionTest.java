package org.minyi.intake.report.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.intake.report.domain.LabelledReports.Label;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures duplicate detection on the labelled pairs, exactly as intake runs it: every report of the
 * set is indexed as a submission of one county, and a pair counts as found when looking up its first
 * report links the second. The figures must be the ones the README gives.
 */
class DuplicateDetectionTest {

    private static final Instant NOW = Instant.parse("2026-03-15T08:30:00Z");
    private static final DuplicatePolicy POLICY = DuplicatePolicy.STANDARD;
    private static LabelledReports set;
    private static SimilarityIndex index;
    private static Map<String, Signature> signatures;

    @BeforeAll
    static void indexTheLabelledReports() {
        set = LabelledReports.load();
        index = SimilarityIndex.standard();
        signatures = new HashMap<>();
        int serial = 1;
        for (LabelledReports.Written report : set.reports.values()) {
            Signature signature = MinHash.STANDARD.of(report.content().wording()).orElseThrow();
            signatures.put(report.id(), signature);
            index.add(new SimilarityIndex.Entry(new ReportId(report.id()), TrackingNumber.of(2026, serial++), "qinghe",
                    NOW.minusSeconds(serial), signature));
        }
    }

    @Test
    void theLabelledSetHasAtLeastTwoHundredPairsOfEveryKind() {
        Map<Label, Integer> counts = counts();

        assertThat(set.pairs).hasSizeGreaterThanOrEqualTo(200);
        assertThat(counts.get(Label.DUPLICATE)).isGreaterThanOrEqualTo(50);
        assertThat(counts.get(Label.SAME_TOPIC)).isGreaterThanOrEqualTo(50);
        assertThat(counts.get(Label.UNRELATED)).isGreaterThanOrEqualTo(50);
    }

    @Test
    void precisionAndRecallAreHighAndTheReadmeGivesTheMeasuredFigures() throws IOException {
        Measured atThreshold = measure(POLICY.threshold());
        StringBuilder table = new StringBuilder("| threshold | precision | recall | duplicates found | SAME_TOPIC linked"
                + " | UNRELATED linked |\n| --- | --- | --- | --- | --- | --- |\n");
        for (double threshold : new double[] {0.10, 0.12, 0.15, 0.20, 0.30}) {
            table.append(measure(threshold).row()).append('\n');
        }
        String figures = atThreshold.summary() + "\n\n" + table;
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "duplicate-detection.md"), figures);

        assertThat(atThreshold.precision()).as(figures).isGreaterThanOrEqualTo(0.85);
        assertThat(atThreshold.recall()).as(figures).isGreaterThanOrEqualTo(0.85);
        assertThat(Files.readString(Path.of("README.md"))).as("README.md, section Duplicate detection")
                .contains(atThreshold.summary()).contains(table);
    }

    /** What linking at {@code threshold} finds among the labelled pairs. */
    private static Measured measure(double threshold) {
        Map<Label, Integer> found = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            found.put(label, 0);
        }
        for (LabelledReports.Pair pair : set.pairs) {
            if (links(pair.a(), pair.b(), threshold)) {
                found.merge(pair.label(), 1, Integer::sum);
            }
        }
        return new Measured(threshold, found, counts());
    }

    private record Measured(double threshold, Map<Label, Integer> found, Map<Label, Integer> counts) {

        double precision() {
            int linked = found.get(Label.DUPLICATE) + found.get(Label.SAME_TOPIC) + found.get(Label.UNRELATED);
            return linked == 0 ? 1 : (double) found.get(Label.DUPLICATE) / linked;
        }

        double recall() {
            return (double) found.get(Label.DUPLICATE) / counts.get(Label.DUPLICATE);
        }

        String summary() {
            return String.format(Locale.ROOT, "Measured on %d pairs (%d DUPLICATE, %d SAME_TOPIC, %d UNRELATED) at"
                            + " threshold %.2f: precision %.3f, recall %.3f (%d of %d duplicates found); linked by"
                            + " mistake: %d of %d SAME_TOPIC, %d of %d UNRELATED.",
                    set.pairs.size(), counts.get(Label.DUPLICATE), counts.get(Label.SAME_TOPIC),
                    counts.get(Label.UNRELATED), threshold, precision(), recall(), found.get(Label.DUPLICATE),
                    counts.get(Label.DUPLICATE), found.get(Label.SAME_TOPIC), counts.get(Label.SAME_TOPIC),
                    found.get(Label.UNRELATED), counts.get(Label.UNRELATED));
        }

        String row() {
            return String.format(Locale.ROOT, "| %.2f | %.3f | %.3f | %d of %d | %d of %d | %d of %d |", threshold,
                    precision(), recall(), found.get(Label.DUPLICATE), counts.get(Label.DUPLICATE),
                    found.get(Label.SAME_TOPIC), counts.get(Label.SAME_TOPIC), found.get(Label.UNRELATED),
                    counts.get(Label.UNRELATED));
        }
    }

    @Test
    void aRephrasedReportIsMoreSimilarThanAnotherOnTheSameTopic() {
        Signature lunch = signatures.get("school-a");

        assertThat(lunch.similarity(signatures.get("school-a2")))
                .isGreaterThan(lunch.similarity(signatures.get("school-b")))
                .isGreaterThan(lunch.similarity(signatures.get("power-c")));
    }

    private static boolean links(LabelledReports.Written a, LabelledReports.Written b, double threshold) {
        List<PossibleDuplicate> found = index.similarTo("qinghe", signatures.get(a.id()), new ReportId(a.id()),
                POLICY.since(NOW), threshold, set.reports.size());
        return found.stream().anyMatch(d -> d.reportId().value().equals(b.id()));
    }

    private static Map<Label, Integer> counts() {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        set.pairs.forEach(pair -> counts.merge(pair.label(), 1, Integer::sum));
        return counts;
    }
}
