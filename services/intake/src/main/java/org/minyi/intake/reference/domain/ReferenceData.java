package org.minyi.intake.reference.domain;

import java.util.List;
import java.util.Optional;

/** The county's reference lists: townships, committees, sectors, units, leaders, members, categories, domains. */
public interface ReferenceData {

    List<ReferenceEntry> list(ReferenceKind kind);

    Optional<ReferenceEntry> find(ReferenceKind kind, String code);

    default boolean exists(ReferenceKind kind, String code) {
        return find(kind, code).isPresent();
    }
}
