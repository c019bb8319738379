package org.minyi.routing.report.persistence;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.chassis.outbox.OutboxStore;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.domain.RoutingCaseFixture;
import org.minyi.routing.report.domain.Submission;
import org.minyi.routing.rules.domain.Category;
import org.minyi.testing.TestInfrastructure;
import org.minyi.testing.contracts.OutboxStoreContract;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Routing's case store keeps the outbox contract: a routing by the rules opens a case with its events,
 * and a re-routing by the office adds more.
 */
class RoutingCasesOutboxContractIT extends OutboxStoreContract {

    private MongoClient client;
    private MongoOutbox outbox;
    private MongoRoutingCases cases;

    @BeforeEach
    void freshDatabase() {
        client = MongoClients.create(TestInfrastructure.start().mongoUri());
        MongoTemplate mongo = new MongoTemplate(client, "routing_outbox_" + UUID.randomUUID().toString().substring(0, 8));
        outbox = new MongoOutbox(mongo, MongoRoutingCases.COLLECTION, nudges(), Clock.systemUTC());
        cases = new MongoRoutingCases(mongo, outbox, translation());
        cases.createIndexes();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Override
    protected OutboxStore store() {
        return outbox;
    }

    @Override
    protected String create() {
        ReportId id = new ReportId(UUID.randomUUID().toString());
        Submission submission = new Submission(UUID.randomUUID(), id, "SQ-2026-000123", 1, 1,
                RoutingCaseFixture.SUBMITTED_AT, "station-chengguan",
                RoutingCaseFixture.content(Category.DAILY_LIFE, "education"), RoutingCaseFixture.SLOW);
        RoutingCase.Opened opened = RoutingCase.open(submission, RoutingCaseFixture.ROUTER, RoutingCaseFixture.NOW);
        cases.add(opened.routingCase(), List.of(opened.routed()));
        return id.value();
    }

    @Override
    protected void change(String aggregateId) {
        RoutingCase routingCase = cases.find(new ReportId(aggregateId)).orElseThrow();
        String elsewhere = "social-legal".equals(routingCase.committee()) ? "economy" : "social-legal";
        cases.update(routingCase, List.of(routingCase.reroute(elsewhere, "改派", "office",
                RoutingCaseFixture.NOW.plusSeconds(60))));
    }
}
