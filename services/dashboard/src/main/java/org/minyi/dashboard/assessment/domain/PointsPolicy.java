package org.minyi.dashboard.assessment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.minyi.dashboard.reference.domain.Member;
import org.minyi.dashboard.reference.domain.Roster;

/**
 * Computes a year's points ledger (README, "Points"). Each event earns once: a county adoption (a
 * composite's too, once, for everyone who wrote a part of it), a 《专报》 publication, an upstream
 * adoption, a leader's instruction. What it earns comes from the year's table and is shared among the
 * authors by the table's split rule; stations and sectors get the whole award once per event.
 */
public final class PointsPolicy {

    private static final Comparator<LedgerEntry> ENTRY_ORDER = Comparator.comparing(LedgerEntry::on)
            .thenComparing(e -> String.valueOf(e.trackingNumber())).thenComparing(LedgerEntry::item)
            .thenComparing(e -> e.eventIds().get(0)).thenComparing(LedgerEntry::member);

    private PointsPolicy() {
    }

    public static Ledger compute(int year, YearFacts facts, Roster roster, PointsTable table) {
        List<Award> awards = awards(year, facts, roster, table);
        List<LedgerEntry> entries = new ArrayList<>();
        for (Award award : awards) {
            entries.addAll(share(award, table.split()));
        }
        entries.sort(ENTRY_ORDER);
        Map<String, List<LedgerEntry>> byMember = new LinkedHashMap<>();
        entries.forEach(e -> byMember.computeIfAbsent(e.member(), m -> new ArrayList<>()).add(e));
        List<MemberPoints> members = new ArrayList<>();
        byMember.forEach((code, own) -> {
            Optional<Member> member = roster.member(code);
            BigDecimal total = own.stream().map(LedgerEntry::points).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            members.add(new MemberPoints(code, member.map(Member::name).orElse(null),
                    member.map(Member::nameEn).orElse(null), member.map(Member::sector).orElse(null),
                    member.map(Member::township).orElse(null), total, own));
        });
        members.sort(Comparator.comparing(MemberPoints::points).reversed().thenComparing(MemberPoints::code));
        return new Ledger(year, table, awards, members, entries);
    }

    /** Every award of the year, the zero-point ones left out. */
    static List<Award> awards(int year, YearFacts facts, Roster roster, PointsTable table) {
        Credits credits = new Credits(facts, roster);
        List<Award> awards = new ArrayList<>();
        for (Adoption adoption : facts.adoptionsIn(year)) {
            List<CreditedReport> parts = credits.of(adoption);
            Set<String> townships = new LinkedHashSet<>();
            Set<String> sectors = new LinkedHashSet<>();
            Set<String> authors = new LinkedHashSet<>(adoption.authors());
            Set<UUID> evidence = new LinkedHashSet<>();
            for (CreditedReport part : parts) {
                if (part.township() != null) {
                    townships.add(part.township());
                }
                sectors.addAll(part.sectors());
                authors.addAll(part.authors());
                evidence.addAll(part.eventIds());
            }
            add(awards, new Award(Item.COUNTY_ADOPTION, null, null, adoption.reportId(), adoption.trackingNumber(),
                    adoption.adoptedOn(), table.countyAdoption(), List.copyOf(townships), List.copyOf(sectors),
                    List.copyOf(authors), List.copyOf(evidence)));
        }
        for (Achievement achievement : facts.achievementsIn(year)) {
            Item item = item(achievement.kind());
            if (item == null) {
                continue;
            }
            List<String> authors = credits.authorsOf(achievement.reportId(), achievement.authors());
            Set<String> townships = new LinkedHashSet<>();
            Set<String> sectors = new LinkedHashSet<>();
            List<UUID> evidence = new ArrayList<>(List.of(achievement.eventId()));
            for (Credits.Part part : credits.partsOf(achievement.reportId(), achievement.township(),
                    achievement.sector(), achievement.authors())) {
                if (part.township() != null) {
                    townships.add(part.township());
                }
                sectors.addAll(part.sectors());
            }
            facts.merge(achievement.reportId()).ifPresent(merge -> evidence.add(merge.eventId()));
            add(awards, new Award(item, achievement.level(), achievement.mode(), achievement.reportId(),
                    achievement.trackingNumber(), achievement.on(), table.pointsFor(achievement), List.copyOf(townships),
                    List.copyOf(sectors), authors, evidence));
        }
        awards.sort(Comparator.comparing(Award::on).thenComparing(a -> String.valueOf(a.trackingNumber()))
                .thenComparing(Award::item).thenComparing(a -> a.eventIds().get(0)));
        return awards;
    }

    /** One award shared among its authors, sorted by code (so leftover cents go to the same authors every time). */
    static List<LedgerEntry> share(Award award, SplitRule split) {
        List<String> authors = award.authors().stream().distinct().sorted().toList();
        List<LedgerEntry> entries = new ArrayList<>();
        if (authors.isEmpty()) {
            return entries;
        }
        long cents = award.points().movePointRight(2).longValueExact();
        long base = cents / authors.size();
        long leftover = cents % authors.size();
        for (int i = 0; i < authors.size(); i++) {
            BigDecimal points = split == SplitRule.WHOEVER_WRITES ? award.points()
                    : BigDecimal.valueOf(base + (i < leftover ? 1 : 0), 2);
            entries.add(new LedgerEntry(authors.get(i), award.item(), award.level(), award.mode(), award.reportId(),
                    award.trackingNumber(), award.on(), award.points(), authors.size(), split, points,
                    award.eventIds()));
        }
        return entries;
    }

    private static void add(List<Award> awards, Award award) {
        if (award.points().signum() > 0) {
            awards.add(award);
        }
    }

    private static Item item(Achievement.Kind kind) {
        return switch (kind) {
            case REGULAR_PUBLICATION -> null;
            case SPECIAL_PUBLICATION -> Item.SPECIAL_PUBLICATION;
            case UPSTREAM_ADOPTION -> Item.UPSTREAM_ADOPTION;
            case LEADER_INSTRUCTION -> Item.LEADER_INSTRUCTION;
        };
    }
}
