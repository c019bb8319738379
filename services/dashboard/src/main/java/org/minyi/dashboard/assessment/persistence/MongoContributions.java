package org.minyi.dashboard.assessment.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.minyi.dashboard.assessment.domain.Achievement;
import org.minyi.dashboard.assessment.domain.Adoption;
import org.minyi.dashboard.assessment.domain.Contributions;
import org.minyi.dashboard.assessment.domain.Level;
import org.minyi.dashboard.assessment.domain.Merge;
import org.minyi.dashboard.assessment.domain.Mode;
import org.minyi.dashboard.assessment.domain.Submission;
import org.minyi.dashboard.assessment.domain.YearFacts;
import org.minyi.dashboard.board.domain.SubmissionCounts;
import org.minyi.dashboard.persistence.SequencedUpsert;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The assessment's facts in MongoDB, one collection per kind. Submissions, adoptions and merges are
 * written by a {@link SequencedUpsert} — a newer event replaces the fact, a new one is inserted, a
 * repeated or stale one changes nothing; achievements are inserted once under their event id. Each is
 * one atomic single-document write.
 */
public class MongoContributions implements Contributions, SubmissionCounts {

    private final MongoTemplate mongo;

    public MongoContributions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void createIndexes() {
        mongo.indexOps(SubmissionDocument.class).createIndex(new Index("year", Sort.Direction.ASC));
        mongo.indexOps(AdoptionDocument.class).createIndex(new Index("year", Sort.Direction.ASC));
        mongo.indexOps(AchievementDocument.class).createIndex(new Index("year", Sort.Direction.ASC));
        mongo.indexOps(MergeDocument.class).createIndex(new Index("constituents.reportId", Sort.Direction.ASC));
    }

    @Override
    public boolean record(Submission s) {
        Update update = new Update()
                .set("trackingNumber", s.trackingNumber())
                .set("sequence", s.sequence())
                .set("authors", s.authors())
                .set("township", s.township())
                .set("sector", s.sector())
                .set("category", s.category())
                .set("topic", s.topic())
                .set("source", s.source())
                // a revision keeps the date, and so the year, of the first submission
                .setOnInsert("submittedOn", s.submittedOn().toString())
                .setOnInsert("year", s.year());
        return SequencedUpsert.ifNewer(mongo, SubmissionDocument.COLLECTION, s.reportId(), s.sequence(), update);
    }

    @Override
    public boolean record(Adoption a) {
        Update update = new Update()
                .set("eventId", a.eventId().toString())
                .set("trackingNumber", a.trackingNumber())
                .set("sequence", a.sequence())
                .set("year", a.year())
                .set("adoptedOn", a.adoptedOn().toString())
                .set("adoptedAt", a.adoptedAt())
                .set("committee", a.committee())
                .set("grade", a.grade())
                .set("township", a.township())
                .set("sector", a.sector())
                .set("authors", a.authors())
                .set("composite", a.composite())
                .set("constituents", a.constituents());
        return SequencedUpsert.ifNewer(mongo, AdoptionDocument.COLLECTION, a.reportId(), a.sequence(), update);
    }

    @Override
    public boolean record(Merge m) {
        List<Document> constituents = m.constituents().stream()
                .map(c -> new Document("reportId", c.reportId()).append("trackingNumber", c.trackingNumber())
                        .append("authors", c.authors()))
                .toList();
        Update update = new Update()
                .set("eventId", m.eventId().toString())
                .set("trackingNumber", m.trackingNumber())
                .set("sequence", m.sequence())
                .set("committee", m.committee())
                .set("township", m.township())
                .set("constituents", constituents);
        return SequencedUpsert.ifNewer(mongo, MergeDocument.COLLECTION, m.compositeId(), m.sequence(), update);
    }

    @Override
    public boolean record(Achievement a) {
        try {
            mongo.insert(new AchievementDocument(a.eventId().toString(), a.kind().name(),
                    a.level() == null ? null : a.level().name(), a.mode() == null ? null : a.mode().name(),
                    a.reportId(), a.trackingNumber(), a.year(), a.on().toString(), a.committee(), a.township(),
                    a.sector(), a.authors()));
            return true;
        } catch (DuplicateKeyException repeat) {
            return false;
        }
    }

