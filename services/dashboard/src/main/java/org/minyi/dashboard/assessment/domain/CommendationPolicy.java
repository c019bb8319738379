package org.minyi.dashboard.assessment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.minyi.dashboard.reference.domain.Roster;
import org.minyi.dashboard.reference.domain.Unit;
import org.minyi.dashboard.reference.domain.UnitKind;

/**
 * Ranks commendation candidates (README, "Commendations"): members, stations and sectors with points
 * this year, by points, then adoption rate (those without submissions this year last), then
 * adoptions; candidates equal on all three share a rank.
 */
public final class CommendationPolicy {

    static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::points).reversed()
            .thenComparing(Candidate::rate, Comparator.reverseOrder())
            .thenComparing(Comparator.comparingLong(Candidate::adopted).reversed());

    private CommendationPolicy() {
    }

    public static Commendations rank(int year, YearFacts facts, Roster roster, Ledger ledger, int limit) {
        Credits credits = new Credits(facts, roster);
        List<CreditedReport> credited = credits.adoptedIn(year);
        List<Submission> submitted = facts.submissionsIn(year);

        List<Candidate> individuals = new ArrayList<>();
        for (MemberPoints member : ledger.members()) {
            List<CreditedReport> reports = credited.stream().filter(r -> r.authors().contains(member.code())).toList();
            Rate rate = rate(facts, submitted, s -> s.authors().contains(member.code()));
            individuals.add(new Candidate(null, member.code(), member.name(), member.nameEn(), member.points(),
                    distinct(reports), rate, 0, member.entries(), List.of(), reports));
        }
        List<Candidate> stations = units(UnitKind.STATION, roster, facts, ledger, credited, submitted,
                award -> award.townships(), report -> report.township() == null ? List.of() : List.of(report.township()),
                submission -> submission.township() == null ? List.of() : List.of(submission.township()));
        List<Candidate> sectors = units(UnitKind.SECTOR, roster, facts, ledger, credited, submitted,
                Award::sectors, CreditedReport::sectors, credits::sectorsOf);
        return new Commendations(year, ranked(individuals, limit), ranked(stations, limit), ranked(sectors, limit));
    }

    private static List<Candidate> units(UnitKind kind, Roster roster, YearFacts facts, Ledger ledger,
                                         List<CreditedReport> credited, List<Submission> submitted,
                                         Function<Award, List<String>> awardedTo,
                                         Function<CreditedReport, List<String>> creditedTo,
                                         Function<Submission, List<String>> submittedBy) {
        Map<String, List<Award>> awards = new HashMap<>();
        for (Award award : ledger.awards()) {
            new LinkedHashSet<>(awardedTo.apply(award))
                    .forEach(code -> awards.computeIfAbsent(code, c -> new ArrayList<>()).add(award));
        }
        List<Candidate> candidates = new ArrayList<>();
        awards.forEach((code, own) -> {
            BigDecimal points = own.stream().map(Award::points).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            List<CreditedReport> reports = credited.stream().filter(r -> creditedTo.apply(r).contains(code)).toList();
            Optional<Unit> unit = roster.unit(kind, code);
            candidates.add(new Candidate(kind, code, unit.map(Unit::name).orElse(null),
                    unit.map(Unit::nameEn).orElse(null), points, distinct(reports),
                    rate(facts, submitted, s -> submittedBy.apply(s).contains(code)), 0, List.of(), own, reports));
        });
        return candidates;
    }

    private static List<Candidate> ranked(List<Candidate> candidates, int limit) {
        List<Candidate> sorted = new ArrayList<>(candidates.stream().filter(c -> c.points().signum() > 0).toList());
        sorted.sort(ORDER.thenComparing(Candidate::code));
        List<Integer> ranks = Ranks.of(sorted, ORDER);
        List<Candidate> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size() && i < limit; i++) {
            Candidate c = sorted.get(i);
            ranked.add(new Candidate(c.kind(), c.code(), c.name(), c.nameEn(), c.points(), c.adopted(), c.rate(),
                    ranks.get(i), c.entries(), c.awards(), c.reports()));
        }
        return ranked;
    }

    private static Rate rate(YearFacts facts, List<Submission> submitted, Predicate<Submission> own) {
        long total = 0;
        long adopted = 0;
        for (Submission submission : submitted) {
            if (own.test(submission)) {
                total++;
                if (facts.adopted(submission.reportId())) {
                    adopted++;
                }
            }
        }
        return new Rate(adopted, total);
    }

    private static long distinct(List<CreditedReport> reports) {
        Set<String> ids = new LinkedHashSet<>();
        reports.forEach(r -> ids.add(r.reportId()));
        return ids.size();
    }
}
