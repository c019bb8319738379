package org.minyi.intake.reference.domain;

import java.util.Arrays;
import java.util.Optional;

/** The reference lists served at {@code /api/reference/{kind}}. */
public enum ReferenceKind {
    TOWNSHIPS, COMMITTEES, SECTORS, UNITS, LEADERS, MEMBERS, CATEGORIES, DOMAINS;

    public String path() {
        return name().toLowerCase();
    }

    public static Optional<ReferenceKind> fromPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path().equals(path)).findFirst();
    }
}
