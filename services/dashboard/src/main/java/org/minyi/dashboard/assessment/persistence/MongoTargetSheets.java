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

/**
 * Target sheets in MongoDB ({@code targets}, {@code _id} = year, kept as {@link OfficeSettings} with
 * their history). Targets are stored as lists of {@code {code, target}} (codes may hold dots, which
 * field names may not).
 */
public class MongoTargetSheets implements TargetSheets {

    static final String COLLECTION = "targets";

    private final OfficeSettings settings;

    public MongoTargetSheets(MongoTemplate mongo) {
        this.settings = new OfficeSettings(mongo, COLLECTION);
    }

    @Override
    public Optional<TargetSheet> of(int year) {
        return settings.of(year).map(doc -> sheet(year, doc));
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
        settings.put(sheet.year(), state, by, at, correlationId);
    }

    private static TargetSheet sheet(int year, Document doc) {
        Map<UnitKind, Map<String, Integer>> targets = new EnumMap<>(UnitKind.class);
        for (UnitKind kind : UnitKind.values()) {
            Map<String, Integer> byCode = new LinkedHashMap<>();
            List<Document> entries = doc.getList(kind.name(), Document.class, List.of());
            entries.forEach(entry -> byCode.put(entry.getString("code"), entry.get("target", Number.class).intValue()));
            targets.put(kind, byCode);
        }
        Document grading = doc.get("grading", Document.class);
        return new TargetSheet(year, targets, grading == null ? GradingScale.DEFAULT
                : new GradingScale(grading.getInteger("excellent"), grading.getInteger("good"),
                grading.getInteger("basic")));
    }
}
