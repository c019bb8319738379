package org.minyi.intake.report.application;

import java.util.List;

import org.minyi.intake.report.domain.OutboxMessage;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportEvent;

/** Turns what a report decided into the integration events that announce it. */
public interface OutboundEvents {

    List<OutboxMessage> translate(ReportEvent event, Report report, Causation causation);
}
