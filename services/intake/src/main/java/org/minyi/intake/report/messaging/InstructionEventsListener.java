package org.minyi.intake.report.messaging;

import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.InstructionReleased;
import org.minyi.intake.report.application.LearningOutcomes;
import org.minyi.intake.report.domain.Instruction;
import org.minyi.intake.report.domain.ReportId;

/**
 * Follows {@code leadership.instruction-events} (binding {@code instructionEvents}): who instructed and when
 * ({@code InstructionIssued}, whose text is not kept: the authors may not read it yet) and the office's
 * release of an instruction's text to the authors ({@code InstructionReleased}). Forwards (转办) and types
 * this version does not know are skipped.
 */
public final class InstructionEventsListener implements Consumer<InboundEvent> {

    private final LearningOutcomes learning;

    public InstructionEventsListener(LearningOutcomes learning) {
        this.learning = learning;
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(InstructionIssued.TYPE).ifPresent(this::on);
        event.as(InstructionReleased.TYPE).ifPresent(this::on);
    }

    void on(InstructionIssued e) {
        learning.instructed(new ReportId(e.reportId()), e.eventId(), Instruction.issued(e.instructionId(), e.leader(),
                e.leaderName(), e.leaderTitle(), e.level() == null ? null : Instruction.Level.valueOf(e.level().name()),
                e.instructedOn(), e.occurredAt()));
    }

    void on(InstructionReleased e) {
        learning.instructed(new ReportId(e.reportId()), e.eventId(), Instruction.released(e.instructionId(),
                e.leader(), e.leaderName(), e.text(), e.instructedOn(), e.occurredAt(), e.releasedBy()));
    }
}
