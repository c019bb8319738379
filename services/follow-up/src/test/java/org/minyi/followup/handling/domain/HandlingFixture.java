package org.minyi.followup.handling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Handlings, assignments, the people who act on them and the rules of time, for tests. */
public final class HandlingFixture {

    /** 16:30 in Shanghai on 15 March 2026. */
    public static final Instant NOW = Instant.parse("2026-03-15T08:30:00Z");
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final String REPORT = "0f5b2f4e-6a61-4c1c-9a3e-2d6f0c1b7e21";
    public static final Actor HOUSING = Actor.unit("housing-construction");
    public static final Actor FINANCE = Actor.unit("finance");
    public static final Actor AUTHOR = Actor.member("m0001");
    /** Finance's deadline: 30 April 2026. */
    public static final LocalDate SUPPORT_DEADLINE = LocalDate.parse("2026-04-30");
    /** Housing's deadline: 15 May 2026. */
    public static final LocalDate LEAD_DEADLINE = LocalDate.parse("2026-05-15");
    public static final HandlingRules RULES = HandlingRules.defaults();

    private HandlingFixture() {
    }

    public static ReportFacts report() {
        return new ReportFacts("SQ-2026-000123", "关于城关镇老旧小区加装电梯资金缺口的建议", Category.HARD_PROBLEM,
                "chengguan", "economy", List.of("m0001", "m0002"), true,
                "城关镇现有2000年以前建成的老旧小区37个，多数没有电梯。\n加装电梯每台需资金约60万元。",
                "居民自筹比例高，低收入家庭难以承担。", "建议设立专项补助资金，分两年实施。");
    }

    /** The report as an event from before the text was carried announced it: codes and title only. */
    public static ReportFacts reportWithoutText() {
        return new ReportFacts("SQ-2026-000123", "关于城关镇老旧小区加装电梯资金缺口的建议（修改稿）",
                Category.HARD_PROBLEM, "chengguan", "economy", List.of("m0001", "m0002"), true, null, null, null);
    }

    /** The county head's instruction of 14 March 2026, announced at {@link #NOW}. */
    public static Basis countyHeadsInstruction() {
        return Basis.instruction(UUID.randomUUID().toString(), "county-head", "李明", "县长", LeaderLevel.COUNTY,
                "请县住建局牵头研究，县财政局配合，一个月内拿出方案。", LocalDate.parse("2026-03-14"), NOW);
    }

    /** A county leader's instruction: housing leads, finance supports. */
    public static Assignment instruction(long sequence) {
        return assignment(Assignment.Kind.INSTRUCTION, sequence, lead("housing-construction"), support("finance"));
    }

    /** An instruction, forward or transfer of the units at {@link #NOW}. */
    public static Assignment assignment(Assignment.Kind kind, long sequence, Assignment.UnitAssignment... units) {
        Basis basis = kind == Assignment.Kind.INSTRUCTION ? countyHeadsInstruction()
                : Basis.note(kind, UUID.randomUUID().toString(), kind == Assignment.Kind.FORWARD ? "请研究办理"
                        : "请相关部门研究办理，并将结果反馈县政协办公室", NOW);
        return new Assignment(UUID.randomUUID(), new ReportId(REPORT), sequence, List.of(units), report(), basis);
    }

    /** An assignment of the units following {@code basis}, with {@code report} as the event described it. */
    public static Assignment assignment(Basis basis, ReportFacts report, long sequence,
                                        Assignment.UnitAssignment... units) {
        return new Assignment(UUID.randomUUID(), new ReportId(REPORT), sequence, List.of(units), report, basis);
    }

    public static Assignment.UnitAssignment unit(String unit, UnitRole role, LocalDate deadline) {
        return new Assignment.UnitAssignment(unit, role, deadline);
    }

    public static Assignment.UnitAssignment lead(String unit) {
        return new Assignment.UnitAssignment(unit, UnitRole.LEAD, LEAD_DEADLINE);
    }

    public static Assignment.UnitAssignment support(String unit) {
        return new Assignment.UnitAssignment(unit, UnitRole.SUPPORT, SUPPORT_DEADLINE);
    }

    /** In handling at sequence 7, after an instruction at sequence 6, under the default rules. */
    public static Handling inHandling() {
        return inHandling(RULES);
    }

    public static Handling inHandling(HandlingRules rules) {
        return Handling.open(instruction(6), rules, NOW).handling();
    }

    /** Every unit fed back: HANDLED at sequence 8. */
    public static Handling handled() {
        return handled(RULES);
    }

    public static Handling handled(HandlingRules rules) {
        Handling handling = inHandling(rules);
        feedBackEveryUnit(handling, NOW);
        return handling;
    }

    public static void feedBackEveryUnit(Handling handling, Instant at) {
        handling.feedBack(taskOf(handling, HOUSING), HOUSING, FeedbackResult.A, "已完成改造方案", at);
        handling.feedBack(taskOf(handling, FINANCE), FINANCE, FeedbackResult.B, "资金分两年安排", at);
    }

    /** The rules with another reopening limit. */
    public static HandlingRules reopeningAtMost(int times) {
        return new HandlingRules(SHANGHAI, times, Period.ofDays(30), Duration.ofDays(7), Duration.ofDays(7),
                Duration.ofDays(30));
    }

    public static TaskId taskOf(Handling handling, Actor unit) {
        return handling.tasks().stream().filter(t -> t.unit().equals(unit.unit())).findFirst().orElseThrow().id();
    }

    /** The moment a deadline passes in Shanghai: midnight at the start of the next day. */
    public static Instant passing(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    }

    public static List<StageEntry> submittedAndAdopted() {
        return List.of(new StageEntry(Stage.SUBMITTED, Instant.parse("2026-03-01T02:00:00Z")),
                new StageEntry(Stage.ADOPTED, Instant.parse("2026-03-04T06:30:00Z")));
    }
}
