package org.minyi.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.minyi.events.followup.NotificationRaised;
import org.minyi.events.followup.ReportClosed;
import org.minyi.events.followup.ReportHandled;
import org.minyi.events.followup.SatisfactionRated;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.OnBehalfOf;
import org.minyi.events.intake.Quality;
import org.minyi.events.intake.ReportSubmitted;
import org.minyi.events.intake.Source;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.InstructionReleased;
import org.minyi.events.leadership.ReportContext;
import org.minyi.events.leadership.ReportForwarded;
import org.minyi.events.review.Grade;
import org.minyi.events.review.ReportAdopted;
import org.minyi.events.review.ReportDeclined;
import org.minyi.events.review.ReportReturned;
import org.minyi.events.review.ReportPublished;
import org.minyi.events.review.ReportSentToLeaders;
import org.minyi.events.review.ReportTransferred;
import org.minyi.events.review.ReportsMerged;
import org.minyi.events.review.UpstreamAdopted;
import org.minyi.events.routing.ReportRouted;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;

/** One fixed sample per event type; each golden file is the sample as it travels on the wire. */
final class Samples {

    static final String REPORT = "0f5b2f4e-6a61-4c1c-9a3e-2d6f0c1b7e21";
    static final Instant AT = Instant.parse("2026-03-15T08:30:00Z");

    static final SubmittedReport CONTENT = new SubmittedReport(
            "关于城关镇老旧小区加装电梯资金缺口的建议",
            Category.HARD_PROBLEM,
            "urban",
            "城关镇现有2000年以前建成的老旧小区37个，居民中60岁以上老人占比超过三成……",
            null,
            "建议县住建局牵头设立加装电梯专项补助资金……",
            "chengguan",
            "cdl",
            List.of("m0001", "m0002"),
            new OnBehalfOf(OnBehalfOf.Kind.SECTOR, "民盟界别"),
            null,
            true,
            LocalDate.parse("2026-03-01"),
            Source.RESEARCH);

    static final ReportContext CONTEXT = new ReportContext("SQ-2026-000123", CONTENT.title(), Category.HARD_PROBLEM,
            "chengguan", "economy", List.of("m0001", "m0002"), true, CONTENT.situation(), null, CONTENT.suggestions());

    static final Quality QUALITY = new Quality(List.of(Quality.Flag.SLOW),
            List.of(new Quality.PossibleDuplicate("5d1c9e2a-0b7f-4c3e-8a6d-1f2e3d4c5b6a", "SQ-2026-000101", 0.82)));

    static final List<AssignedUnit> UNITS = List.of(
            new AssignedUnit("housing", AssignedUnit.Role.LEAD, LocalDate.parse("2026-05-15")),
            new AssignedUnit("finance", AssignedUnit.Role.SUPPORT, LocalDate.parse("2026-05-15")));

