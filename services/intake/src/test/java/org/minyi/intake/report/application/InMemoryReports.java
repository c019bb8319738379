package org.minyi.intake.report.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.minyi.intake.report.domain.PageOf;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportEvent;
import org.minyi.intake.report.domain.ReportFilter;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.Reports;
import org.minyi.intake.report.domain.TrackingNumbers;
import org.minyi.intake.report.domain.Visibility;

/**
 * Reports kept the way MongoDB keeps them for these purposes: an insert is refused when the tracking
 * number or the submission key is taken (unique indexes), atomically; an insert can be made to fail
 * as if the database went away, and then stores nothing.
 */
final class InMemoryReports implements Reports, TrackingNumbers {

    private final Map<ReportId, Report> byId = new ConcurrentHashMap<>();
    private final Map<String, ReportId> byNumber = new ConcurrentHashMap<>();
    private final Map<String, ReportId> byKey = new ConcurrentHashMap<>();
    private final Map<Integer, Long> counters = new ConcurrentHashMap<>();
    private final AtomicInteger failingAdds = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile CyclicBarrier meeting;

    /** The next {@code count} inserts fail as if the database were away. */
    void failNextAdds(int count) {
        failingAdds.set(count);
    }

    /** The counters start again from nothing, as after a restore of an older backup. */
    void loseTheCounters() {
        counters.clear();
    }

    /**
     * Each of the next inserts waits until {@code parties} inserts are under way at once: if submissions
     * waited on one another, they would never meet, and each would fail after {@code patience}.
     */
    void insertsMeetInGroupsOf(int parties, Duration patience) {
        meeting = new CyclicBarrier(parties);
        this.patience = patience;
    }

    private volatile Duration patience;

    int insertAttempts() {
        return attempts.get();
    }

    List<String> trackingNumbers() {
        return byNumber.keySet().stream().sorted().toList();
    }

    @Override
    public Optional<Report> find(ReportId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Report> findVisible(ReportId id, Visibility visibility) {
        return find(id);
    }

    @Override
    public Set<ReportId> visibleAmong(Collection<ReportId> ids, Visibility visibility) {
        return ids.stream().filter(byId::containsKey).collect(Collectors.toSet());
    }

    @Override
    public PageOf<Report> list(Visibility visibility, ReportFilter filter, int page, int size) {
        List<Report> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(Report::submittedAt).reversed());
        return new PageOf<>(all, page, size, all.size());
    }

    @Override
    public Optional<Report> findBySubmissionKey(String principal, String key) {
        return Optional.ofNullable(byKey.get(principal + ":" + key)).map(byId::get);
    }

    @Override
    public void add(Report report, List<ReportEvent> events) {
        CyclicBarrier group = meeting;
        if (group != null) {
            try {
                group.await(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("submissions did not meet: one waited for another", e);
            }
        }
        insert(report);
    }

    private synchronized void insert(Report report) {
        attempts.incrementAndGet();
        if (failingAdds.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the database is away");
        }
        String key = report.submissionKey() == null ? null
                : report.submissionKey().principal() + ":" + report.submissionKey().key();
        if (key != null && byKey.containsKey(key)) {
            throw new DuplicateSubmission(key);
        }
        if (byNumber.containsKey(report.trackingNumber().value())) {
            throw new TrackingNumberTaken(report.trackingNumber().value());
        }
        byId.put(report.id(), report);
        byNumber.put(report.trackingNumber().value(), report.id());
        if (key != null) {
            byKey.put(key, report.id());
        }
    }

    @Override
    public void update(Report report, List<ReportEvent> events) {
        byId.put(report.id(), report);
    }

    @Override
    public long take(int year) {
        return counters.merge(year, 1L, Long::sum);
    }

    @Override
    public void atLeast(int year, long serial) {
        counters.merge(year, serial, Math::max);
    }

    @Override
    public long highestUsed(int year) {
        return byNumber.keySet().stream().filter(n -> n.startsWith("SQ-" + year + "-"))
                .mapToLong(n -> Long.parseLong(n.substring(8))).max().orElse(0);
    }
}
