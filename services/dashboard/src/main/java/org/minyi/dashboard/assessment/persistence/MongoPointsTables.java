package org.minyi.dashboard.assessment.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.minyi.dashboard.assessment.domain.Level;
import org.minyi.dashboard.assessment.domain.Mode;
import org.minyi.dashboard.assessment.domain.PointsTable;
import org.minyi.dashboard.assessment.domain.PointsTables;
import org.minyi.dashboard.assessment.domain.SplitRule;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Points tables in MongoDB ({@code pointsTables}, {@code _id} = year, kept as {@link OfficeSettings} with
 * their history). Points are kept as decimal strings ("2.50"), so they come back exactly.
 */
public class MongoPointsTables implements PointsTables {

    static final String COLLECTION = "pointsTables";

    private final OfficeSettings settings;

    public MongoPointsTables(MongoTemplate mongo) {
        this.settings = new OfficeSettings(mongo, COLLECTION);
    }

    @Override
    public Optional<PointsTable> of(int year) {
        return settings.of(year).map(doc -> table(year, doc));
    }

    @Override
    public void put(PointsTable table, String by, Instant at, String correlationId) {
        Document upstream = new Document();
        table.upstream().forEach((level, byMode) -> {
            Document modes = new Document();
            byMode.forEach((mode, points) -> modes.append(mode.name(), points.toPlainString()));
            upstream.append(level.name(), modes);
        });
        Document instruction = new Document();
        table.instruction().forEach((level, points) -> instruction.append(level.name(), points.toPlainString()));
        Document state = new Document("countyAdoption", table.countyAdoption().toPlainString())
                .append("specialPublication", table.specialPublication().toPlainString())
                .append("upstream", upstream)
                .append("instruction", instruction)
                .append("split", table.split().name());
        settings.put(table.year(), state, by, at, correlationId);
    }

    private static PointsTable table(int year, Document doc) {
        Document upstreamDoc = doc.get("upstream", Document.class);
        Map<Level, Map<Mode, BigDecimal>> upstream = new EnumMap<>(Level.class);
        upstreamDoc.forEach((level, byMode) -> {
            Map<Mode, BigDecimal> points = new EnumMap<>(Mode.class);
            ((Document) byMode).forEach((mode, value) -> points.put(Mode.valueOf(mode), new BigDecimal((String) value)));
            upstream.put(Level.valueOf(level), points);
        });
        Map<Level, BigDecimal> instruction = new EnumMap<>(Level.class);
        doc.get("instruction", Document.class)
                .forEach((level, value) -> instruction.put(Level.valueOf(level), new BigDecimal((String) value)));
        return new PointsTable(year, new BigDecimal(doc.getString("countyAdoption")),
                new BigDecimal(doc.getString("specialPublication")), upstream, instruction,
                SplitRule.valueOf(doc.getString("split")));
    }
}
