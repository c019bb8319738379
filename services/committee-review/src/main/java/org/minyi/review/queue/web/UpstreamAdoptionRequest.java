package org.minyi.review.queue.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minyi.review.queue.application.FieldProblem;
import org.minyi.review.queue.domain.UpstreamAdoption;

/**
 * The body of {@code POST /api/review/reports/{id}/upstream-adoptions}:
 * {@code {level: CITY|PROVINCE|NATIONAL, mode: SINGLE|FORWARDED, adoptedOn, note?}}.
 */
record UpstreamAdoptionRequest(UpstreamAdoption.Level level, UpstreamAdoption.Mode mode, LocalDate adoptedOn,
                               String note) {

    static final int NOTE_MAX = 500;

    /** @throws InvalidRequest naming every bad field */
    Checked checked() {
        List<FieldProblem> problems = new ArrayList<>();
        if (level == null) {
            problems.add(RequestTexts.missing("level", "采用层级"));
        }
        if (mode == null) {
            problems.add(RequestTexts.missing("mode", "采用方式"));
        }
        if (adoptedOn == null) {
            problems.add(RequestTexts.missing("adoptedOn", "采用日期"));
        }
        String text = RequestTexts.optional("note", "备注", note, NOTE_MAX, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new Checked(level, mode, adoptedOn, text);
    }

    static UpstreamAdoptionRequest missingBody() {
        return new UpstreamAdoptionRequest(null, null, null, null);
    }

    record Checked(UpstreamAdoption.Level level, UpstreamAdoption.Mode mode, LocalDate adoptedOn, String note) {
    }
}
