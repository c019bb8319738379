package org.minyi.intake.report.persistence;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.chassis.outbox.OutboxStore;
import org.minyi.intake.report.domain.Actor;
import org.minyi.intake.report.domain.Assessment;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportFixture;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.TrackingNumber;
import org.minyi.testing.TestInfrastructure;
import org.minyi.testing.contracts.OutboxStoreContract;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Intake's report store keeps the outbox contract: a submission and a withdrawal, each with its events. */
class ReportsOutboxContractIT extends OutboxStoreContract {

    private final AtomicLong serial = new AtomicLong();
    private MongoClient client;
    private MongoOutbox outbox;
    private MongoReports reports;

    @BeforeEach
    void freshDatabase() {
        client = MongoClients.create(TestInfrastructure.start().mongoUri());
        MongoTemplate mongo = new MongoTemplate(client, "intake_outbox_" + UUID.randomUUID().toString().substring(0, 8));
        outbox = new MongoOutbox(mongo, "reports", nudges(), Clock.systemUTC());
        reports = new MongoReports(mongo, outbox, translation());
        reports.createIndexes();
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
        Report.Submission submission = Report.submit(ReportId.random(), TrackingNumber.of(2026, serial.incrementAndGet()),
                ReportFixture.content("chengguan"), Actor.station("chengguan"), null, ReportFixture.NOW, Assessment.NONE);
        reports.add(submission.report(), List.of(submission.submitted()));
        return submission.report().id().value();
    }

    @Override
    protected void change(String aggregateId) {
        Report report = reports.find(new ReportId(aggregateId)).orElseThrow();
        reports.update(report, List.of(report.withdraw(Actor.station("chengguan"), null,
                ReportFixture.NOW.plusSeconds(60))));
    }
}
