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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Points tables in MongoDB ({@code pointsTables}, {@code _id} = year). Points are kept as decimal
 * strings ("2.50"), so they come back exactly; each change sets the table and appends it to
 * {@code history} in the same single-document write.
 */
public class MongoPointsTables implements PointsTables {

    static final String COLLECTION = "pointsTables";

    private final MongoTemplate mongo;

    public MongoPointsTables(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<PointsTable> of(int year) {
        Document doc = mongo.findById(year, Document.class, COLLECTION);
        if (doc == null) {
            return Optional.empty();
        }
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
        return Optional.of(new PointsTable(year, new BigDecimal(doc.getString("countyAdoption")),
                new BigDecimal(doc.getString("specialPublication")), upstream, instruction,
                SplitRule.valueOf(doc.getString("split"))));
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
        Update update = new Update();
        state.forEach(update::set);
        update.set("updatedAt", at).set("updatedBy", by)
                .push("history", new Document(state).append("at", at).append("by", by)
                        .append("correlationId", correlationId));
        mongo.upsert(Query.query(Criteria.where("_id").is(table.year())), update, COLLECTION);
    }
}
