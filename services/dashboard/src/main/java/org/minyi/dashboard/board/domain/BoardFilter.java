package org.minyi.dashboard.board.domain;

/** Which projections a list shows; a {@code null} criterion matches every report. */
public record BoardFilter(ReportStatus status, String township, String committee) {
}
