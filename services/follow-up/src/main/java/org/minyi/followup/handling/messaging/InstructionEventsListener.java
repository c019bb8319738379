package org.minyi.followup.handling.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.LeadershipTopics;
import org.minyi.events.leadership.ReportContext;
import org.minyi.events.leadership.ReportForwarded;
import org.minyi.followup.handling.application.AssigningTasks;
import org.minyi.followup.handling.application.Causation;
import org.minyi.followup.handling.domain.Assignment;
import org.minyi.followup.handling.domain.Category;
import org.minyi.followup.handling.domain.ReportFacts;
import org.minyi.followup.handling.domain.ReportId;
import org.minyi.followup.handling.domain.UnitRole;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Follows {@code leadership.instruction-events}: each instruction (批示) or forward (转办) becomes an
 * assignment of tasks. An announcement that names no report context or no unit cannot be applied and
 * is treated as poison (dead-letter topic) rather than retried.
 */
public final class InstructionEventsListener {

    private final AssigningTasks assigning;

    public InstructionEventsListener(AssigningTasks assigning) {
        this.assigning = assigning;
    }

    // the group is the service's own (spring.kafka.consumer.group-id), not the listener id
    @KafkaListener(id = "follow-up-leadership.instruction-events", topics = LeadershipTopics.INSTRUCTION_EVENTS,
            idIsGroup = false)
    public void receive(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope = EventEnvelope.fromHeaders(name -> header(record, name));
        Causation causation = new Causation(envelope.correlationId(), envelope.id().toString());
        if (InstructionIssued.TYPE.name().equals(envelope.type())) {
            on(EventJson.read(record.value(), InstructionIssued.TYPE), causation);
        } else if (ReportForwarded.TYPE.name().equals(envelope.type())) {
            on(EventJson.read(record.value(), ReportForwarded.TYPE), causation);
        }
    }

    void on(InstructionIssued e, Causation causation) {
        assigning.assign(assignment(e.eventId(), e.reportId(), Assignment.Kind.INSTRUCTION, e.instructionId(),
                e.sequence(), e.occurredAt(), e.units(), e.report(), InstructionIssued.TYPE.name()), causation);
    }

    void on(ReportForwarded e, Causation causation) {
        assigning.assign(assignment(e.eventId(), e.reportId(), Assignment.Kind.FORWARD, e.forwardId(),
                e.sequence(), e.occurredAt(), e.units(), e.report(), ReportForwarded.TYPE.name()), causation);
    }

    private static Assignment assignment(UUID eventId, String reportId, Assignment.Kind kind, String sourceId,
                                         long sequence, Instant at, List<AssignedUnit> units, ReportContext report,
                                         String type) {
        if (report == null || report.trackingNumber() == null || report.title() == null
                || report.category() == null || report.township() == null) {
            throw new EventJson.UnreadableEventException(type + ": report context with trackingNumber, title, "
                    + "category and township is required");
        }
        if (units == null || units.isEmpty()) {
            throw new EventJson.UnreadableEventException(type + ": at least one unit is required");
        }
        List<Assignment.UnitAssignment> assigned = new ArrayList<>();
        for (AssignedUnit unit : units) {
            if (unit == null || unit.unit() == null || unit.unit().isBlank()) {
                throw new EventJson.UnreadableEventException(type + ": every unit needs its code");
            }
            UnitRole role = unit.role() == AssignedUnit.Role.LEAD ? UnitRole.LEAD : UnitRole.SUPPORT;
            assigned.add(new Assignment.UnitAssignment(unit.unit(), role, unit.deadline()));
        }
        ReportFacts facts = new ReportFacts(report.trackingNumber(), report.title(),
                Category.valueOf(report.category().name()), report.township(), report.committee(), report.authors());
        return new Assignment(eventId, new ReportId(reportId), kind, sourceId, sequence, at, assigned, facts);
    }

    private static byte[] header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }
}
