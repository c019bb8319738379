package org.minyi.review.queue.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reference data for tests, as the county's seed has it: a few of its leaders and handling units. */
public final class ReferenceDataFixture {

    public static final Leaders LEADERS = new Leaders() {

        private final List<Leader> all = List.of(
                new Leader("party-secretary", "王建国", "县委书记", Leader.Level.COUNTY),
                new Leader("county-head", "李明", "县长", Leader.Level.COUNTY),
                new Leader("cppcc-chair", "陈国平", "县政协主席", Leader.Level.COUNTY),
                new Leader("city-mayor", "何立新", "市长", Leader.Level.CITY));

        @Override
        public Optional<Leader> find(String code) {
            return all.stream().filter(leader -> leader.code().equals(code)).findFirst();
        }

        @Override
        public List<Leader> all() {
            return all;
        }
    };

    /** Every county leader of {@link #LEADERS}, in order. */
    public static final List<String> COUNTY_LEADERS = List.of("party-secretary", "county-head", "cppcc-chair");

    public static final HandlingUnits UNITS = Set.of("housing-construction", "finance", "gov-chengguan",
            "natural-resources")::contains;

    private ReferenceDataFixture() {
    }
}
