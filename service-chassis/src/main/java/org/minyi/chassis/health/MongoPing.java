package org.minyi.chassis.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Database health that works on every MongoDB-wire server: {@code ping} rather than Boot's {@code hello},
 * which the local stand-in (mongo-java-server) does not answer.
 */
public final class MongoPing implements HealthIndicator {

    private final MongoTemplate mongo;

    public MongoPing(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Health health() {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        return Health.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok")).build();
    }
}
