package org.minyi.review.queue.web;

import java.time.LocalDate;

import org.minyi.chassis.problem.FieldChecks;
import org.minyi.review.queue.domain.UpstreamAdoption;

/**
 * The body of {@code POST /api/review/reports/{id}/upstream-adoptions}:
 * {@code {level: CITY|PROVINCE|NATIONAL, mode: SINGLE|FORWARDED, adoptedOn, note?, submission?}} — {@code submission}
 * the id of the submission it answers.
 */
record UpstreamAdoptionRequest(UpstreamAdoption.Level level, UpstreamAdoption.Mode mode, LocalDate adoptedOn,
                               String note, String submission) {

    static final int NOTE_MAX = 500;

    /** @throws org.minyi.chassis.problem.InvalidInput naming every bad field */
    Checked checked() {
        FieldChecks checks = new FieldChecks();
        checks.required("level", "采用层级", level);
        checks.required("mode", "采用方式", mode);
        checks.required("adoptedOn", "采用日期", adoptedOn);
        String text = checks.text("note", "备注", note, false, NOTE_MAX);
        String answers = checks.code("submission", "报送记录", submission, false);
        checks.throwIfAny();
        return new Checked(level, mode, adoptedOn, text, answers);
    }

    static UpstreamAdoptionRequest missingBody() {
        return new UpstreamAdoptionRequest(null, null, null, null, null);
    }

    record Checked(UpstreamAdoption.Level level, UpstreamAdoption.Mode mode, LocalDate adoptedOn, String note,
                   String submission) {
    }
}
