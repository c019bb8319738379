package org.minyi.intake.reference.domain;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of a reference list: a stable code, its Chinese name, and whatever else the list
 * carries (English name, a member's sector and township, a unit's kind…).
 */
public record ReferenceEntry(ReferenceKind kind, String code, String name, Map<String, String> attributes) {

    public ReferenceEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        attributes = Map.copyOf(attributes);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }
}
