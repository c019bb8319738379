package org.minyi.dashboard.assessment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minyi.dashboard.reference.domain.Member;
import org.minyi.dashboard.reference.domain.Roster;
import org.minyi.dashboard.reference.domain.Unit;
import org.minyi.dashboard.reference.domain.UnitKind;

/**
 * Counts, grades and ranks a year's duties (README, "Duties" and "Grades"):
 * <ul>
 * <li>a member's adoptions are the distinct reports credited to them ({@link Credits}) by the year's
 * adoptions; the talk list holds those with none this year and none the year before;</li>
 * <li>a station counts the credited reports from its township, a sector those that count for it; a
 * committee counts the reports it adopted, a composite once;</li>
 * <li>a unit with a target gets a grade by its completion ({@link GradingScale}); units are ranked
 * by completion, then by adoptions, those without a target after those with one, ties sharing a rank.</li>
 * </ul>
 */
public final class DutiesPolicy {

    private DutiesPolicy() {
    }

    public static Duties assess(int year, YearFacts facts, Roster roster, TargetSheet targets) {
        Credits credits = new Credits(facts, roster);
        List<CreditedReport> credited = credits.adoptedIn(year);
        List<CreditedReport> creditedYearBefore = credits.adoptedIn(year - 1);
        List<Submission> submitted = facts.submissionsIn(year);

        List<MemberDuty> members = members(roster, credited, creditedYearBefore, submitted);
        List<MemberDuty> zero = members.stream().filter(m -> m.adopted() == 0).toList();
        List<MemberDuty> talkList = zero.stream().filter(m -> m.adoptedYearBefore() == 0).toList();

        Map<String, Long> adoptedByCommittee = new HashMap<>();
        facts.adoptionsIn(year).forEach(a -> {
            if (a.committee() != null) {
                adoptedByCommittee.merge(a.committee(), 1L, Long::sum);
            }
        });
        Map<String, Long> adoptedByStation = new HashMap<>();
        Map<String, Long> submittedByStation = new HashMap<>();
        Map<String, Long> adoptedBySector = new HashMap<>();
        Map<String, Long> submittedBySector = new HashMap<>();
        for (CreditedReport report : credited) {
            if (report.township() != null) {
                adoptedByStation.merge(report.township(), 1L, Long::sum);
            }
            report.sectors().forEach(sector -> adoptedBySector.merge(sector, 1L, Long::sum));
        }
        for (Submission submission : submitted) {
            if (submission.township() != null) {
                submittedByStation.merge(submission.township(), 1L, Long::sum);
            }
            credits.sectorsOf(submission).forEach(sector -> submittedBySector.merge(sector, 1L, Long::sum));
        }
        return new Duties(year, members, zero, talkList,
                units(UnitKind.COMMITTEE, roster, targets, adoptedByCommittee, null),
                units(UnitKind.STATION, roster, targets, adoptedByStation, submittedByStation),
                units(UnitKind.SECTOR, roster, targets, adoptedBySector, submittedBySector),
                targets);
    }

    private static List<MemberDuty> members(Roster roster, List<CreditedReport> credited,
                                            List<CreditedReport> creditedYearBefore, List<Submission> submitted) {
        Map<String, List<CreditedReport>> reports = new LinkedHashMap<>();
        for (CreditedReport report : credited) {
            for (String author : new LinkedHashSet<>(report.authors())) {
                List<CreditedReport> own = reports.computeIfAbsent(author, a -> new ArrayList<>());
                if (own.stream().noneMatch(r -> r.reportId().equals(report.reportId()))) {
                    own.add(report);
                }
            }
        }
        Map<String, Set<String>> before = new HashMap<>();
        creditedYearBefore.forEach(report -> report.authors()
                .forEach(author -> before.computeIfAbsent(author, a -> new LinkedHashSet<>()).add(report.reportId())));
        Map<String, Long> submissions = new HashMap<>();
        submitted.forEach(s -> new LinkedHashSet<>(s.authors()).forEach(author -> submissions.merge(author, 1L, Long::sum)));

        Set<String> everyone = new LinkedHashSet<>();
        roster.members().forEach(m -> everyone.add(m.code()));
        everyone.addAll(reports.keySet());
        everyone.addAll(submissions.keySet());

        List<MemberDuty> duties = new ArrayList<>();
        for (String code : everyone) {
            Optional<Member> member = roster.member(code);
            List<CreditedReport> own = reports.getOrDefault(code, List.of());
            duties.add(new MemberDuty(code, member.map(Member::name).orElse(null),
                    member.map(Member::nameEn).orElse(null), member.map(Member::sector).orElse(null),
                    member.map(Member::township).orElse(null), submissions.getOrDefault(code, 0L), own.size(),
                    before.getOrDefault(code, Set.of()).size(), own));
        }
        duties.sort(Comparator.comparingLong(MemberDuty::adopted).reversed().thenComparing(MemberDuty::code));
        return duties;
    }

    private static List<UnitDuty> units(UnitKind kind, Roster roster, TargetSheet targets, Map<String, Long> adopted,
                                        Map<String, Long> submitted) {
        Set<String> codes = new LinkedHashSet<>();
        roster.units(kind).forEach(unit -> codes.add(unit.code()));
        codes.addAll(adopted.keySet());
        if (submitted != null) {
            codes.addAll(submitted.keySet());
        }
        List<Standing> standings = new ArrayList<>();
        for (String code : codes) {
            standings.add(new Standing(code, adopted.getOrDefault(code, 0L), targets.targetOf(kind, code)));
        }
        List<String> rosterOrder = new ArrayList<>(codes);
        standings.sort(Standing.ORDER.thenComparing(s -> rosterOrder.indexOf(s.code())));
        List<Integer> ranks = Ranks.of(standings, Standing.ORDER);
        List<UnitDuty> duties = new ArrayList<>();
        for (int i = 0; i < standings.size(); i++) {
            Standing standing = standings.get(i);
            Optional<Unit> unit = roster.unit(kind, standing.code());
            Integer target = standing.target();
            duties.add(new UnitDuty(kind, standing.code(), unit.map(Unit::name).orElse(null),
                    unit.map(Unit::nameEn).orElse(null),
                    submitted == null ? null : submitted.getOrDefault(standing.code(), 0L), standing.adopted(), target,
                    standing.graded() ? (int) (standing.adopted() * 100 / target) : null,
                    targets.grading().grade(standing.adopted(), target), ranks.get(i)));
        }
        return duties;
    }

    /** A unit's place in the ranking: graded units by completion then adoptions, ungraded ones after, by adoptions. */
    private record Standing(String code, long adopted, Integer target) {

        static final Comparator<Standing> ORDER = (a, b) -> {
            if (a.graded() != b.graded()) {
                return a.graded() ? -1 : 1;
            }
            if (a.graded()) {
                int byCompletion = Long.compare(b.adopted() * a.target(), a.adopted() * b.target());
                if (byCompletion != 0) {
                    return byCompletion;
                }
            }
            return Long.compare(b.adopted(), a.adopted());
        };

        boolean graded() {
            return target != null && target > 0;
        }
    }
}
