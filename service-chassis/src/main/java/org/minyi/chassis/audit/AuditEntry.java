package org.minyi.chassis.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One decision or denied attempt, as the audit trail keeps it: who (principal and role), what (the
 * action and the object it concerned), when, how it ended, and the trace that ties it to the events
 * it caused. Never a token, never a report's text.
 *
 * @param action  the operation, e.g. {@code POST /api/reports/{id}/withdraw}
 * @param object  the object concerned (a report id), when there is one
 * @param status  the HTTP status the caller got
 */
public record AuditEntry(String id, Instant at, String principal, String role, String action, String object,
                         Outcome outcome, int status, String traceId, String correlationId) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    public enum Outcome {
        /** the decision was taken */
        ALLOWED,
        /** no valid token, a role that may not, or an object the caller may not see */
        DENIED,
        /** allowed to ask, but the request or the object's state did not allow it (400, 409, 413, 422) */
        REFUSED,
        /** the service failed (5xx) */
        FAILED;

        public static Outcome of(int status) {
            if (status < 400) {
                return ALLOWED;
            }
            if (status == 401 || status == 403 || status == 404) {
                return DENIED;
            }
            return status >= 500 ? FAILED : REFUSED;
        }
    }
}
