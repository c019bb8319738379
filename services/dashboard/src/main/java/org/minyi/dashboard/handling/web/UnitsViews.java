package org.minyi.dashboard.handling.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.minyi.dashboard.handling.domain.Result;
import org.minyi.dashboard.handling.domain.Satisfaction;
import org.minyi.dashboard.handling.domain.UnitCounts;
import org.minyi.dashboard.handling.domain.UnitRecord;
import org.minyi.dashboard.handling.domain.UnitsYear;

/** What {@code /api/dashboard/units/{year}} answers: codes, names and counts — never report text. */
final class UnitsViews {

    private UnitsViews() {
    }

    /** @param totals every unit's tasks together */
    record UnitsView(int year, List<UnitView> units, CountsView totals) {

        static UnitsView of(UnitsYear year) {
            return new UnitsView(year.year(), year.units().stream().map(UnitView::of).toList(),
                    CountsView.of(year.totals()));
        }
    }

    /**
     * One unit's row.
     *
     * @param kind       DEPARTMENT or TOWNSHIP as the roster has it; {@code null} for a unit the roster does not know
     * @param onTimeRate of the tasks fed back, the share fed back on time (0–1, three decimals; {@code null} when none)
     */
    record UnitView(String code, String name, String nameEn, String kind, long tasks, long lead, long fedBack,
                    long onTime, long late, Double onTimeRate, long open, long overdue, long urged,
                    Map<Result, Long> results, SatisfactionView satisfaction) {

        static UnitView of(UnitRecord row) {
            UnitCounts c = row.counts();
            return new UnitView(row.unit().code(), row.unit().name(), row.unit().nameEn(), row.unit().kind(),
                    c.tasks(), c.lead(), c.fedBack(), c.onTime(), c.late(), c.onTimeRate().value(), c.open(),
                    c.overdue(), c.urged(), c.results(), SatisfactionView.of(c));
        }
    }

    record CountsView(long tasks, long lead, long fedBack, long onTime, long late, Double onTimeRate, long open,
                      long overdue, long urged, Map<Result, Long> results, SatisfactionView satisfaction) {

        static CountsView of(UnitCounts c) {
            return new CountsView(c.tasks(), c.lead(), c.fedBack(), c.onTime(), c.late(), c.onTimeRate().value(),
                    c.open(), c.overdue(), c.urged(), c.results(), SatisfactionView.of(c));
        }
    }

    /**
     * The ratings of the reports the unit handled.
     *
     * @param rate of the ratings, the share SATISFIED or BASICALLY_SATISFIED (0–1; {@code null} when none)
     */
    record SatisfactionView(@JsonProperty("SATISFIED") long satisfied,
                            @JsonProperty("BASICALLY_SATISFIED") long basicallySatisfied,
                            @JsonProperty("UNSATISFIED") long unsatisfied, long rated, Double rate) {

        static SatisfactionView of(UnitCounts c) {
            return new SatisfactionView(c.satisfaction().get(Satisfaction.SATISFIED),
                    c.satisfaction().get(Satisfaction.BASICALLY_SATISFIED),
                    c.satisfaction().get(Satisfaction.UNSATISFIED), c.rated(), c.satisfactionRate().value());
        }
    }
}
