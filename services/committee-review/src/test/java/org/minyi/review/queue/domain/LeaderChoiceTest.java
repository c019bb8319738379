package org.minyi.review.queue.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.minyi.review.queue.domain.ReferenceDataFixture.COUNTY_LEADERS;
import static org.minyi.review.queue.domain.ReferenceDataFixture.LEADERS;

class LeaderChoiceTest {

    @Test
    void noLeaderNamedMeansEveryCountyLeaderAndNoCityOne() {
        assertThat(LeaderChoice.choose("leaders", null, LEADERS).leaders()).isEqualTo(COUNTY_LEADERS);
        assertThat(LeaderChoice.choose("leaders", List.of(), LEADERS).leaders()).isEqualTo(COUNTY_LEADERS)
                .doesNotContain("city-mayor");
    }

    @Test
    void namedLeadersGoInTheOrderNamedEachOnce() {
        LeaderChoice.Chosen chosen = LeaderChoice.choose("leaders",
                List.of("county-head", "city-mayor", "county-head"), LEADERS);

        assertThat(chosen.isValid()).isTrue();
        assertThat(chosen.leaders()).containsExactly("county-head", "city-mayor");
    }

    @Test
    void everyUnknownLeaderIsNamedByItsPlaceAndNothingIsChosen() {
        LeaderChoice.Chosen chosen = LeaderChoice.choose("leaders",
                Arrays.asList("county-head", "mayor-of-nowhere", null), LEADERS);

        assertThat(chosen.isValid()).isFalse();
        assertThat(chosen.leaders()).isEmpty();
        assertThat(chosen.broken()).extracting(BrokenRule::field, BrokenRule::code)
                .containsExactly(tuple("leaders[1]", "unknown"),
                        tuple("leaders[2]", "required"));
        assertThat(chosen.broken().get(0).messageZh()).contains("mayor-of-nowhere");
    }

    @Test
    void withoutCountyLeadersTheOfficeMustNameThem() {
        Leaders onlyTheCity = new Leaders() {
            @Override
            public Optional<Leader> find(String code) {
                return LEADERS.find(code).filter(l -> l.level() == Leader.Level.CITY);
            }

            @Override
            public List<Leader> all() {
                return List.of(LEADERS.find("city-mayor").orElseThrow());
            }
        };

        LeaderChoice.Chosen chosen = LeaderChoice.choose("leaders", null, onlyTheCity);

        assertThat(chosen.broken()).singleElement().satisfies(rule -> {
            assertThat(rule.field()).isEqualTo("leaders");
            assertThat(rule.code()).isEqualTo("required");
        });
        assertThat(LeaderChoice.choose("leaders", List.of("city-mayor"), onlyTheCity).leaders())
                .containsExactly("city-mayor");
    }

    @Test
    void moreNamesThanAnyCountyHasLeadersIsRefused() {
        List<String> many = Collections.nCopies(LeaderChoice.MAX_LEADERS + 1, "county-head");

        assertThat(LeaderChoice.choose("leaders", many, LEADERS).broken()).extracting(BrokenRule::code)
                .containsExactly("too_many");
    }
}
