package org.minyi.dashboard.reference.domain;

import java.util.Objects;

/** A committee (专委会), liaison station (联络站, coded by its township) or sector (界别). */
public record Unit(UnitKind kind, String code, String name, String nameEn) {

    public Unit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
