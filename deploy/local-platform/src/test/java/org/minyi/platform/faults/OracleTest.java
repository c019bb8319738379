package org.minyi.platform.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The oracle's rules: an author's notices are an unbroken tail of the path up to its last status, each step
 * once (a status entered twice, twice); counts are exact.
 */
class OracleTest {

    private static final List<String> PATH = Journeys.Kind.SENT_TO_TWO_LEADERS.path;
    private static final List<String> TOLD = PATH.subList(1, PATH.size());

    private final List<String> missing = new ArrayList<>();
    private final List<String> twice = new ArrayList<>();

    @Test
    void anAuthorToldOfEveryStatusOrFromWhereTheReportStoodWhenLearnedIsComplete() {
        Oracle.authorNotices(TOLD, told(TOLD), missing, twice);
        Oracle.authorNotices(TOLD, told(TOLD.subList(2, TOLD.size())), missing, twice);

        assertThat(missing).isEmpty();
        assertThat(twice).isEmpty();
    }

    @Test
    void anAuthorLearnedBetweenTwoInstructionsIsToldOfTheSecondOnly() {
        Oracle.authorNotices(TOLD, told(TOLD.subList(TOLD.lastIndexOf("INSTRUCTED"), TOLD.size())), missing, twice);

        assertThat(missing).isEmpty();
        assertThat(twice).isEmpty();
    }

    @Test
    void aStatusEnteredTwiceButToldOnceIsMissingAndOneExpectedOnceButCountedTwiceIsADuplicate() {
        Oracle.exactly("report-status", Map.of("INSTRUCTED", 2, "ADOPTED", 1), Map.of("INSTRUCTED", 1, "ADOPTED", 2),
                missing, twice);

        assertThat(missing).containsExactly("report-status INSTRUCTED 1/2");
        assertThat(twice).containsExactly("report-status ADOPTED ×2");
    }

    @Test
    void aGapAfterTheFirstNoticeOrNoNoticeOfTheLastStatusIsMissing() {
        List<String> gap = new ArrayList<>(TOLD);
        gap.remove("ADOPTED");
        Oracle.authorNotices(TOLD, told(gap), missing, twice);
        Oracle.authorNotices(TOLD, told(TOLD.subList(0, TOLD.size() - 1)), missing, twice);
        Oracle.authorNotices(TOLD, Map.of(), missing, twice);

        assertThat(missing).containsExactly("author notices ADOPTED", "author notices CLOSED",
                "author notices CLOSED");
    }

    @Test
    void aNoticeTwiceIsADuplicate() {
        Map<String, Integer> counted = new HashMap<>(told(TOLD));
        counted.put("ROUTED", 2);
        Oracle.authorNotices(TOLD, counted, missing, twice);

        assertThat(twice).containsExactly("author notices ROUTED ×2");
    }

    private static Map<String, Integer> told(List<String> statuses) {
        return Journeys.occurrences(statuses);
    }
}
