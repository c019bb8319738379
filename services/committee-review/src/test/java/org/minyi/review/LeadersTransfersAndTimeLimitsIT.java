package org.minyi.review;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minyi.events.review.ReportAdopted;
import org.minyi.events.review.ReportSentToLeaders;
import org.minyi.events.review.ReportTransferred;
import org.minyi.events.routing.ReportRouted;
import org.minyi.events.status.ReportFlagged;
import org.minyi.review.queue.application.WatchingReviewTimeLimits;
import org.minyi.review.queue.domain.WorkingDays;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16 on a real Kafka broker and a MongoDB-wire server, called over HTTP with each role's own token: the
 * office chooses the leaders a report goes to; transfers a report straight to the departments (转送); every status
 * change names its actor and an adoption carries the committee's comment; a report left undecided past its
 * committee's review time limit is flagged REVIEW_OVERDUE once, by the scheduler, on the queue and on
 * {@code report-status}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=review_it", "minyi.review.pending-sweep-every=300ms", "minyi.review.pending-age=2s",
        "minyi.review.time-limit.check-every=300ms", "minyi.review.time-limit.committees.overseas=60"})
@MinyiIntegrationTest
@Import({ControllableClock.Configuration.class, RecordedSpans.Configuration.class})
@AutoConfigureMetrics
@AutoConfigureTracing
class LeadersTransfersAndTimeLimitsIT extends ReviewServiceTestBase {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    /** The county leaders of the demo seed, in its order; the city's mayor is not among them. */
    private static final List<String> COUNTY_LEADERS = List.of("party-secretary", "county-head", "congress-director",
            "cppcc-chair", "executive-deputy-head", "deputy-head-urban", "deputy-head-rural", "deputy-head-social");
    private static final String NOTE = "该事项属县住建局职责范围，请牵头会同县财政局研究老旧小区加装电梯补助办法，并按期反馈办理结果。";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    WatchingReviewTimeLimits watching;

    @Test
    void anAdoptionCarriesTheCommitteesCommentAndEveryStatusChangeItsActor() throws Exception {
        String id = queued("economy");
        claim(id, "economy");
        HttpResponse<String> adopt = post("/api/review/reports/" + id + "/decision", TestTokens.reviewer("economy"),
                "{\"decision\": \"ADOPT\", \"grade\": \"B\", \"comment\": \"建议补充资金测算后报送\"}");
        assertThat(adopt.statusCode()).as(adopt.body()).isEqualTo(200);

        assertThat(JSON.readTree(awaitStatus(id, "UNDER_REVIEW").value()).path("actor").asString())
                .isEqualTo("reviewer-economy");
        JsonNode adoptedStatus = JSON.readTree(awaitStatus(id, "ADOPTED").value());
        assertThat(adoptedStatus.path("actor").asString()).isEqualTo("reviewer-economy");
        assertThat(adoptedStatus.path("actorRole").asString()).isEqualTo("REVIEWER");
        assertThat(adoptedStatus.has("comment")).as("codes only on report-status").isFalse();
        assertThat(JSON.readTree(awaitRecord(id, ReportAdopted.TYPE).value()).path("comment").asString())
                .isEqualTo("建议补充资金测算后报送");

        String returned = queued("economy");
        assertThat(post("/api/review/reports/" + returned + "/decision", TestTokens.office(),
                "{\"decision\": \"RETURN\", \"comment\": \"请补充数据\"}").statusCode()).isEqualTo(200);
        JsonNode returnedStatus = JSON.readTree(awaitStatus(returned, "RETURNED").value());
        assertThat(returnedStatus.path("actor").asString()).isEqualTo("office");
        assertThat(returnedStatus.path("actorRole").asString()).isEqualTo("OFFICE");
    }

