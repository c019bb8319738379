package org.minyi.dashboard.board.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of reports on the board: by current status (every status, zero included, in life order) and
 * by township, committee, category and topic (largest first). A report without a committee yet is
 * counted in every total but not by committee; topics count submitted reports that answer one.
 *
 * <p>{@code bySource} counts submitted reports by how their authors came to know it (调研, 视察, 协商座谈, 恳谈会,
 * 日常走访), every source, zero included; reports that name none are left out.
 *
 * <p>Reports past their committee's review time limit (REVIEW_OVERDUE, still undecided in that stint) are
 * counted by the committee whose limit passed ({@code reviewOverdueByCommittee}, largest first) and in all
 * ({@code reviewOverdue}).
 *
 * @param updatedAt when the latest applied change happened; {@code null} for an empty board
 */
public record Summary(long total, Map<ReportStatus, Long> byStatus, Map<String, Long> byTownship,
                      Map<String, Long> byCommittee, Map<String, Long> byCategory, Map<String, Long> byTopic,
                      Map<String, Long> bySource, Map<String, Long> reviewOverdueByCommittee, Instant updatedAt) {

    /** The sources a report may name, in the order the office lists them. */
    public static final List<String> SOURCES = List.of("RESEARCH", "INSPECTION", "CONSULTATION", "HEARING", "DAILY");

    public Summary {
        EnumMap<ReportStatus, Long> statuses = new EnumMap<>(ReportStatus.class);
        for (ReportStatus status : ReportStatus.values()) {
            statuses.put(status, byStatus.getOrDefault(status, 0L));
        }
        byStatus = Collections.unmodifiableMap(statuses);
        byTownship = largestFirst(byTownship);
        byCommittee = largestFirst(byCommittee);
        byCategory = largestFirst(byCategory);
        byTopic = largestFirst(byTopic == null ? Map.of() : byTopic);
        bySource = everySource(bySource == null ? Map.of() : bySource);
        reviewOverdueByCommittee = largestFirst(reviewOverdueByCommittee == null ? Map.of() : reviewOverdueByCommittee);
    }

    /** With the counts that come from the submissions: by topic and by source. */
    public Summary withSubmissions(Map<String, Long> topics, Map<String, Long> sources) {
        return new Summary(total, byStatus, byTownship, byCommittee, byCategory, topics, sources,
                reviewOverdueByCommittee, updatedAt);
    }

    /** How many reports are past their committee's review time limit. */
    public long reviewOverdue() {
        return reviewOverdueByCommittee.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> everySource(Map<String, Long> counts) {
        Map<String, Long> all = new LinkedHashMap<>();
        SOURCES.forEach(source -> all.put(source, counts.getOrDefault(source, 0L)));
        return Collections.unmodifiableMap(all);
    }

    private static Map<String, Long> largestFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(sorted);
    }
}
