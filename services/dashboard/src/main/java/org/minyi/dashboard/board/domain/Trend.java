package org.minyi.dashboard.board.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last {@code days} days, one count per day in the county's time zone: reports first seen on the
 * board, and entries into ADOPTED and CLOSED along the reports' paths.
 */
public final class Trend {

    private Trend() {
    }

    public static List<DayCount> of(Collection<ReportProjection> projections, LocalDate today, int days, ZoneId zone) {
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, long[]> counts = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            counts.put(day, new long[3]);
        }
        for (ReportProjection projection : projections) {
            if (projection.firstSeenAt() != null) {
                count(counts, projection.firstSeenAt().atZone(zone).toLocalDate(), 0);
            }
            for (StageEntry step : projection.path()) {
                if (step.status() == ReportStatus.ADOPTED) {
                    count(counts, step.at().atZone(zone).toLocalDate(), 1);
                } else if (step.status() == ReportStatus.CLOSED) {
                    count(counts, step.at().atZone(zone).toLocalDate(), 2);
                }
            }
        }
        List<DayCount> trend = new ArrayList<>();
        counts.forEach((day, c) -> trend.add(new DayCount(day, c[0], c[1], c[2])));
        return trend;
    }

    private static void count(Map<LocalDate, long[]> counts, LocalDate day, int which) {
        long[] c = counts.get(day);
        if (c != null) {
            c[which]++;
        }
    }
}
