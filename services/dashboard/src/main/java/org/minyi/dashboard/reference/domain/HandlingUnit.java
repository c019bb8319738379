package org.minyi.dashboard.reference.domain;

import java.util.Objects;

/**
 * A handling unit (承办单位): a county department or a township government that leaders' instructions, the
 * office's forwards and transfers assign tasks to.
 *
 * @param kind as the reference data writes it ({@code DEPARTMENT}, {@code TOWNSHIP}); {@code null} for a unit
 *             the roster does not know
 */
public record HandlingUnit(String code, String name, String nameEn, String kind) {

    public HandlingUnit {
        Objects.requireNonNull(code, "code");
    }

    /** A unit named by events but absent from the roster: known by its code only. */
    public static HandlingUnit unknown(String code) {
        return new HandlingUnit(code, null, null, null);
    }
}
