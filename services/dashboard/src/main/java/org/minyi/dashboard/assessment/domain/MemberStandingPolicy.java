package org.minyi.dashboard.assessment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A member's own standing for a year, taken from the year's duties and points ledger (README, "A member's
 * standing"). Who may read it: the member themself (their token's {@code member} claim), the office and
 * viewers; anyone else, another member included, learns nothing — not even whether the member exists.
 */
public final class MemberStandingPolicy {

    private MemberStandingPolicy() {
    }

    /** Whether {@code reader} may read the standing of {@code member}. */
    public static boolean mayRead(Reader reader, String member) {
        return switch (reader.role()) {
            case OFFICE, VIEWER -> true;
            case MEMBER -> member != null && member.equals(reader.member());
            default -> false;
        };
    }

    /**
     * The standing of {@code member} in {@code duties}' year; empty when the duties do not know them (not in
     * the roster, and never an author of a report submitted or adopted that year).
     */
    public static Optional<MemberStanding> of(String member, Duties duties, Ledger ledger, YearFacts facts) {
        Optional<MemberDuty> found = duties.members().stream().filter(m -> m.code().equals(member)).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MemberDuty duty = found.get();
        int year = duties.year();
        Map<String, List<LedgerEntry>> earned = new LinkedHashMap<>();
        ledger.entries().stream().filter(e -> e.member().equals(member))
                .forEach(e -> earned.computeIfAbsent(e.reportId(), r -> new ArrayList<>()).add(e));

        List<StandingReport> reports = new ArrayList<>();
        for (CreditedReport credited : duty.reports()) {
            String adoptedAs = credited.via() == CreditedReport.Via.COMPOSITE ? credited.compositeId()
                    : credited.reportId();
            List<LedgerEntry> entries = earned.remove(adoptedAs);
            reports.add(new StandingReport(credited.reportId(), credited.trackingNumber(), credited.via(),
                    credited.compositeId(), credited.compositeTrackingNumber(), credited.committee(), credited.grade(),
                    credited.adoptedOn(), facts.adoption(adoptedAs).map(Adoption::adoptedAt).orElse(null), true,
                    sum(entries), entries == null ? List.of() : entries));
        }
        earned.forEach((reportId, entries) -> {
            Optional<Adoption> adoption = facts.adoption(reportId);
            reports.add(new StandingReport(reportId, entries.get(0).trackingNumber(), null, null, null,
                    adoption.map(Adoption::committee).orElse(null), adoption.map(Adoption::grade).orElse(null),
                    adoption.map(Adoption::adoptedOn).orElse(null), adoption.map(Adoption::adoptedAt).orElse(null),
                    false, sum(entries), entries));
        });

        List<Integer> missed = new ArrayList<>();
        if (duty.adoptedYearBefore() == 0) {
            missed.add(year - 1);
        }
        if (duty.adopted() == 0) {
            missed.add(year);
        }
        BigDecimal points = reports.stream().map(StandingReport::points)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return Optional.of(new MemberStanding(year, duty.code(), duty.name(), duty.nameEn(), duty.sector(),
                duty.township(), duty.submitted(), duty.adopted(), duty.adoptedYearBefore(), duty.adopted() > 0,
                new MemberStanding.TalkList(missed.size() == 2, missed), points, reports));
    }

    private static BigDecimal sum(List<LedgerEntry> entries) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        if (entries != null) {
            for (LedgerEntry entry : entries) {
                total = total.add(entry.points());
            }
        }
        return total;
    }
}
