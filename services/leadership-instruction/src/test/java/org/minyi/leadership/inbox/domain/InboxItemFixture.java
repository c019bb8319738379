package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Inbox items and assignments for tests, in the words the office would use. */
public final class InboxItemFixture {

    public static final Instant NOW = Instant.parse("2026-03-15T08:30:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    public static final LocalDate IN_TWO_MONTHS = TODAY.plusMonths(2);

    private InboxItemFixture() {
    }

    public static SentReport elevatorReport() {
        return new SentReport("SQ-2026-000123", "关于城关镇老旧小区加装电梯资金缺口的建议", Category.HARD_PROBLEM, "urban",
                "chengguan", "cdl", "economy", List.of("m0001", "m0002"), true, Grade.A, "zb-2026-03", NOW,
                new ReportContent("城关镇现有2000年以前建成的老旧小区37个……", null, "建议县住建局牵头设立加装电梯专项补助资金……"));
    }

    /** An item that just arrived in the inbox, sent with {@code sequence} 5. */
    public static InboxItem sentToLeaders() {
        return InboxItem.receive(new ReportId(UUID.randomUUID().toString()), elevatorReport(), UUID.randomUUID(), 5,
                NOW);
    }

    public static List<UnitAssignment> housingLeadsFinanceSupports() {
        return List.of(UnitAssignment.lead("housing-construction", IN_TWO_MONTHS),
                UnitAssignment.support("finance", IN_TWO_MONTHS));
    }

    public static InstructionIssued instructedByTheCountyHead(InboxItem item) {
        return item.instruct(Actor.leader(), "县长 李明", Level.COUNTY, "请县住建局牵头研究，县财政局配合，一个月内拿出方案。", null,
                housingLeadsFinanceSupports(), TODAY, NOW.plusSeconds(60));
    }

    public static StatusAnnouncement announced(ReportStatus status, long sequence) {
        return new StatusAnnouncement(UUID.randomUUID(), status, sequence);
    }
}
