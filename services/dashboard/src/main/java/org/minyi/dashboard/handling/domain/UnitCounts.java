package org.minyi.dashboard.handling.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A unit's figures for a year (or all units' together).
 *
 * @param tasks        tasks assigned in the year
 * @param lead         of them, as lead unit (主办)
 * @param fedBack      of them, fed back at least once
 * @param onTime       of them, first fed back by the deadline
 * @param open         of them, owing a feedback now
 * @param overdue      OVERDUE flags on them
 * @param urged        URGED flags on them
 * @param results      latest results of the tasks fed back, every result (zeros included)
 * @param satisfaction ratings of the reports they handled, every rating (zeros included)
 */
public record UnitCounts(long tasks, long lead, long fedBack, long onTime, long open, long overdue, long urged,
                         Map<Result, Long> results, Map<Satisfaction, Long> satisfaction) {

    public UnitCounts {
        results = Collections.unmodifiableMap(complete(results, Result.class));
        satisfaction = Collections.unmodifiableMap(complete(satisfaction, Satisfaction.class));
    }

    public static UnitCounts of(Collection<UnitTask> tasks) {
        Map<Result, Long> results = new EnumMap<>(Result.class);
        Map<Satisfaction, Long> ratings = new EnumMap<>(Satisfaction.class);
        long lead = 0;
        long fedBack = 0;
        long onTime = 0;
        long open = 0;
        long overdue = 0;
        long urged = 0;
        for (UnitTask task : tasks) {
            lead += task.role() == TaskRole.LEAD ? 1 : 0;
            fedBack += task.fedBack() ? 1 : 0;
            onTime += task.fedBack() && task.onTime() ? 1 : 0;
            open += task.open() ? 1 : 0;
            overdue += task.overdue();
            urged += task.urged();
            if (task.result() != null) {
                results.merge(task.result(), 1L, Long::sum);
            }
            if (task.satisfaction() != null) {
                ratings.merge(task.satisfaction(), 1L, Long::sum);
            }
        }
        return new UnitCounts(tasks.size(), lead, fedBack, onTime, open, overdue, urged, results, ratings);
    }

    /** Fed back after the deadline. */
    public long late() {
        return fedBack - onTime;
    }

    /** Of the tasks fed back, the share fed back on time. */
    public Share onTimeRate() {
        return new Share(onTime, fedBack);
    }

    public long rated() {
        return satisfaction.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Of the ratings, the share 满意 or 基本满意. */
    public Share satisfactionRate() {
        long satisfied = 0;
        for (Map.Entry<Satisfaction, Long> rating : satisfaction.entrySet()) {
            satisfied += rating.getKey().satisfied() ? rating.getValue() : 0;
        }
        return new Share(satisfied, rated());
    }

    private static <K extends Enum<K>> Map<K, Long> complete(Map<K, Long> counts, Class<K> type) {
        Map<K, Long> all = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            all.put(key, counts == null ? 0L : counts.getOrDefault(key, 0L));
        }
        return all;
    }
}