    static final Map<String, ReportEvent> BY_TYPE = Map.ofEntries(
            Map.entry(ReportStatusChanged.TYPE.name(), new ReportStatusChanged(id(1), REPORT, "SQ-2026-000123",
                    ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, AT, "chengguan", "economy", Category.HARD_PROBLEM,
                    "SYSTEM", null, "system")),
            Map.entry(ReportFlagged.TYPE.name(), new ReportFlagged(id(12), REPORT, "SQ-2026-000123",
                    ReportFlagged.Flag.OVERDUE, 8, AT, "chengguan", "economy", Category.HARD_PROBLEM, "SYSTEM", "housing",
                    null, null, "system")),
            Map.entry(ReportSubmitted.TYPE.name(), new ReportSubmitted(id(2), REPORT, 1, AT, "SQ-2026-000123", 1,
                    "station-chengguan", CONTENT, QUALITY)),
            Map.entry(ReportRouted.TYPE.name(), new ReportRouted(id(3), REPORT, 2, AT, "SQ-2026-000123", 1, "economy",
                    "category:HARD_PROBLEM", AT, CONTENT, QUALITY, 3, null, null)),
            Map.entry(ReportAdopted.TYPE.name(), new ReportAdopted(id(4), REPORT, 4, AT, "SQ-2026-000123", "economy",
                    Grade.A, Category.HARD_PROBLEM, "chengguan", "cdl", List.of("m0001", "m0002"), "reviewer-economy",
                    ReportAdopted.Kind.SINGLE, null, "事实清楚，建议具体，拟编入《社情民意》。")),
            Map.entry(ReportsMerged.TYPE.name(), new ReportsMerged(id(13), "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928", 1, AT,
                    "ZH-2026-000004", "economy", "关于全县老旧小区加装电梯问题的综合反映", Category.HARD_PROBLEM,
                    "chengguan", List.of(
                    new ReportsMerged.Constituent(REPORT, "SQ-2026-000123", List.of("m0001", "m0002")),
                    new ReportsMerged.Constituent("5d1c9e2a-0b7f-4c3e-8a6d-1f2e3d4c5b6a", "SQ-2026-000101",
                            List.of("m0017"))),
                    List.of("m0001", "m0002", "m0017"), "reviewer-economy")),
            Map.entry(ReportPublished.TYPE.name(), new ReportPublished(id(14), REPORT, 5, AT, "SQ-2026-000123",
                    "2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7", ReportPublished.Kind.SPECIAL, 2026, 7, "economy",
                    Category.HARD_PROBLEM, "chengguan", "cdl", List.of("m0001", "m0002"))),
            Map.entry(UpstreamAdopted.TYPE.name(), new UpstreamAdopted(id(15), REPORT, 11, AT, "SQ-2026-000123",
                    UpstreamAdopted.Level.CITY, UpstreamAdopted.Mode.FORWARDED, LocalDate.parse("2026-06-20"), "economy",
                    Category.HARD_PROBLEM, "chengguan", "cdl", List.of("m0001", "m0002"), "office")),
            Map.entry(ReportDeclined.TYPE.name(), new ReportDeclined(id(5), REPORT, 4, AT, "SQ-2026-000123", "economy",
                    "DUPLICATE", "与SQ-2026-000101反映的问题重复", "reviewer-economy", "与已报信息重复",
                    "Duplicates a report already made")),
            Map.entry(ReportReturned.TYPE.name(), new ReportReturned(id(6), REPORT, 4, AT, "SQ-2026-000123", "economy",
                    "请补充资金缺口的具体数据", "reviewer-economy")),
            Map.entry(ReportSentToLeaders.TYPE.name(), new ReportSentToLeaders(id(7), REPORT, 5, AT, "SQ-2026-000123",
                    "economy", Grade.A, null, AT, CONTENT, List.of("county-head", "deputy-head-urban"), "office")),
            Map.entry(ReportTransferred.TYPE.name(), new ReportTransferred(id(18), REPORT, 5, AT,
                    "4d3c2b1a-0f9e-4d8c-b7a6-5948372615f0", "请县住建局会同县财政局研究办理，并将结果反馈县政协办公室。", UNITS,
                    CONTEXT, "office")),
            Map.entry(InstructionIssued.TYPE.name(), new InstructionIssued(id(8), REPORT, 6, AT,
                    "9a4c1e0e-3b7d-4b8f-a1c2-5d6e7f809a1b", "county-head", InstructionIssued.Level.COUNTY,
                    "请县住建局牵头研究，县财政局配合，一个月内拿出方案。", UNITS, CONTEXT, "李明", "县长",
                    LocalDate.parse("2026-03-14"), "leader")),
            Map.entry(InstructionReleased.TYPE.name(), new InstructionReleased(id(19), REPORT, 7, AT,
                    "9a4c1e0e-3b7d-4b8f-a1c2-5d6e7f809a1b", "county-head", "李明",
                    "请县住建局牵头研究，县财政局配合，一个月内拿出方案。", LocalDate.parse("2026-03-14"), "office")),
            Map.entry(ReportForwarded.TYPE.name(), new ReportForwarded(id(9), REPORT, 6, AT,
                    "3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4", "请研究办理", UNITS, CONTEXT)),
            Map.entry(ReportHandled.TYPE.name(), new ReportHandled(id(10), REPORT, 8, AT, "SQ-2026-000123", List.of(
                    new ReportHandled.UnitFeedback("housing", AssignedUnit.Role.LEAD, ReportHandled.Result.A, AT),
                    new ReportHandled.UnitFeedback("finance", AssignedUnit.Role.SUPPORT, ReportHandled.Result.B, AT)))),
            Map.entry(SatisfactionRated.TYPE.name(), new SatisfactionRated(id(11), REPORT, 9, AT, "SQ-2026-000123",
                    SatisfactionRated.Rating.SATISFIED, "member-m0001")),
            Map.entry(ReportClosed.TYPE.name(), new ReportClosed(id(16), REPORT, 10, AT, "SQ-2026-000123",
                    ReportClosed.ClosedBy.OFFICE, List.of(
                    new ReportClosed.Stage(ReportStatus.SUBMITTED, Instant.parse("2026-03-01T02:00:00Z")),
                    new ReportClosed.Stage(ReportStatus.ADOPTED, Instant.parse("2026-03-04T06:30:00Z")),
                    new ReportClosed.Stage(ReportStatus.INSTRUCTED, Instant.parse("2026-03-09T01:15:00Z")),
                    new ReportClosed.Stage(ReportStatus.HANDLED, Instant.parse("2026-04-02T08:00:00Z")),
                    new ReportClosed.Stage(ReportStatus.CLOSED, AT)))),
            Map.entry(NotificationRaised.TYPE.name(), new NotificationRaised(id(17), REPORT, 8, AT, "SQ-2026-000123",
                    List.of("member-m0001", "member-m0002", "station-chengguan"), NotificationRaised.Kind.STATUS_CHANGED,
                    ReportStatus.HANDLED, null)));

    /**
     * Flags whose own fields the sample of {@code BY_TYPE} (OVERDUE, with its unit) does not show, each pinned
     * by its golden file {@code <type>.<flag>.json}.
     */
    static final Map<ReportFlagged.Flag, ReportFlagged> FLAGS = Map.of(
            ReportFlagged.Flag.UPSTREAM_SUBMITTED, new ReportFlagged(id(20), REPORT, "SQ-2026-000123",
                    ReportFlagged.Flag.UPSTREAM_SUBMITTED, 6, AT, "chengguan", "economy", Category.HARD_PROBLEM,
                    "OFFICE", null, "PROVINCE", null, "office"));

    private Samples() {
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }
}
