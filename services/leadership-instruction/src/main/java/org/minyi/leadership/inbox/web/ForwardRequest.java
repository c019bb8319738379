package org.minyi.leadership.inbox.web;

import java.util.List;

import org.minyi.leadership.inbox.domain.UnitAssignment;

/** The body of {@code POST /api/leadership/reports/{id}/forward}. */
record ForwardRequest(List<UnitRequest> units, String comment) {

    static final int COMMENT_MAX = 500;

    /** The checked request: comment normalised (or {@code null}) and the units. */
    record Checked(String comment, List<UnitAssignment> units) {
    }

    /** @throws InvalidRequest naming every missing, too long or malformed field */
    Checked check() {
        RequestFields fields = new RequestFields();
        List<UnitAssignment> assignments = fields.units(units);
        String text = fields.optionalText("comment", "转办意见", comment, COMMENT_MAX);
        fields.check();
        return new Checked(text, assignments);
    }
}
