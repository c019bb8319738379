package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Handlings, assignments and the people who act on them, for tests. */
public final class HandlingFixture {

    public static final Instant NOW = Instant.parse("2026-03-15T08:30:00Z");
    public static final String REPORT = "0f5b2f4e-6a61-4c1c-9a3e-2d6f0c1b7e21";
    public static final Actor HOUSING = Actor.unit("housing-construction");
    public static final Actor FINANCE = Actor.unit("finance");

    private HandlingFixture() {
    }

    public static ReportFacts report() {
        return new ReportFacts("SQ-2026-000123", "关于城关镇老旧小区加装电梯资金缺口的建议", Category.HARD_PROBLEM,
                "chengguan", "economy", List.of("m0001", "m0002"));
    }

    /** A county leader's instruction: housing leads, finance supports. */
    public static Assignment instruction(long sequence) {
        return assignment(Assignment.Kind.INSTRUCTION, sequence, lead("housing-construction"), support("finance"));
    }

    public static Assignment assignment(Assignment.Kind kind, long sequence, Assignment.UnitAssignment... units) {
        return new Assignment(UUID.randomUUID(), new ReportId(REPORT), kind, UUID.randomUUID().toString(), sequence,
                NOW, List.of(units), report());
    }

    public static Assignment.UnitAssignment lead(String unit) {
        return new Assignment.UnitAssignment(unit, UnitRole.LEAD, LocalDate.parse("2026-05-15"));
    }

    public static Assignment.UnitAssignment support(String unit) {
        return new Assignment.UnitAssignment(unit, UnitRole.SUPPORT, LocalDate.parse("2026-04-30"));
    }

    /** In handling at sequence 7, after an instruction at sequence 6. */
    public static Handling inHandling() {
        return Handling.open(instruction(6), NOW).handling();
    }

    /** Every unit fed back: HANDLED at sequence 8. */
    public static Handling handled() {
        Handling handling = inHandling();
        handling.feedBack(taskOf(handling, HOUSING), HOUSING, FeedbackResult.A, "已完成改造方案", NOW);
        handling.feedBack(taskOf(handling, FINANCE), FINANCE, FeedbackResult.B, "资金分两年安排", NOW);
        return handling;
    }

    public static TaskId taskOf(Handling handling, Actor unit) {
        return handling.tasksSeenBy(unit).get(0).id();
    }
}
