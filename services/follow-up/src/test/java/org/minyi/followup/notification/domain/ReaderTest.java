package org.minyi.followup.notification.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderTest {

    @Test
    void aScopedRoleReadsTheFeedItsClaimNames() {
        assertThat(Reader.feedOf("station-xishan", List.of("STATION"), "xishan", null, null)).contains("station-xishan");
        assertThat(Reader.feedOf("member-m0004", List.of("MEMBER"), null, "m0004", null)).contains("member-m0004");
        assertThat(Reader.feedOf("unit-finance", List.of("UNIT"), null, null, "finance")).contains("unit-finance");
    }

    @Test
    void aScopedRoleWithoutItsClaimHasNoFeedWhateverItsName() {
        assertThat(Reader.feedOf("member-m0004", List.of("MEMBER"), null, null, null)).isEmpty();
        assertThat(Reader.feedOf("station-xishan", List.of("STATION"), null, "m0004", null)).isEmpty();
        assertThat(Reader.feedOf("unit-finance", List.of("UNIT"), "xishan", null, " ")).isEmpty();
    }

    @Test
    void anUnscopedRoleReadsItsOwnPrincipalsFeed() {
        assertThat(Reader.feedOf("office", List.of("OFFICE"), null, null, null)).contains("office");
        assertThat(Reader.feedOf("viewer", List.of("VIEWER"), "xishan", "m0004", "finance")).contains("viewer");
    }

    @Test
    void theFirstRecognisedRoleDecidesAsForEveryOtherEndpoint() {
        assertThat(Reader.feedOf("x", List.of("AUDITOR", "UNIT", "MEMBER"), null, "m0004", "finance"))
                .contains("unit-finance");
        assertThat(Reader.feedOf("viewer-1", List.of("VIEWER", "MEMBER"), null, "m0004", null)).contains("viewer-1");
    }

    @Test
    void aCallerWithoutARoleOrANameHasNoFeed() {
        assertThat(Reader.feedOf("someone", null, null, null, null)).isEmpty();
        assertThat(Reader.feedOf("someone", List.of("AUDITOR"), null, null, null)).isEmpty();
        assertThat(Reader.feedOf(null, List.of("OFFICE"), null, null, null)).isEmpty();
        assertThat(Reader.feedOf(" ", List.of("OFFICE"), null, null, null)).isEmpty();
    }
}
