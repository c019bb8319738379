package org.minyi.leadership.inbox.domain;

/** The handling units of the reference data (departments and township governments), by code. */
public interface Units {

    boolean isKnown(String code);
}
