package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What came of a report after it was submitted, as its authors learn it from the services that decide:
 * the committee's decisions and returns, the leaders' instructions, the office's transfer to the units
 * (转送), and the units' results. Each announcement is folded in whatever the order it arrives in.
 *
 * @param transfer {@code null} unless the office transferred the report
 * @param handling {@code null} until every unit fed back; after a reopen, the latest round
 */
public record Outcomes(List<ReviewDecision> decisions, List<Instruction> instructions, Transfer transfer,
                       Handling handling) {

    public static final Outcomes NONE = new Outcomes(List.of(), List.of(), null, null);

    private static final Comparator<Instruction> IN_ORDER_GIVEN = Comparator
            .comparing(Instruction::instructedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Instruction::instructionId);

    public Outcomes {
        decisions = List.copyOf(decisions);
        instructions = List.copyOf(instructions);
    }

    /** The office transferred the report straight to the units (转送). */
    public record Transfer(String transferId, long sequence, Instant at) {

        public Transfer {
            Objects.requireNonNull(at, "at");
        }
    }

    /** Every unit fed back: each unit's part and result, in one round of handling. */
    public record Handling(long sequence, Instant at, List<UnitResult> units) {

        public Handling {
            units = List.copyOf(units);
        }
    }

    /** The committee's latest decision or return: a merge (which ends the report's own life), else the newest. */
    public Optional<ReviewDecision> latestDecision() {
        return decisions.stream().filter(d -> d.decision() == ReviewDecision.Kind.MERGE).findFirst()
                .or(() -> decisions.stream().max(Comparator.comparingLong(ReviewDecision::sequence)
                        .thenComparing(ReviewDecision::decidedAt, Comparator.nullsFirst(Comparator.naturalOrder()))));
    }

    /** The decision that a step of the timeline announced, if the committee's event told of it. */
    public Optional<ReviewDecision> decisionAnnouncedBy(TimelineEntry step) {
        return decisions.stream().filter(d -> d.isAnnouncedBy(step)).findFirst();
    }

    /** Whether anything came of the report after the committee: an instruction, a transfer, the units' results. */
    public boolean hasGoneBeyondTheCommittee() {
        return !instructions.isEmpty() || transfer != null || handling != null;
    }

    Outcomes withDecision(ReviewDecision decision) {
        List<ReviewDecision> joined = new ArrayList<>();
        ReviewDecision merged = decision;
        for (ReviewDecision known : decisions) {
            if (known.isSameStepAs(merged)) {
                merged = known.joinedWith(merged);
            } else {
                joined.add(known);
            }
        }
        joined.add(merged);
        joined.sort(Comparator.comparingLong(ReviewDecision::sequence));
        return new Outcomes(joined, instructions, transfer, handling);
    }

    Outcomes withInstruction(Instruction instruction) {
        List<Instruction> joined = new ArrayList<>();
        Instruction merged = instruction;
        for (Instruction known : instructions) {
            if (known.isSameAs(merged)) {
                merged = known.joinedWith(merged);
            } else {
                joined.add(known);
            }
        }
        joined.add(merged);
        joined.sort(IN_ORDER_GIVEN);
        return new Outcomes(decisions, joined, transfer, handling);
    }

    Outcomes withTransfer(Transfer newer) {
        return transfer != null && transfer.sequence() > newer.sequence() ? this
                : new Outcomes(decisions, instructions, newer, handling);
    }

    /** The units' results of a round of handling; an older round than the one known changes nothing. */
    Outcomes withHandling(Handling round) {
        return handling != null && handling.sequence() > round.sequence() ? this
                : new Outcomes(decisions, instructions, transfer, round);
    }
}