    /**
     * The year's submissions, adoptions and achievements; the adoptions of the year before (for the
     * talk list); and what they refer to — the merges behind composites, the adoptions of the year's
     * submissions (for adoption rates) and of the reports that earned achievements (adopted in an earlier
     * year, for a member's standing), the submissions of constituents (for their townships and sectors).
     */
    @Override
    public YearFacts forYear(int year) {
        Map<String, AdoptionDocument> adoptions = new HashMap<>();
        mongo.find(Query.query(Criteria.where("year").in(year - 1, year)), AdoptionDocument.class)
                .forEach(a -> adoptions.put(a.id(), a));
        Map<String, SubmissionDocument> submissions = new HashMap<>();
        mongo.find(Query.query(Criteria.where("year").is(year)), SubmissionDocument.class)
                .forEach(s -> submissions.put(s.id(), s));
        List<AchievementDocument> achievements = mongo.find(Query.query(Criteria.where("year").is(year)),
                AchievementDocument.class);

        Set<String> composites = new LinkedHashSet<>(adoptions.keySet());
        achievements.forEach(a -> composites.add(a.reportId()));
        Map<String, MergeDocument> merges = new HashMap<>();
        byIds(composites, MergeDocument.class).forEach(m -> merges.put(m.id(), m));
        if (!submissions.isEmpty()) {
            mongo.find(Query.query(Criteria.where("constituents.reportId").in(submissions.keySet())), MergeDocument.class)
                    .forEach(m -> merges.put(m.id(), m));
        }

        Set<String> adoptionsWanted = new LinkedHashSet<>(submissions.keySet());
        adoptionsWanted.addAll(merges.keySet());
        achievements.forEach(a -> adoptionsWanted.add(a.reportId()));
        adoptionsWanted.removeAll(adoptions.keySet());
        byIds(adoptionsWanted, AdoptionDocument.class).forEach(a -> adoptions.put(a.id(), a));

        Set<String> submissionsWanted = new LinkedHashSet<>(adoptions.keySet());
        achievements.forEach(a -> submissionsWanted.add(a.reportId()));
        merges.values().forEach(m -> m.constituents().forEach(c -> submissionsWanted.add(c.reportId())));
        submissionsWanted.removeAll(submissions.keySet());
        byIds(submissionsWanted, SubmissionDocument.class).forEach(s -> submissions.put(s.id(), s));

        return new YearFacts(
                submissions.values().stream().map(MongoContributions::toSubmission).toList(),
                adoptions.values().stream().map(MongoContributions::toAdoption).toList(),
                merges.values().stream().map(MongoContributions::toMerge).toList(),
                achievements.stream().map(MongoContributions::toAchievement).toList());
    }

    @Override
    public Map<String, Long> countByTopic() {
        return countBy("topic");
    }

    @Override
    public Map<String, Long> countBySource() {
        return countBy("source");
    }

    private Map<String, Long> countBy(String field) {
        Aggregation grouped = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(field).ne(null)),
                Aggregation.group(field).count().as("count"));
        Map<String, Long> counts = new HashMap<>();
        for (Document group : mongo.aggregate(grouped, SubmissionDocument.COLLECTION, Document.class)) {
            if (group.get("_id") instanceof String value) {
                counts.put(value, group.get("count", Number.class).longValue());
            }
        }
        return counts;
    }

    @Override
    public void wipe() {
        for (String collection : List.of(SubmissionDocument.COLLECTION, AdoptionDocument.COLLECTION,
                MergeDocument.COLLECTION, AchievementDocument.COLLECTION)) {
            mongo.remove(new Query(), collection);
        }
    }

    private <T> List<T> byIds(Collection<String> ids, Class<T> type) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<T> found = new ArrayList<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            found.addAll(mongo.find(Query.query(Criteria.where("_id").in(chunk)), type));
        }
        return found;
    }

    private static Submission toSubmission(SubmissionDocument d) {
        return new Submission(d.id(), d.trackingNumber(), d.sequence(), LocalDate.parse(d.submittedOn()), d.authors(),
                d.township(), d.sector(), d.category(), d.topic(), d.source());
    }

    private static Adoption toAdoption(AdoptionDocument d) {
        return new Adoption(UUID.fromString(d.eventId()), d.id(), d.trackingNumber(), d.sequence(),
                LocalDate.parse(d.adoptedOn()), d.adoptedAt(), d.committee(), d.grade(), d.township(), d.sector(),
                d.authors(), d.composite(), d.constituents());
    }

    private static Merge toMerge(MergeDocument d) {
        List<Merge.Constituent> constituents = d.constituents() == null ? List.of() : d.constituents().stream()
                .map(c -> new Merge.Constituent(c.reportId(), c.trackingNumber(), c.authors())).toList();
        return new Merge(UUID.fromString(d.eventId()), d.id(), d.trackingNumber(), d.sequence(), d.committee(),
                d.township(), constituents);
    }

    private static Achievement toAchievement(AchievementDocument d) {
        return new Achievement(UUID.fromString(d.id()), Achievement.Kind.valueOf(d.kind()),
                d.level() == null ? null : Level.valueOf(d.level()), d.mode() == null ? null : Mode.valueOf(d.mode()),
                d.reportId(), d.trackingNumber(), d.year(), LocalDate.parse(d.on()), d.committee(), d.township(),
                d.sector(), d.authors());
    }
}
