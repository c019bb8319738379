package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Recent reports' signatures, per county, in buckets keyed by (position, value): two reports share
 * a bucket for every position where their signatures agree, so counting shared buckets finds the
 * similar ones without comparing against every report. Buckets keep their {@code bucketCap} most
 * recent entries (a flood of near-identical reports stays cheap), a county its {@code countyCap} most
 * recent reports; the best {@code candidateCap} candidates are then compared signature to signature.
 * A report is known by its latest submission: a revision replaces it.
 */
public final class SimilarityIndex {

    private final int bucketCap;
    private final int countyCap;
    private final int candidateCap;
    private final Map<String, County> counties = new HashMap<>();
    private final Map<ReportId, Entry> latest = new HashMap<>();

    public SimilarityIndex(int bucketCap, int countyCap, int candidateCap) {
        if (bucketCap < 1 || countyCap < 1 || candidateCap < 1) {
            throw new IllegalArgumentException("caps must be positive");
        }
        this.bucketCap = bucketCap;
        this.countyCap = countyCap;
        this.candidateCap = candidateCap;
    }

    public static SimilarityIndex standard() {
        return new SimilarityIndex(64, 10_000, 64);
    }

    /** A report's latest submission; {@code submittedAt} orders the submissions of one report. */
    public record Entry(ReportId reportId, TrackingNumber trackingNumber, String county, Instant submittedAt,
                        Signature signature) {

        public Entry {
            Objects.requireNonNull(reportId, "reportId");
            Objects.requireNonNull(trackingNumber, "trackingNumber");
            Objects.requireNonNull(county, "county");
            Objects.requireNonNull(submittedAt, "submittedAt");
            Objects.requireNonNull(signature, "signature");
        }
    }

    /** Adds a submission; one not newer than what the index holds for the report changes nothing. */
    public synchronized boolean add(Entry entry) {
        Entry known = latest.get(entry.reportId());
        if (known != null && !entry.submittedAt().isAfter(known.submittedAt())) {
            return false;
        }
        latest.put(entry.reportId(), entry);
        County county = counties.computeIfAbsent(entry.county(), code -> new County());
        county.order.addLast(entry);
        Signature signature = entry.signature();
        for (int i = 0; i < signature.size(); i++) {
            ArrayDeque<Entry> bucket = county.buckets.computeIfAbsent(key(i, signature.value(i)), k -> new ArrayDeque<>());
            bucket.addLast(entry);
            if (bucket.size() > bucketCap) {
                bucket.pollFirst();
            }
        }
        while (county.order.size() > countyCap) {
            Entry oldest = county.order.pollFirst();
            if (latest.get(oldest.reportId()) == oldest) {
                latest.remove(oldest.reportId());
            }
        }
        return true;
    }

    /**
     * Reports of {@code county} submitted since {@code since}, other than {@code excluding}, whose
     * signature is at least {@code threshold} similar; the most similar first, at most {@code limit}.
     */
    public synchronized List<PossibleDuplicate> similarTo(String county, Signature signature, ReportId excluding,
                                                          Instant since, double threshold, int limit) {
        County index = counties.get(county);
        if (index == null) {
            return List.of();
        }
        Map<Entry, Integer> shared = new IdentityHashMap<>();
        for (int i = 0; i < signature.size(); i++) {
            ArrayDeque<Entry> bucket = index.buckets.get(key(i, signature.value(i)));
            if (bucket == null) {
                continue;
            }
            for (Entry entry : bucket) {
                if (latest.get(entry.reportId()) == entry && !entry.reportId().equals(excluding)
                        && !entry.submittedAt().isBefore(since)) {
                    shared.merge(entry, 1, Integer::sum);
                }
            }
        }
        List<PossibleDuplicate> found = new ArrayList<>();
        shared.entrySet().stream()
                .sorted(Map.Entry.<Entry, Integer>comparingByValue().reversed())
                .limit(candidateCap)
                .forEach(candidate -> {
                    double similarity = signature.similarity(candidate.getKey().signature());
                    if (similarity >= threshold) {
                        found.add(new PossibleDuplicate(candidate.getKey().reportId(),
                                candidate.getKey().trackingNumber(), similarity));
                    }
                });
        found.sort(Comparator.comparingDouble(PossibleDuplicate::similarity).reversed()
                .thenComparing(d -> d.trackingNumber().value()));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }

    /** Forgets submissions older than {@code cutoff} and clears buckets of what is no longer held. */
    public synchronized void forgetBefore(Instant cutoff) {
        latest.values().removeIf(entry -> entry.submittedAt().isBefore(cutoff));
        for (County county : counties.values()) {
            county.order.removeIf(entry -> latest.get(entry.reportId()) != entry);
            for (Iterator<ArrayDeque<Entry>> buckets = county.buckets.values().iterator(); buckets.hasNext(); ) {
                ArrayDeque<Entry> bucket = buckets.next();
                bucket.removeIf(entry -> latest.get(entry.reportId()) != entry);
                if (bucket.isEmpty()) {
                    buckets.remove();
                }
            }
        }
    }

    /** Reports held. */
    public synchronized int size() {
        return latest.size();
    }

    private static long key(int position, int value) {
        return ((long) position << 32) | (value & 0xFFFFFFFFL);
    }

    private static final class County {
        private final Map<Long, ArrayDeque<Entry>> buckets = new HashMap<>();
        private final ArrayDeque<Entry> order = new ArrayDeque<>();
    }
}
