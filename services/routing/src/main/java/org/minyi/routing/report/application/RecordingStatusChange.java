package org.minyi.routing.report.application;

import java.util.List;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.domain.RoutingCases;
import org.minyi.routing.report.domain.StatusObservation;

/**
 * Follows the status other services announce, so that routing knows whether a committee has decided
 * (no re-routing after that), what sequence comes next, and which reports were adopted (a topic's
 * coverage). A repeat or an older announcement changes nothing.
 */
public final class RecordingStatusChange {

    private final RoutingCases cases;

    public RecordingStatusChange(RoutingCases cases) {
        this.cases = cases;
    }

    /** @return whether the case changed (false for a stale or repeated change, or a report routing has no case for) */
    public boolean record(ReportId id, StatusObservation change) {
        return OnConflict.retry(() -> {
            RoutingCase routingCase = cases.find(id).orElse(null);
            if (routingCase == null || !routingCase.observe(change)) {
                return false;
            }
            cases.update(routingCase, List.of());
            return true;
        });
    }
}
