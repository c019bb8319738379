package org.minyi.review.queue.domain;

/** The handling units (departments, townships) of the county's reference data. */
public interface HandlingUnits {

    boolean exists(String code);
}
