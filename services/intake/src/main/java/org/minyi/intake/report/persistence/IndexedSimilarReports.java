package org.minyi.intake.report.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.minyi.intake.report.domain.DuplicatePolicy;
import org.minyi.intake.report.domain.PossibleDuplicate;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.Signature;
import org.minyi.intake.report.domain.SimilarReports;
import org.minyi.intake.report.domain.SimilarityIndex;
import org.minyi.intake.report.domain.TrackingNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Recent signatures in memory, so that a submission is compared without reading the database. The index
 * is filled from the stored reports of the duplicate window at start, learns this replica's submissions
 * as they are stored, and every {@code refreshEvery} reads what other replicas stored since (with a
 * margin for slow writes) and forgets what left the window. Each report stores its own signature, so
 * nothing is lost when a replica restarts.
 */
public class IndexedSimilarReports implements SimilarReports, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexedSimilarReports.class);
    private static final Duration MARGIN = Duration.ofMinutes(2);

    private final MongoTemplate mongo;
    private final SimilarityIndex index;
    private final DuplicatePolicy policy;
    private final Clock clock;
    private final Duration refreshEvery;
    private volatile Instant readUpTo;
    private volatile boolean running;
    private Thread refresher;

    public IndexedSimilarReports(MongoTemplate mongo, SimilarityIndex index, DuplicatePolicy policy, Clock clock,
                                 Duration refreshEvery) {
        this.mongo = mongo;
        this.index = index;
        this.policy = policy;
        this.clock = clock;
        this.refreshEvery = refreshEvery;
    }

    @Override
    public List<PossibleDuplicate> similarTo(String county, Signature signature, ReportId excluding, Instant since,
                                             double threshold, int limit) {
        return index.similarTo(county, signature, excluding, since, threshold, limit);
    }

    @Override
    public void remember(SimilarityIndex.Entry entry) {
        index.add(entry);
    }

    /** Reads the stored signatures submitted since the last read (all of the window, the first time). */
    public void refresh() {
        Instant now = clock.instant();
        Instant from = readUpTo == null ? policy.since(now) : readUpTo.minus(MARGIN);
        Query query = Query.query(Criteria.where("submittedAt").gte(from).and("similarity.signature.0").exists(true));
        query.fields().include("trackingNumber").include("submittedAt").include("similarity");
        int read = 0;
        for (Document doc : mongo.find(query, Document.class, ReportDocument.COLLECTION)) {
            Document similarity = doc.get("similarity", Document.class);
            List<Integer> signature = similarity.getList("signature", Integer.class);
            if (index.add(new SimilarityIndex.Entry(new ReportId(doc.getString("_id")),
                    new TrackingNumber(doc.getString("trackingNumber")), similarity.getString("county"),
                    doc.getDate("submittedAt").toInstant(), Signature.of(signature)))) {
                read++;
            }
        }
        index.forgetBefore(policy.since(now));
        readUpTo = now;
        if (read > 0) {
            log.debug("Similarity index learnt {} submissions; it holds {}", read, index.size());
        }
    }

    @Override
    public void start() {
        running = true;
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Similarity index starts empty, the database did not answer: {}", e.toString());
        }
        refresher = new Thread(this::keepRefreshing, "similarity-refresh");
        refresher.setDaemon(true);
        refresher.start();
    }

    private void keepRefreshing() {
        while (running) {
            try {
                Thread.sleep(refreshEvery.toMillis());
                refresh();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Similarity index not refreshed: {}", e.toString());
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (refresher != null) {
            refresher.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
