package org.minyi.dashboard.board.domain;

import java.time.Duration;

/**
 * How long reports spend in one stage.
 *
 * @param passages       how many times a report left this stage (each stay counted once)
 * @param average        the mean of those stays; {@code null} without one
 * @param median         their median; {@code null} without one
 * @param current        how many reports are in this stage now
 * @param currentAverage how long those have been in it so far, on average; {@code null} when none is
 */
public record StageTime(ReportStatus status, long passages, Duration average, Duration median, long current,
                        Duration currentAverage) {
}
