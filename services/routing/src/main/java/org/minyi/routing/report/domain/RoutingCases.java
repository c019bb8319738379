package org.minyi.routing.report.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where routing cases are kept, one per report. Each write stores the case and the events it decided at
 * once, and only over what was read: a write that lost a race throws the chassis's {@code ConcurrentWrite}
 * (nothing written), so the caller reads, decides and writes again.
 */
public interface RoutingCases {

    Optional<RoutingCase> find(ReportId id);

    /** Cases with {@code committee} (any when {@code null}) and {@code status} (any when {@code null}), newest first. */
    Page list(String committee, ReportStatus status, int page, int size);

    /** Stores a new case with the events it decided ({@code ConcurrentWrite} when another writer opened it first). */
    void add(RoutingCase routingCase, List<RoutingEvent> events);

    /** Stores a changed case with the events it decided ({@code ConcurrentWrite} when it changed since it was read). */
    void update(RoutingCase routingCase, List<RoutingEvent> events);

    record Page(List<RoutingCase> items, int page, int size, long total) {
    }
}
