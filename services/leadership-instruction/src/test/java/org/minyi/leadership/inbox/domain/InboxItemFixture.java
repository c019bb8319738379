package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Inbox items, leaders and assignments for tests, in the words the office would use. */
public final class InboxItemFixture {

    public static final Instant NOW = Instant.parse("2026-03-15T08:30:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    public static final LocalDate IN_TWO_MONTHS = TODAY.plusMonths(2);

    public static final Leader COUNTY_HEAD = new Leader("county-head", "李明", "县长", Level.COUNTY);
    public static final Leader PARTY_SECRETARY = new Leader("party-secretary", "王建国", "县委书记", Level.COUNTY);
    public static final Leader DEPUTY_HEAD_URBAN = new Leader("deputy-head-urban", "张丽", "副县长（分管住建、交通、城管）",
            Level.COUNTY);
    public static final Leader CITY_MAYOR = new Leader("city-mayor", "何立新", "市长", Level.CITY);

    /** The leaders of a small county's reference data. */
    public static final Leaders LEADERS = new Leaders() {
        private final List<Leader> all = List.of(PARTY_SECRETARY, COUNTY_HEAD, DEPUTY_HEAD_URBAN, CITY_MAYOR);

        @Override
        public Optional<Leader> find(String code) {
            return all.stream().filter(l -> l.code().equals(code)).findFirst();
        }

        @Override
        public List<Leader> all() {
            return all;
        }
    };

    /** The handling units of the same reference data. */
    public static final Units UNITS = code -> List.of("housing-construction", "finance", "health", "transport",
            "urban-management").contains(code);

    private InboxItemFixture() {
    }

    public static SentReport elevatorReport() {
        return new SentReport("SQ-2026-000123", "关于城关镇老旧小区加装电梯资金缺口的建议", Category.HARD_PROBLEM, "urban",
                "chengguan", "cdl", "economy", List.of("m0001", "m0002"), true, Grade.A, "zb-2026-03", NOW,
                new ReportContent("城关镇现有2000年以前建成的老旧小区37个……", null, "建议县住建局牵头设立加装电梯专项补助资金……"));
    }

    /** An item that just arrived in the inbox of every leader, sent with {@code sequence} 5. */
    public static InboxItem sentToLeaders() {
        return InboxItem.receive(new ReportId(UUID.randomUUID().toString()), elevatorReport(), null, UUID.randomUUID(),
                5, NOW);
    }

    /** An item that just arrived in the inbox of the leaders named, sent with {@code sequence} 5. */
    public static InboxItem sentTo(Leader... leaders) {
        return InboxItem.receive(new ReportId(UUID.randomUUID().toString()), elevatorReport(),
                Arrays.stream(leaders).map(Leader::code).toList(), UUID.randomUUID(), 5, NOW);
    }

    public static List<UnitAssignment> housingLeadsFinanceSupports() {
        return List.of(UnitAssignment.lead("housing-construction", IN_TWO_MONTHS),
                UnitAssignment.support("finance", IN_TWO_MONTHS));
    }

    public static InstructionIssued instructedByTheCountyHead(InboxItem item) {
        return item.instruct(Actor.leader("county-head"), COUNTY_HEAD, null, "请县住建局牵头研究，县财政局配合，一个月内拿出方案。",
                null, housingLeadsFinanceSupports(), TODAY, NOW.plusSeconds(60));
    }

    public static StatusAnnouncement announced(ReportStatus status, long sequence) {
        return new StatusAnnouncement(UUID.randomUUID(), status, sequence);
    }
}
