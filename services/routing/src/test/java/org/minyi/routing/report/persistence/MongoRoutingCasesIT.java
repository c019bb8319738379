package org.minyi.routing.report.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.routing.report.domain.ReportContent;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.ReportStatus;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.domain.RoutingCaseFixture;
import org.minyi.routing.report.domain.Submission;
import org.minyi.routing.rules.domain.Category;
import org.minyi.routing.topic.domain.Coverage;
import org.minyi.testing.TestInfrastructure;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case store writes only over the version it read, and a topic's coverage follows what cases name now. */
class MongoRoutingCasesIT {

    private static final String TOPIC = "2026Q1-01";

    private MongoClient client;
    private MongoRoutingCases cases;
    private MongoTopicCoverage coverage;

    @BeforeEach
    void freshDatabase() {
        client = MongoClients.create(TestInfrastructure.start().mongoUri());
        MongoTemplate mongo = new MongoTemplate(client, "routing_cases_" + UUID.randomUUID().toString().substring(0, 8));
        MongoOutbox outbox = new MongoOutbox(mongo, MongoRoutingCases.COLLECTION, event -> { }, Clock.systemUTC());
        cases = new MongoRoutingCases(mongo, outbox, (routingCase, events) -> List.of());
        cases.createIndexes();
        coverage = new MongoTopicCoverage(mongo);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aCaseOpenedOrChangedSinceItWasReadIsNotWrittenOver() {
        Submission first = submission(new ReportId(UUID.randomUUID().toString()), 1, TOPIC);
        RoutingCase.Opened opened = RoutingCase.open(first, RoutingCaseFixture.ROUTER, RoutingCaseFixture.NOW);
        cases.add(opened.routingCase(), List.of(opened.routed()));
        assertThatThrownBy(() -> cases.add(opened.routingCase(), List.of(opened.routed())))
                .isInstanceOf(ConcurrentWrite.class);

        RoutingCase read = cases.find(first.reportId()).orElseThrow();
        RoutingCase readAgain = cases.find(first.reportId()).orElseThrow();
        read.observe(RoutingCaseFixture.announced(ReportStatus.UNDER_REVIEW, 3));
        cases.update(read, List.of());
        readAgain.observe(RoutingCaseFixture.announced(ReportStatus.WITHDRAWN, 3));

        assertThatThrownBy(() -> cases.update(readAgain, List.of())).isInstanceOf(ConcurrentWrite.class);
        assertThat(cases.find(first.reportId()).orElseThrow().status()).isEqualTo(ReportStatus.UNDER_REVIEW);
    }

    @Test
    void aRevisionThatNamesNoTopicLeavesTheTopicsCoverage() {
        ReportId stays = new ReportId(UUID.randomUUID().toString());
        ReportId leaves = new ReportId(UUID.randomUUID().toString());
        for (ReportId id : List.of(stays, leaves)) {
            RoutingCase.Opened opened = RoutingCase.open(submission(id, 1, TOPIC), RoutingCaseFixture.ROUTER,
                    RoutingCaseFixture.NOW);
            cases.add(opened.routingCase(), List.of(opened.routed()));
        }
        assertThat(coverage.of(List.of(TOPIC, "2026Q1-02"))).isEqualTo(Map.of(TOPIC, new Coverage(2, 0)));

        RoutingCase revised = cases.find(leaves).orElseThrow();
        revised.route(submission(leaves, 3, null), RoutingCaseFixture.ROUTER, RoutingCaseFixture.NOW).orElseThrow();
        cases.update(revised, List.of());

        assertThat(cases.find(leaves).orElseThrow().topicId()).isNull();
        assertThat(coverage.of(List.of(TOPIC))).isEqualTo(Map.of(TOPIC, new Coverage(1, 0)));
    }

    private static Submission submission(ReportId id, long sequence, String topicId) {
        ReportContent c = RoutingCaseFixture.content(Category.DAILY_LIFE, "education");
        ReportContent content = new ReportContent(c.title(), c.category(), c.domain(), c.situation(), c.analysis(),
                c.suggestions(), c.township(), c.sector(), c.authors(), c.onBehalfOf(), topicId, c.urgent(),
                c.occurredOn());
        return new Submission(UUID.randomUUID(), id, "SQ-2026-000123", (int) sequence, sequence,
                RoutingCaseFixture.SUBMITTED_AT, "station-chengguan", content, null);
    }
}
