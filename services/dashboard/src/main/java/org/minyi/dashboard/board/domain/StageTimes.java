package org.minyi.dashboard.board.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Time spent in each stage, from the reports' paths: a stay lasts from entering a status to entering
 * the next one; the stay in the current status is still running and counted apart. Statuses that end
 * a report's life (not adopted, merged, archived, closed, withdrawn) have no time to measure.
 */
public final class StageTimes {

    public static final Set<ReportStatus> FINAL = EnumSet.of(ReportStatus.NOT_ADOPTED, ReportStatus.MERGED,
            ReportStatus.ARCHIVED, ReportStatus.CLOSED, ReportStatus.WITHDRAWN);

    private StageTimes() {
    }

    /** One line per stage that takes time, in life order. */
    public static List<StageTime> of(Collection<ReportProjection> projections, Instant now) {
        Map<ReportStatus, List<Duration>> stays = new EnumMap<>(ReportStatus.class);
        Map<ReportStatus, List<Duration>> running = new EnumMap<>(ReportStatus.class);
        for (ReportProjection projection : projections) {
            List<StageEntry> path = projection.path();
            for (int i = 0; i + 1 < path.size(); i++) {
                Duration stay = Duration.between(path.get(i).at(), path.get(i + 1).at());
                if (!stay.isNegative()) {
                    stays.computeIfAbsent(path.get(i).status(), s -> new ArrayList<>()).add(stay);
                }
            }
            if (!path.isEmpty() && !FINAL.contains(projection.status())) {
                StageEntry last = path.get(path.size() - 1);
                Duration so = Duration.between(last.at(), now);
                running.computeIfAbsent(last.status(), s -> new ArrayList<>()).add(so.isNegative() ? Duration.ZERO : so);
            }
        }
        List<StageTime> times = new ArrayList<>();
        for (ReportStatus status : ReportStatus.values()) {
            if (FINAL.contains(status)) {
                continue;
            }
            List<Duration> done = stays.getOrDefault(status, List.of());
            List<Duration> inStage = running.getOrDefault(status, List.of());
            times.add(new StageTime(status, done.size(), average(done), median(done), inStage.size(), average(inStage)));
        }
        return times;
    }

    private static Duration average(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        long seconds = 0;
        for (Duration duration : durations) {
            seconds += duration.getSeconds();
        }
        return Duration.ofSeconds(Math.round((double) seconds / durations.size()));
    }

    private static Duration median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = new ArrayList<>(durations);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