    @Test
    void theOfficeSendsAReportToTheLeadersItChoosesEachOnce() throws Exception {
        String id = adopted("economy");
        String send = "/api/review/reports/" + id + "/send-to-leaders";

        assertThat(fields(post(send, TestTokens.office(),
                "{\"leaders\": [\"county-head\", \"mayor-of-nowhere\", \"county-head\", \"nobody\"]}")))
                .containsExactly("leaders[1]", "leaders[3]");
        assertThat(fields(post(send, TestTokens.office(), "{\"leaders\": [\"county head!\"]}")))
                .containsExactly("leaders[0]");
        assertThat(item(id).path("status").asString()).as("a refused sending changes nothing").isEqualTo("ADOPTED");
        assertThat(post(send, TestTokens.leadersOffice(), "{\"leaders\": [\"county-head\"]}").statusCode())
                .isEqualTo(403);

        HttpResponse<String> sent = post(send, TestTokens.office(),
                "{\"leaders\": [\"county-head\", \"city-mayor\", \"county-head\"]}");

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        JsonNode item = JSON.readTree(sent.body());
        assertThat(item.path("status").asString()).isEqualTo("SENT_TO_LEADERS");
        assertThat(strings(item.path("sentToLeaders"))).containsExactly("county-head", "city-mayor");
        JsonNode event = JSON.readTree(awaitRecord(id, ReportSentToLeaders.TYPE).value());
        assertThat(strings(event.path("leaders"))).containsExactly("county-head", "city-mayor");
        assertThat(event.path("sentBy").asString()).isEqualTo("office");
        assertThat(event.path("report").path("situation").asString()).startsWith("城关镇现有");
        JsonNode status = JSON.readTree(awaitStatus(id, "SENT_TO_LEADERS").value());
        assertThat(status.path("actor").asString()).isEqualTo("office");
        assertThat(status.path("sequence").asLong()).isEqualTo(event.path("sequence").asLong());
    }

    @Test
    void withoutNamesAReportGoesToEveryCountyLeader() throws Exception {
        String bare = adopted("education");
        String empty = adopted("education");
        assertThat(post("/api/review/reports/" + bare + "/send-to-leaders", TestTokens.office(), null).statusCode())
                .isEqualTo(200);
        assertThat(post("/api/review/reports/" + empty + "/send-to-leaders", TestTokens.office(),
                "{\"leaders\": []}").statusCode()).isEqualTo(200);

        for (String id : List.of(bare, empty)) {
            JsonNode event = JSON.readTree(awaitRecord(id, ReportSentToLeaders.TYPE).value());
            assertThat(strings(event.path("leaders"))).isEqualTo(COUNTY_LEADERS);
            assertThat(strings(item(id).path("sentToLeaders"))).isEqualTo(COUNTY_LEADERS);
        }
    }

