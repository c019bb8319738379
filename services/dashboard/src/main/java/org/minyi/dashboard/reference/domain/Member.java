package org.minyi.dashboard.reference.domain;

import java.util.Objects;

/** A CPPCC member (委员): code, names, the sector (界别) and township they belong to. */
public record Member(String code, String name, String nameEn, String sector, String township) {

    public Member {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
