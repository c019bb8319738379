package org.minyi.dashboard.assessment.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.minyi.dashboard.assessment.domain.CommendationPolicy;
import org.minyi.dashboard.assessment.domain.Commendations;
import org.minyi.dashboard.assessment.domain.Contributions;
import org.minyi.dashboard.assessment.domain.Duties;
import org.minyi.dashboard.assessment.domain.DutiesPolicy;
import org.minyi.dashboard.assessment.domain.Ledger;
import org.minyi.dashboard.assessment.domain.MemberStanding;
import org.minyi.dashboard.assessment.domain.MemberStandingPolicy;
import org.minyi.dashboard.assessment.domain.PointsPolicy;
import org.minyi.dashboard.assessment.domain.PointsTable;
import org.minyi.dashboard.assessment.domain.PointsTables;
import org.minyi.dashboard.assessment.domain.Reader;
import org.minyi.dashboard.assessment.domain.TargetSheet;
import org.minyi.dashboard.assessment.domain.TargetSheets;
import org.minyi.dashboard.assessment.domain.YearFacts;
import org.minyi.dashboard.reference.domain.Roster;
import org.minyi.dashboard.reference.domain.Rosters;

/**
 * A year's duties, points and commendations, computed from the recorded facts when asked. A year's
 * facts are read once and shared for {@code maxAge}, so a page that asks for duties, points and
 * candidates together costs one read; targets and tables are read fresh, so a change shows at once.
 */
public final class AssessingYears {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_CANDIDATES = 100;

    private final Contributions contributions;
    private final Rosters rosters;
    private final TargetSheets targets;
    private final PointsTables tables;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<Integer, Read> read = new ConcurrentHashMap<>();

    public AssessingYears(Contributions contributions, Rosters rosters, TargetSheets targets, PointsTables tables,
                          Clock clock, Duration maxAge) {
        this.contributions = contributions;
        this.rosters = rosters;
        this.targets = targets;
        this.tables = tables;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    public Duties duties(int year) {
        return DutiesPolicy.assess(year, facts(year), rosters.current(), targets(year));
    }

    public Ledger ledger(int year) {
        return PointsPolicy.compute(year, facts(year), rosters.current(), table(year));
    }

    public Commendations commendations(int year, int limit) {
        YearFacts facts = facts(year);
        Ledger ledger = PointsPolicy.compute(year, facts, rosters.current(), table(year));
        return CommendationPolicy.rank(year, facts, rosters.current(), ledger,
                Math.max(1, Math.min(limit, MAX_CANDIDATES)));
    }

    /**
     * One member's standing in {@code year}, for {@code reader}: the member themself, the office or a viewer.
     *
     * @throws StandingNotFound when the reader may not read it or nobody knows the member
     */
    public MemberStanding standing(int year, String member, Reader reader) {
        if (!MemberStandingPolicy.mayRead(reader, member)) {
            throw new StandingNotFound(year, member);
        }
        YearFacts facts = facts(year);
        Roster roster = rosters.current();
        return MemberStandingPolicy.of(member, DutiesPolicy.assess(year, facts, roster, TargetSheet.empty(year)),
                        PointsPolicy.compute(year, facts, roster, table(year)), facts)
                .orElseThrow(() -> new StandingNotFound(year, member));
    }

    public TargetSheet targets(int year) {
        return targets.of(year).orElse(TargetSheet.empty(year));
    }

    /** The year's table: the office's, or the defaults while it has set none. */
    public PointsTable table(int year) {
        return tables.of(year).orElse(PointsTable.defaults(year));
    }

    /** Forgets what was read, e.g. after a replay emptied the facts. */
    public void forget() {
        read.clear();
    }

    private YearFacts facts(int year) {
        Instant now = clock.instant();
        Read cached = read.get(year);
        if (cached == null || !now.isBefore(cached.validUntil())) {
            cached = new Read(contributions.forYear(year), now.plus(maxAge));
            read.put(year, cached);
        }
        return cached.facts();
    }

    private record Read(YearFacts facts, Instant validUntil) {
    }
}
