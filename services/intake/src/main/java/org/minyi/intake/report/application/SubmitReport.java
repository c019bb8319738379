package org.minyi.intake.report.application;

import org.minyi.intake.report.domain.Actor;
import org.minyi.intake.report.domain.ReportContent;

/** @param idempotencyKey the submitter's {@code Idempotency-Key}, or {@code null} */
public record SubmitReport(ReportContent content, Actor actor, String idempotencyKey) {
}
