package org.minyi.chassis.audit;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import org.minyi.chassis.events.Causation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audits what a service decides on its own — a routing decision by the rules, a scheduler marking a task overdue
 * or closing a report — in the same trail as the people's requests: principal {@code system}, role
 * {@code SYSTEM}, the step in words as the action, the report as the object, status 0 (no request), with the
 * trace and correlation of the work that took it. Like a request's entry it is written after the step, and a
 * failed insert is only logged: the step itself stands.
 */
public class AutomaticSteps {

    public static final String PRINCIPAL = "system";
    public static final String ROLE = "SYSTEM";

    private static final Logger log = LoggerFactory.getLogger(AutomaticSteps.class);
    private static final int ACTION_MAX = 200;

    private final AuditTrail trail;
    private final Clock clock;
    private final Supplier<String> currentTraceId;

    public AutomaticSteps(AuditTrail trail, Clock clock, Supplier<String> currentTraceId) {
        this.trail = trail;
        this.clock = clock;
        this.currentTraceId = currentTraceId;
    }

    /** A trail that keeps nothing, for tests of use cases that take steps of their own. */
    public static AutomaticSteps none() {
        return new AutomaticSteps(null, Clock.systemUTC(), () -> null) {
            @Override
            public void record(String action, String object) {
            }
        };
    }

    /**
     * @param action the step, e.g. {@code route to economy by rule transport-daily (v3)}
     * @param object the report (or other object) it concerned
     */
    public void record(String action, String object) {
        String words = action.length() > ACTION_MAX ? action.substring(0, ACTION_MAX) : action;
        try {
            trail.append(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), PRINCIPAL, ROLE, words, object,
                    AuditEntry.Outcome.ALLOWED, 0, currentTraceId.get(), Causation.current().correlationId()));
        } catch (RuntimeException e) {
            log.warn("Audit entry for the automatic step '{}' on {} not written: {}", words, object, e.toString());
        }
    }
}
