package org.minyi.intake.report.domain;

/** Hands out tracking numbers, one serial per year. */
public interface TrackingNumbers {

    TrackingNumber next(int year);
}
