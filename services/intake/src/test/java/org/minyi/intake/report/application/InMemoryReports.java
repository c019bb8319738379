package org.minyi.intake.report.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<Integer, Long> hints = new ConcurrentHashMap<>();
    private final AtomicInteger failingAdds = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean forgetIssued;

    /** The next {@code count} inserts fail as if the database were away. */
    void failNextAdds(int count) {
        failingAdds.set(count);
    }

    /** Issued numbers are not recorded: the hint stays where it is, as after a crash. */
    void loseTheHint() {
        forgetIssued = true;
        hints.clear();
    }

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
    public synchronized void add(Report report, List<ReportEvent> events) {
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
    public long lastIssued(int year) {
        return hints.getOrDefault(year, 0L);
    }

    @Override
    public void issued(int year, long serial) {
        if (!forgetIssued) {
            hints.merge(year, serial, Math::max);
        }
    }

    @Override
    public long highestUsed(int year) {
        return byNumber.keySet().stream().filter(n -> n.startsWith("SQ-" + year + "-"))
                .mapToLong(n -> Long.parseLong(n.substring(8))).max().orElse(0);
    }
}