    @Test
    void theOfficeTransfersAnAdoptedReportStraightToTheUnitsInOneAnnouncedStep() throws Exception {
        String id = adopted("economy");
        String transfer = "/api/review/reports/" + id + "/transfer";
        LocalDate today = LocalDate.now(COUNTY);
        String units = "[{\"unit\": \"housing-construction\", \"role\": \"LEAD\", \"deadline\": \"" + today.plusDays(30)
                + "\"}, {\"unit\": \"finance\", \"role\": \"SUPPORT\", \"deadline\": \"" + today.plusDays(20) + "\"}]";

        assertThat(post(transfer, TestTokens.reviewer("economy"), body(NOTE, units)).statusCode()).isEqualTo(403);
        assertThat(post(transfer, TestTokens.leadersOffice(), body(NOTE, units)).statusCode()).isEqualTo(403);
        assertThat(item(id).path("status").asString()).isEqualTo("ADOPTED");

        HttpResponse<String> answer = post(transfer, TestTokens.office(), body(NOTE, units));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode item = JSON.readTree(answer.body());
        assertThat(item.path("status").asString()).isEqualTo("FORWARDED");
        JsonNode stored = item.path("transfer");
        assertThat(stored.path("note").asString()).isEqualTo(NOTE);
        assertThat(stored.path("transferredBy").asString()).isEqualTo("office");
        assertThat(stored.path("units").get(0).path("unit").asString()).isEqualTo("housing-construction");
        assertThat(stored.path("units").get(1).path("role").asString()).isEqualTo("SUPPORT");
        String transferId = stored.path("transferId").asString();
        assertThat(transferId).isNotBlank();

        JsonNode status = JSON.readTree(awaitStatus(id, "FORWARDED").value());
        assertThat(status.path("previousStatus").asString()).isEqualTo("ADOPTED");
        assertThat(status.path("sequence").asLong()).isEqualTo(5);
        assertThat(status.path("actorRole").asString()).isEqualTo("OFFICE");
        assertThat(status.path("actor").asString()).isEqualTo("office");
        assertThat(status.path("committee").asString()).isEqualTo("economy");
        assertThat(status.has("note")).as("codes only on report-status").isFalse();
        TopicRecorder.Recorded record = awaitRecord(id, ReportTransferred.TYPE);
        JsonNode transferred = JSON.readTree(record.value());
        assertThat(record.header("ce_source")).isEqualTo(SOURCE);
        assertThat(record.header("ce_id")).isEqualTo(transferred.path("eventId").asString())
                .isNotEqualTo(status.path("eventId").asString());
        assertThat(transferred.path("sequence").asLong()).isEqualTo(5);
        assertThat(transferred.path("transferId").asString()).isEqualTo(transferId);
        assertThat(transferred.path("note").asString()).isEqualTo(NOTE);
        assertThat(transferred.path("transferredBy").asString()).isEqualTo("office");
        JsonNode lead = transferred.path("units").get(0);
        assertThat(lead.path("unit").asString()).isEqualTo("housing-construction");
        assertThat(lead.path("role").asString()).isEqualTo("LEAD");
        assertThat(lead.path("deadline").asString()).isEqualTo(today.plusDays(30).toString());
        JsonNode report = transferred.path("report");
        assertThat(report.path("trackingNumber").asString()).isEqualTo("SQ-2026-000123");
        assertThat(report.path("title").asString()).isEqualTo(TITLE);
        assertThat(report.path("situation").asString()).startsWith("城关镇现有");
        assertThat(report.path("suggestions").asString()).startsWith("建议县住建局");
        assertThat(report.path("committee").asString()).isEqualTo("economy");
        assertThat(report.path("township").asString()).isEqualTo("chengguan");
        assertThat(strings(report.path("authors"))).containsExactly("m0001", "m0002");

        assertThat(conflict(post(transfer, TestTokens.office(), body(NOTE, units))).path("currentStatus").asString())
                .isEqualTo("FORWARDED");
        assertThat(conflict(post("/api/review/reports/" + id + "/send-to-leaders", TestTokens.office(), null))
                .path("currentStatus").asString()).isEqualTo("FORWARDED");
        assertThat(recorded(id, ReportTransferred.TYPE)).hasSize(1);

        String audit = "/api/audit?object=" + id + "&principal=office&outcome=ALLOWED";
        JsonNode audited = await().atMost(WAIT).until(() -> JSON.readTree(get(audit, TestTokens.office()).body()),
                page -> page.path("total").asLong() >= 1);
        assertThat(audited.path("items").findValuesAsString("action"))
                .contains("POST /api/review/reports/{id}/transfer");
        assertThat(audited.toString()).as("no note in the audit trail").doesNotContain(NOTE);
    }

