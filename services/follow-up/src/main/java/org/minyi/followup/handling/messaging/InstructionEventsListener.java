package org.minyi.followup.handling.messaging;

import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.ReportForwarded;
import org.minyi.followup.handling.application.AssigningTasks;
import org.minyi.followup.handling.domain.Assignment;
import org.minyi.followup.handling.domain.Basis;
import org.minyi.followup.handling.domain.LeaderLevel;
import org.minyi.followup.reference.domain.Leader;
import org.minyi.followup.reference.domain.ReferenceData;

/**
 * Follows {@code leadership.instruction-events} (binding {@code instructionEvents}): each instruction
 * (批示) or forward (转办) becomes an assignment of tasks, with what the units are to act on — the
 * instruction (its leader by code, name, title and level, its text and date) or the forward's note.
 * An instruction from before names and titles were carried is completed from the reference data, or
 * keeps what it named. Released instructions concern the authors, not the units: they are skipped.
 */
public final class InstructionEventsListener implements Consumer<InboundEvent> {

    private final AssigningTasks assigning;
    private final ReferenceData reference;

    public InstructionEventsListener(AssigningTasks assigning, ReferenceData reference) {
        this.assigning = assigning;
        this.reference = reference;
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(InstructionIssued.TYPE).ifPresent(this::on);
        event.as(ReportForwarded.TYPE).ifPresent(this::on);
    }

    void on(InstructionIssued e) {
        String type = InstructionIssued.TYPE.name();
        Leader known = reference.leader(e.leader()).orElse(null);
        String name = e.leaderName() != null ? e.leaderName() : known != null ? known.name() : e.leader();
        String title = e.leaderTitle() != null ? e.leaderTitle() : known != null ? known.title() : null;
        Basis basis = Basis.instruction(Assignments.sourceId(e.instructionId(), type), e.leader(), name, title,
                e.level() == null ? null : LeaderLevel.valueOf(e.level().name()), e.text(), e.instructedOn(),
                e.occurredAt());
        assigning.assign(Assignments.of(e.eventId(), e.reportId(), e.sequence(), e.units(), e.report(), basis, type));
    }

    void on(ReportForwarded e) {
        String type = ReportForwarded.TYPE.name();
        Basis basis = Basis.note(Assignment.Kind.FORWARD, Assignments.sourceId(e.forwardId(), type), e.comment(),
                e.occurredAt());
        assigning.assign(Assignments.of(e.eventId(), e.reportId(), e.sequence(), e.units(), e.report(), basis, type));
    }
}
