package org.minyi.intake.report.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.intake.report.domain.Actor;
import org.minyi.intake.report.domain.Assessment;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportFilter;
import org.minyi.intake.report.domain.ReportFixture;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.ReportStatus;
import org.minyi.intake.report.domain.TrackingNumber;
import org.minyi.intake.report.domain.Visibility;
import org.minyi.testing.TestInfrastructure;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report store on the database: a stale write refused, and each caller's reads limited inside the query. */
class MongoReportsIT {

    private final AtomicLong serial = new AtomicLong();
    private MongoClient client;
    private MongoReports reports;

    @BeforeEach
    void freshDatabase() {
        client = MongoClients.create(TestInfrastructure.start().mongoUri());
        MongoTemplate mongo = new MongoTemplate(client, "intake_reports_" + UUID.randomUUID().toString().substring(0, 8));
        MongoOutbox outbox = new MongoOutbox(mongo, "reports", event -> { }, Clock.systemUTC());
        reports = new MongoReports(mongo, outbox, (report, events) -> List.of());
        reports.createIndexes();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aWriteOnAStaleReadIsRefusedAndWritesNothing() {
        ReportId id = submit(Actor.station("xishan"), "xishan");
        Report first = reports.find(id).orElseThrow();
        Report second = reports.find(id).orElseThrow();
        reports.update(first, List.of(first.withdraw(Actor.station("xishan"), null,
                ReportFixture.NOW.plusSeconds(60))));

        second.observe(ReportFixture.announced(ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2));
        assertThatThrownBy(() -> reports.update(second, List.of())).isInstanceOf(ConcurrentWrite.class);

        Report stored = reports.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(ReportStatus.WITHDRAWN);
        assertThat(stored.committee()).isNull();
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void eachCallerReadsOnlyWhatItMaySee() {
        ReportId xishan = submit(Actor.station("xishan"), "xishan");
        ReportId byMember = submit(Actor.member("m0006"), "chengguan", "m0006");
        Report routed = reports.find(byMember).orElseThrow();
        routed.observe(ReportFixture.announced(ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2));
        reports.update(routed, List.of());

        Visibility station = Visibility.of(Actor.station("xishan"));
        Visibility member = Visibility.of(Actor.member("m0006"));
        Visibility reviewer = new Visibility.OfCommittee("economy");
        Visibility office = Visibility.of(Actor.office());
        assertThat(reports.findVisible(xishan, station)).isPresent();
        assertThat(reports.findVisible(byMember, station)).isEmpty();
        assertThat(reports.findVisible(byMember, member)).isPresent();
        assertThat(reports.findVisible(byMember, reviewer)).isPresent();
        assertThat(reports.findVisible(xishan, reviewer)).isEmpty();
        assertThat(reports.findVisible(xishan, office)).isPresent();
        assertThat(reports.findVisible(xishan, new Visibility.Nothing())).isEmpty();

        assertThat(reports.visibleAmong(Set.of(xishan, byMember), member)).containsExactly(byMember);
        assertThat(reports.visibleAmong(Set.of(xishan, byMember), office)).containsExactlyInAnyOrder(xishan, byMember);

        assertThat(ids(office, new ReportFilter(null, null))).containsExactly(byMember, xishan);
        assertThat(ids(office, new ReportFilter(ReportStatus.ROUTED, null))).containsExactly(byMember);
        assertThat(ids(station, new ReportFilter(null, null))).containsExactly(xishan);
        assertThat(ids(station, new ReportFilter(null, "chengguan"))).isEmpty();
        assertThat(ids(reviewer, new ReportFilter(ReportStatus.ROUTED, "chengguan"))).containsExactly(byMember);
        assertThat(ids(new Visibility.Nothing(), new ReportFilter(null, null))).isEmpty();
        assertThat(reports.list(office, new ReportFilter(ReportStatus.SUBMITTED, null), 0, 10).total()).isEqualTo(1);
    }

    private ReportId submit(Actor by, String township, String... authors) {
        Report.Submission submission = Report.submit(ReportId.random(), TrackingNumber.of(2026, serial.incrementAndGet()),
                ReportFixture.content(township, authors), by, null,
                ReportFixture.NOW.plusSeconds(serial.get()), Assessment.NONE);
        reports.add(submission.report(), List.of(submission.submitted()));
        return submission.report().id();
    }

    private List<ReportId> ids(Visibility visibility, ReportFilter filter) {
        return reports.list(visibility, filter, 0, 10).items().stream().map(Report::id).toList();
    }
}
