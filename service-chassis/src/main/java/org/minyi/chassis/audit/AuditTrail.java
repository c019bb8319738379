package org.minyi.chassis.audit;

import java.time.Instant;
import java.util.List;

/** The append-only audit store: entries are added, found, never changed or removed. */
public interface AuditTrail {

    void append(AuditEntry entry);

    /** Entries matching every given condition ({@code null} means any), newest first. */
    Found find(Filter filter, int page, int size);

    record Filter(String principal, String object, AuditEntry.Outcome outcome, Instant from, Instant to) {
    }

    record Found(List<AuditEntry> items, long total) {
    }
}