    @Test
    void aPublishedReportIsTransferredTooButAQueuedOrUnknownOneIsNot() throws Exception {
        String id = adopted("agriculture");
        HttpResponse<String> issued = post("/api/publications", TestTokens.office(), "{\"kind\": \"REGULAR\", "
                + "\"reports\": [\"" + id + "\"], \"issue\": true}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        awaitStatus(id, "PUBLISHED");
        String units = "[{\"unit\": \"agriculture-rural\", \"role\": \"LEAD\", \"deadline\": \""
                + LocalDate.now(COUNTY).plusDays(15) + "\"}]";

        HttpResponse<String> transferred = post("/api/review/reports/" + id + "/transfer", TestTokens.office(),
                body("请研究办理", units));

        assertThat(transferred.statusCode()).as(transferred.body()).isEqualTo(200);
        assertThat(JSON.readTree(awaitStatus(id, "FORWARDED").value()).path("previousStatus").asString())
                .isEqualTo("PUBLISHED");
        String queued = queued("agriculture");
        assertThat(conflict(post("/api/review/reports/" + queued + "/transfer", TestTokens.office(),
                body("请研究办理", units))).path("currentStatus").asString()).isEqualTo("ROUTED");
        assertThat(post("/api/review/reports/" + UUID.randomUUID() + "/transfer", TestTokens.office(),
                body("请研究办理", units)).statusCode()).isEqualTo(404);
    }

    @Test
    void aBadTransferNamesEveryBadFieldAndChangesNothing() throws Exception {
        String id = adopted("environment");
        String transfer = "/api/review/reports/" + id + "/transfer";
        LocalDate today = LocalDate.now(COUNTY);
        String inAMonth = today.plusMonths(1).toString();

        assertThat(fields(post(transfer, TestTokens.office(), "{}"))).containsExactly("note", "units");
        assertThat(fields(post(transfer, TestTokens.office(), null))).containsExactly("note", "units");
        assertThat(fields(post(transfer, TestTokens.office(), body("转送",
                "[{\"unit\": \"finance\", \"role\": \"LEAD\"}, {\"role\": \"SUPPORT\", \"deadline\": \"" + inAMonth
                        + "\"}]")))).containsExactly("units[0].deadline", "units[1].unit");
        assertThat(fields(post(transfer, TestTokens.office(), body("  ", "[{\"unit\": \"ministry-of-magic\", "
                + "\"role\": \"LEAD\", \"deadline\": \"" + inAMonth + "\"}, {\"unit\": \"finance\", \"role\": "
                + "\"SUPPORT\", \"deadline\": \"" + today.minusDays(1) + "\"}, {\"unit\": \"finance\", \"role\": "
                + "\"SUPPORT\", \"deadline\": \"" + today.plusYears(3) + "\"}]"))))
                .containsExactly("note", "units[0].unit", "units[1].deadline", "units[2].unit", "units[2].deadline");
        assertThat(fields(post(transfer, TestTokens.office(), body("转送", "[{\"unit\": \"finance\", \"role\": "
                + "\"SUPPORT\", \"deadline\": \"" + inAMonth + "\"}]")))).containsExactly("units");
        assertThat(fields(post(transfer, TestTokens.office(), body("转".repeat(501), "[{\"unit\": \"finance\", "
                + "\"role\": \"LEAD\", \"deadline\": \"" + inAMonth + "\"}]")))).containsExactly("note");
        HttpResponse<String> codes = post(transfer, TestTokens.office(), body("转送", "[{\"unit\": \"finance\", "
                + "\"role\": \"LEAD\", \"deadline\": \"" + today.minusDays(1) + "\"}]"));
        assertThat(JSON.readTree(codes.body()).path("errors").get(0).path("code").asString()).isEqualTo("in_past");
        assertThat(JSON.readTree(codes.body()).path("errors").get(0).path("message").asString())
                .isEqualTo("办理期限不能早于今天");

        assertThat(item(id).path("status").asString()).isEqualTo("ADOPTED");
        assertThat(item(id).path("transfer").isNull()).isTrue();
        assertThat(recorded(id, ReportTransferred.TYPE)).isEmpty();
        HttpResponse<String> longest = post(transfer, TestTokens.office(), body("转".repeat(500),
                "[{\"unit\": \"finance\", \"role\": \"LEAD\", \"deadline\": \"" + inAMonth + "\"}]"));
        assertThat(longest.statusCode()).as("500 characters, counted as code points, are allowed").isEqualTo(200);
    }

    @Test
    void aReportUndecidedPastItsCommitteesLimitIsFlaggedOnceBySystem() throws Exception {
        Instant monthAgo = Instant.now().minus(Duration.ofDays(30));
        String late = routedAt("economy", monthAgo);

        TopicRecorder.Recorded flagRecord = awaitFlag(late);
        JsonNode flag = JSON.readTree(flagRecord.value());
        assertThat(flag.path("flag").asString()).isEqualTo("REVIEW_OVERDUE");
        assertThat(flag.path("actor").asString()).isEqualTo("system");
        assertThat(flag.path("actorRole").asString()).isEqualTo("SYSTEM");
        assertThat(flag.path("committee").asString()).isEqualTo("economy");
        assertThat(flag.path("sequence").asLong()).as("a flag does not advance the sequence").isEqualTo(2);
        assertThat(flagRecord.header("ce_source")).isEqualTo(SOURCE);
        assertThat(flagRecord.header("ce_correlationid")).isEqualTo("review-time-limits");
        // in the audit trail as an automatic step
        JsonNode step = await().atMost(Duration.ofSeconds(10)).until(() -> JSON.readTree(get(
                "/api/audit?object=" + late + "&principal=system", TestTokens.office()).body()),
                page -> page.path("total").asLong() == 1).path("items").get(0);
        assertThat(step.path("action").asString()).startsWith("review overdue in economy (due ");
        assertThat(step.path("role").asString()).isEqualTo("SYSTEM");

        LocalDate due = WorkingDays.weekdays().after(LocalDate.ofInstant(monthAgo, COUNTY), 10);
        JsonNode entry = queueEntry("economy", late);
        assertThat(strings(entry.path("flags"))).contains("REVIEW_OVERDUE");
        assertThat(entry.path("reviewDue").asString()).isEqualTo(due.toString());
        JsonNode asReviewer = JSON.readTree(get("/api/review/reports/" + late, TestTokens.reviewer("economy")).body());
        assertThat(asReviewer.path("reviewFlaggedAt").asString()).isNotBlank();
        assertThat(asReviewer.path("sequence").asLong()).isEqualTo(2);

        String onTime = queued("economy");
        String ownLimit = routedAt("overseas", monthAgo);
        String alsoLate = routedAt("economy", monthAgo);
        awaitFlag(alsoLate);

        assertThat(flags(late)).as("flagged once, however many times the scheduler looked").hasSize(1);
        assertThat(flags(ownLimit)).as("overseas has 60 working days").isEmpty();
        assertThat(flags(onTime)).isEmpty();
        assertThat(queueEntry("overseas", ownLimit).path("reviewDue").asString())
                .isEqualTo(WorkingDays.weekdays().after(LocalDate.ofInstant(monthAgo, COUNTY), 60).toString());
        assertThat(strings(queueEntry("economy", onTime).path("flags"))).doesNotContain("REVIEW_OVERDUE");
    }

    @Test
    void itemsStoredBeforeTimeLimitsAreTimedFromTheirRouting() throws Exception {
        String legacy = queued("culture-history");
        String due = queueEntry("culture-history", legacy).path("reviewDue").asString();
        mongo.getCollection("review_items").updateOne(new org.bson.Document("_id", legacy),
                new org.bson.Document("$unset", new org.bson.Document("reviewStint", "")
                        .append("reviewAttentionAt", "")));
        assertThat(queueEntry("culture-history", legacy).path("reviewDue").isNull()).isTrue();

        assertThat(watching.timeUntimedItems()).isPositive();

        assertThat(queueEntry("culture-history", legacy).path("reviewDue").asString()).isEqualTo(due);
        assertThat(watching.timeUntimedItems()).isZero();
    }

    private String routedAt(String committee, Instant at) throws Exception {
        String id = UUID.randomUUID().toString();
        publish(new ReportRouted(UUID.randomUUID(), id, 2, at, "SQ-2026-000321", 1, committee,
                "category:HARD_PROBLEM", at, content(false, "chengguan", List.of("m0001"))), ReportRouted.TYPE,
                "/minyi/routing");
        await().atMost(WAIT).until(() -> get("/api/review/reports/" + id, TestTokens.office()).statusCode() == 200);
        return id;
    }

    private static TopicRecorder.Recorded awaitFlag(String id) {
        return await().atMost(WAIT).until(() -> flags(id).stream().findFirst().orElse(null), found -> found != null);
    }

    private static List<TopicRecorder.Recorded> flags(String id) {
        return recorded(id, ReportFlagged.TYPE).stream()
                .filter(r -> JSON.readTree(r.value()).path("flag").asString().equals("REVIEW_OVERDUE")).toList();
    }

    private static String body(String note, String units) {
        return "{\"note\": \"" + note + "\", \"units\": " + units + "}";
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
