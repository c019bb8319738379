package org.minyi.followup.notification.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderTest {

    private static Reader.Claims township(String township) {
        return new Reader.Claims(township, null, null, null, null);
    }

    private static Reader.Claims member(String member) {
        return new Reader.Claims(null, member, null, null, null);
    }

    private static Reader.Claims unit(String unit) {
        return new Reader.Claims(null, null, unit, null, null);
    }

    private static Reader.Claims committee(String committee) {
        return new Reader.Claims(null, null, null, committee, null);
    }

    private static Reader.Claims leader(String leader) {
        return new Reader.Claims(null, null, null, null, leader);
    }

    private static Reader.Claims none() {
        return new Reader.Claims(null, null, null, null, null);
    }

    @Test
    void aScopedRoleReadsTheFeedItsClaimNames() {
        assertThat(Reader.feedOf("station-xishan", List.of("STATION"), township("xishan"))).contains("station-xishan");
        assertThat(Reader.feedOf("member-m0004", List.of("MEMBER"), member("m0004"))).contains("member-m0004");
        assertThat(Reader.feedOf("unit-finance", List.of("UNIT"), unit("finance"))).contains("unit-finance");
        assertThat(Reader.feedOf("reviewer-economy", List.of("REVIEWER"), committee("economy")))
                .contains("reviewer-economy");
        assertThat(Reader.feedOf("leader-county-head", List.of("LEADER"), leader("county-head")))
                .contains("leader-county-head");
    }

    @Test
    void aReviewerAndALeaderReadTheFeedOfTheirClaimNotOfTheirName() {
        assertThat(Reader.feedOf("reviewer-economy", List.of("REVIEWER"), committee("culture")))
                .contains("reviewer-culture");
        assertThat(Reader.feedOf("leader-county-head", List.of("LEADER"), leader("party-secretary")))
                .contains("leader-party-secretary");
    }

    @Test
    void theLeadersSecretariatReadsTheSecretariatsFeedWhateverItsTokenIsCalled() {
        assertThat(Reader.feedOf("leader", List.of("LEADERS_OFFICE"), none())).contains("leader");
        assertThat(Reader.feedOf("secretariat-desk-2", List.of("LEADERS_OFFICE"), leader("county-head")))
                .contains("leader");
    }

    @Test
    void aScopedRoleWithoutItsClaimHasNoFeedWhateverItsName() {
        assertThat(Reader.feedOf("member-m0004", List.of("MEMBER"), none())).isEmpty();
        assertThat(Reader.feedOf("station-xishan", List.of("STATION"), member("m0004"))).isEmpty();
        assertThat(Reader.feedOf("unit-finance", List.of("UNIT"), unit(" "))).isEmpty();
        assertThat(Reader.feedOf("reviewer-economy", List.of("REVIEWER"), none())).isEmpty();
        assertThat(Reader.feedOf("leader-county-head", List.of("LEADER"), none()))
                .as("a leader without its claim never reads the secretariat's or another leader's feed").isEmpty();
        assertThat(Reader.feedOf("leader", List.of("LEADER"), none())).isEmpty();
    }

    @Test
    void anUnscopedRoleReadsItsOwnPrincipalsFeed() {
        assertThat(Reader.feedOf("office", List.of("OFFICE"), none())).contains("office");
        assertThat(Reader.feedOf("viewer", List.of("VIEWER"), new Reader.Claims("xishan", "m0004", "finance",
                "economy", "county-head"))).contains("viewer");
    }

    @Test
    void theFirstRecognisedRoleDecidesAsForEveryOtherEndpoint() {
        assertThat(Reader.feedOf("x", List.of("AUDITOR", "UNIT", "MEMBER"),
                new Reader.Claims(null, "m0004", "finance", null, null))).contains("unit-finance");
        assertThat(Reader.feedOf("viewer-1", List.of("VIEWER", "MEMBER"), member("m0004"))).contains("viewer-1");
    }

    @Test
    void aCallerWithoutARoleOrANameHasNoFeed() {
        assertThat(Reader.feedOf("someone", null, none())).isEmpty();
        assertThat(Reader.feedOf("someone", List.of("AUDITOR"), none())).isEmpty();
        assertThat(Reader.feedOf(null, List.of("OFFICE"), none())).isEmpty();
        assertThat(Reader.feedOf(" ", List.of("OFFICE"), none())).isEmpty();
    }
}
