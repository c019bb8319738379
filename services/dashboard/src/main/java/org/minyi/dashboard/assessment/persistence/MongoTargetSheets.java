package org.minyi.dashboard.assessment.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.minyi.dashboard.assessment.domain.GradingScale;
import org.minyi.dashboard.assessment.domain.TargetSheet;
import org.minyi.dashboard.assessment.domain.TargetSheets;
import org.minyi.dashboard.reference.domain.UnitKind;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Target sheets in MongoDB ({@code targets}, {@code _id} = year). Targets are stored as lists of
 * {@code {code, target}} (codes may hold dots, which field names may not); each change sets the
 * sheet and appends it, with who and when, to {@code history} in the same single-document write.
 * The office's settings are not projections: a replay leaves them alone.
 */
public class MongoTargetSheets implements TargetSheets {

    static final String COLLECTION = "targets";

    private final MongoTemplate mongo;

    public MongoTargetSheets(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<TargetSheet> of(int year) {
        Document doc = mongo.findById(year, Document.class, COLLECTION);
        if (doc == null) {
            return Optional.empty();
        }
        Map<UnitKind, Map<String, Integer>> targets = new EnumMap<>(UnitKind.class);
        for (UnitKind kind : UnitKind.values()) {
            Map<String, Integer> byCode = new LinkedHashMap<>();
            List<Document> entries = doc.getList(kind.name(), Document.class, List.of());
            entries.forEach(entry -> byCode.put(entry.getString("code"), entry.get("target", Number.class).intValue()));
            targets.put(kind, byCode);
        }
        Document grading = doc.get("grading", Document.class);
        return Optional.of(new TargetSheet(year, targets, grading == null ? GradingScale.DEFAULT
                : new GradingScale(grading.getInteger("excellent"), grading.getInteger("good"),
                grading.getInteger("basic"))));
    }

    @Override
    public void put(TargetSheet sheet, String by, Instant at, String correlationId) {
        Document state = new Document();
        for (UnitKind kind : UnitKind.values()) {
            List<Document> entries = new ArrayList<>();
            sheet.targets().get(kind).forEach((code, target) -> entries.add(new Document("code", code).append("target", target)));
            state.append(kind.name(), entries);
        }
        state.append("grading", new Document("excellent", sheet.grading().excellent())
                .append("good", sheet.grading().good()).append("basic", sheet.grading().basic()));
        Update update = new Update();
        state.forEach(update::set);
        update.set("updatedAt", at).set("updatedBy", by)
                .push("history", new Document(state).append("at", at).append("by", by)
                        .append("correlationId", correlationId));
        mongo.upsert(Query.query(Criteria.where("_id").is(sheet.year())), update, COLLECTION);
    }
}
