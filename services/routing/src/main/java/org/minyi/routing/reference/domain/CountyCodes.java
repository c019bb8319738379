package org.minyi.routing.reference.domain;

import java.util.Set;

/** The codes of the county's reference data that routing rules and topics may name. */
public interface CountyCodes {

    /** The pseudo-committee of the office's triage queue: reports no rule routes, and re-routing from there. */
    String OFFICE = "OFFICE";

    Set<String> committees();

    Set<String> domains();

    Set<String> sectors();

    Set<String> townships();

    /** A committee of the reference data, or {@link #OFFICE}. */
    default boolean isRoutingTarget(String code) {
        return OFFICE.equals(code) || committees().contains(code);
    }
}
