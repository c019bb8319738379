package org.minyi.routing.report.domain;

import java.util.List;
import java.util.Optional;

/** Where routing cases are kept, one per report. Each write stores the case and the events it decided at once. */
public interface RoutingCases {

    Optional<RoutingCase> find(ReportId id);

    /** Cases with {@code committee} (any when {@code null}) and {@code status} (any when {@code null}), newest first. */
    Page list(String committee, ReportStatus status, int page, int size);

    /**
     * Stores a new case with the events it decided.
     *
     * @throws DuplicateCase when the report already has a case
     */
    void add(RoutingCase routingCase, List<RoutingEvent> events);

    /**
     * Stores a changed case with the events it decided, if nobody changed it since it was read.
     *
     * @throws ConcurrentUpdate when somebody did
     */
    void update(RoutingCase routingCase, List<RoutingEvent> events);

    record Page(List<RoutingCase> items, int page, int size, long total) {
    }

    /** Another writer opened the report's case first. */
    class DuplicateCase extends RuntimeException {

        public DuplicateCase(String message) {
            super(message);
        }
    }

    /** The case changed after it was read; read it again and retry. */
    class ConcurrentUpdate extends RuntimeException {

        public ConcurrentUpdate(String message) {
            super(message);
        }
    }
}
