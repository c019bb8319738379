package org.minyi.leadership.inbox.web;

import java.time.LocalDate;
import java.util.List;

import org.minyi.leadership.inbox.application.IssueInstruction;
import org.minyi.leadership.inbox.domain.Level;
import org.minyi.leadership.inbox.domain.UnitAssignment;

/** The body of {@code POST /api/leadership/reports/{id}/instructions}; {@code date} (批示日期) is optional, today by default. */
record InstructionRequest(String leader, Level level, String text, LocalDate date, List<UnitRequest> units) {

    static final int LEADER_MAX = 50;
    static final int TEXT_MAX = 500;

    /** @throws InvalidRequest naming every missing, too long or malformed field */
    IssueInstruction toCommand() {
        RequestFields fields = new RequestFields();
        String name = fields.requiredLine("leader", "批示领导", leader, LEADER_MAX);
        fields.requirePresent("level", "领导层级", level);
        String body = fields.requiredText("text", "批示内容", text, TEXT_MAX);
        List<UnitAssignment> assignments = fields.units(units);
        fields.check();
        return new IssueInstruction(name, level, body, date, assignments);
    }
}
