package org.minyi.review;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.review.ReportAdopted;
import org.minyi.events.review.ReportPublished;
import org.minyi.events.review.ReportSentToLeaders;
import org.minyi.events.review.ReportsMerged;
import org.minyi.events.review.UpstreamAdopted;
import org.minyi.events.routing.ReportRouted;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.review.queue.application.MergingReports;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.CompositeDraft;
import org.minyi.review.queue.domain.Grade;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Merges, publications and upstream adoptions through HTTP, with the events they cause on the real broker;
 * an interrupted merge completed by the sweep; the printable issue read back with POI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=review_it", "minyi.review.pending-sweep-every=300ms", "minyi.review.pending-age=2s",
        "minyi.review.time-limit.check-every=300ms", "minyi.review.time-limit.committees.overseas=60"})
@MinyiIntegrationTest
@Import({ControllableClock.Configuration.class, RecordedSpans.Configuration.class})
@AutoConfigureMetrics
@AutoConfigureTracing
class MergesAndPublicationsIT extends ReviewServiceTestBase {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    MergingReports merging;

    @Test
    void aCommitteeMergesItsReportsIntoACompositeThatCarriesEveryAuthorAndContinuesTheirLife() throws Exception {
        String first = queued("economy", List.of("m0001", "m0002"), null);
        String second = queued("economy", List.of("m0017"), null);
        claim(first, "economy");

        HttpResponse<String> merged = post("/api/review/merges", TestTokens.reviewer("economy"), "{\"constituents\": [\""
                + first + "\", \"" + second + "\"], \"title\": \"关于全县老旧小区加装电梯问题的综合反映\", "
                + "\"suggestions\": \"建议统筹设立加装电梯专项资金。\", \"grade\": \"A\", \"comment\": \"综合采用\"}");

        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        JsonNode composite = JSON.readTree(merged.body());
        String compositeId = composite.path("reportId").asString();
        assertThat(merged.headers().firstValue("Location")).hasValue("/api/review/reports/" + compositeId);
        assertThat(composite.path("trackingNumber").asString()).matches("ZH-\\d{4}-\\d{6}");
        assertThat(composite.path("status").asString()).isEqualTo("ADOPTED");
        assertThat(composite.path("kind").asString()).isEqualTo("COMPOSITE");
        assertThat(composite.path("committee").asString()).isEqualTo("economy");
        assertThat(composite.path("content").path("authors").valueStream().map(JsonNode::asString).toList())
                .containsExactly("m0001", "m0002", "m0017");
        assertThat(composite.path("content").path("suggestions").asString()).isEqualTo("建议统筹设立加装电梯专项资金。");
        assertThat(composite.path("decision").path("kind").asString()).isEqualTo("COMPOSITE");
        assertThat(composite.path("merge").path("state").asString()).isEqualTo("COMPLETED");

        for (String constituent : List.of(first, second)) {
            JsonNode status = JSON.readTree(awaitStatus(constituent, "MERGED").value());
            assertThat(status.path("mergedInto").asString()).isEqualTo(compositeId);
            assertThat(status.path("actorRole").asString()).isEqualTo("REVIEWER");
            assertThat(item(constituent).path("mergedInto").asString()).isEqualTo(compositeId);
        }
        assertThat(JSON.readTree(awaitStatus(first, "MERGED").value()).path("sequence").asLong()).isEqualTo(4);
        assertThat(JSON.readTree(awaitStatus(second, "MERGED").value()).path("sequence").asLong()).isEqualTo(3);
        assertThat(queueIds("economy", TestTokens.reviewer("economy"))).doesNotContain(first, second);

        JsonNode adoptedStatus = JSON.readTree(awaitStatus(compositeId, "ADOPTED").value());
        assertThat(adoptedStatus.path("sequence").asLong()).isEqualTo(1);
        assertThat(adoptedStatus.has("previousStatus")).isFalse();
        assertThat(adoptedStatus.path("trackingNumber").asString()).startsWith("ZH-");
        JsonNode reportsMerged = JSON.readTree(awaitRecord(compositeId, ReportsMerged.TYPE).value());
        assertThat(reportsMerged.path("authors").valueStream().map(JsonNode::asString).toList())
                .containsExactly("m0001", "m0002", "m0017");
        assertThat(reportsMerged.path("constituents").valueStream().map(c -> c.path("reportId").asString()).toList())
                .containsExactly(first, second);
        assertThat(reportsMerged.path("constituents").get(1).path("authors").get(0).asString()).isEqualTo("m0017");
        assertThat(reportsMerged.path("mergedBy").asString()).isEqualTo("reviewer-economy");
        assertThat(reportsMerged.path("sequence").asLong()).isEqualTo(1);
        JsonNode adopted = JSON.readTree(awaitRecord(compositeId, ReportAdopted.TYPE).value());
        assertThat(adopted.path("kind").asString()).isEqualTo("COMPOSITE");
        assertThat(adopted.path("constituents").valueStream().map(JsonNode::asString).toList())
                .containsExactly(first, second);
        assertThat(adopted.path("authors").size()).isEqualTo(3);

        String third = queued("economy");
        JsonNode refused = conflict(post("/api/review/merges", TestTokens.reviewer("economy"), "{\"constituents\": [\""
                + first + "\", \"" + third + "\"], \"title\": \"再次综合\", \"grade\": \"B\"}"));
        assertThat(refused.path("currentStatus").asString()).isEqualTo("MERGED");
        assertThat(refused.path("reportId").asString()).isEqualTo(first);
        assertThat(fields(post("/api/review/merges", TestTokens.reviewer("education"), "{\"constituents\": [\""
                + third + "\", \"" + second + "\"], \"title\": \"综合\", \"grade\": \"B\"}")))
                .containsExactly("constituents[0]", "constituents[1]");
        assertThat(fields(post("/api/review/merges", TestTokens.office(), "{\"constituents\": [\"" + third
                + "\"], \"grade\": \"Z\"}"))).containsExactly("grade");
        assertThat(fields(post("/api/review/merges", TestTokens.office(), "{\"constituents\": [\"" + third
                + "\"]}"))).containsExactly("title", "grade");
        assertThat(post("/api/review/merges", LEADER, "{}").statusCode()).isEqualTo(403);

        HttpResponse<String> sent = post("/api/review/reports/" + compositeId + "/send-to-leaders", TestTokens.office(),
                null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        JsonNode toLeaders = JSON.readTree(awaitRecord(compositeId, ReportSentToLeaders.TYPE).value());
        assertThat(toLeaders.path("trackingNumber").asString()).isEqualTo(composite.path("trackingNumber").asString());
        assertThat(toLeaders.path("report").path("authors").size()).isEqualTo(3);
        assertThat(toLeaders.path("sequence").asLong()).isEqualTo(2);
    }

    @Test
    void aMergeInterruptedAfterItsCompositeWasStoredIsCompletedByTheSweep() throws Exception {
        String first = queued("agriculture");
        String second = queued("agriculture", List.of("m0040"), null);

        String compositeId = merging.plan(new MergingReports.MergeCommand(
                List.of(new ReportId(first), new ReportId(second)),
                new CompositeDraft("关于农村道路养护问题的综合反映", null, null, null, null, null), null, Grade.B, null),
                Actor.office()).id().value();

        assertThat(item(compositeId).path("status").asString()).isEqualTo("MERGING");
        assertThat(item(compositeId).path("merge").path("state").asString()).isEqualTo("PENDING");
        assertThat(item(first).path("status").asString()).isEqualTo("ROUTED");

        clock.advance(Duration.ofMinutes(1));
        await().atMost(WAIT).until(() -> item(compositeId).path("status").asString().equals("ADOPTED"));

        assertThat(item(first).path("status").asString()).isEqualTo("MERGED");
        assertThat(item(second).path("status").asString()).isEqualTo("MERGED");
        assertThat(JSON.readTree(awaitStatus(second, "MERGED").value()).path("actorRole").asString()).isEqualTo("OFFICE");
        assertThat(JSON.readTree(awaitRecord(compositeId, ReportsMerged.TYPE).value()).path("authors").size())
                .isEqualTo(3);
        assertThat(recorded(first, ReportStatusChanged.TYPE)).hasSize(1);
    }

    @Test
    void theOfficeIssuesNumberedRegularAndSpecialIssuesThatPublishTheirReportsAndSendTheSpecialOnes() throws Exception {
        String a = adopted("economy");
        String b = adopted("economy");
        String c = adopted("education");

        HttpResponse<String> composed = post("/api/publications", TestTokens.office(), "{\"kind\": \"REGULAR\", "
                + "\"reports\": [\"" + a + "\", \"" + b + "\"], \"editorNote\": \"老旧小区加装电梯是民生实事。\"}");
        assertThat(composed.statusCode()).as(composed.body()).isEqualTo(201);
        JsonNode draft = JSON.readTree(composed.body());
        String regular = draft.path("id").asString();
        assertThat(composed.headers().firstValue("Location")).hasValue("/api/publications/" + regular);
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("number").isNull()).isTrue();
        assertThat(draft.path("masthead").asString()).isEqualTo("社情民意");
        assertThat(item(a).path("status").asString()).as("composing publishes nothing").isEqualTo("ADOPTED");
        assertThat(get("/api/publications/" + regular, LEADER).statusCode()).isEqualTo(404);

        HttpResponse<String> issuedAnswer = post("/api/publications/" + regular + "/issue", TestTokens.office(), null);
        assertThat(issuedAnswer.statusCode()).as(issuedAnswer.body()).isEqualTo(200);
        JsonNode issued = JSON.readTree(issuedAnswer.body());
        int number = issued.path("number").asInt();
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        assertThat(issued.path("status").asString()).isEqualTo("ISSUED");
        assertThat(number).isPositive();
        assertThat(issued.path("citation").asString()).isEqualTo("《社情民意》" + issued.path("year").asInt() + "年第"
                + number + "期");
        assertThat(issued.path("issuer").asString()).isEqualTo("政协清河县委员会办公室");
        assertThat(issued.path("pending").size()).isZero();

        for (String report : List.of(a, b)) {
            JsonNode status = JSON.readTree(awaitStatus(report, "PUBLISHED").value());
            assertThat(status.path("sequence").asLong()).isEqualTo(5);
            assertThat(status.path("actorRole").asString()).isEqualTo("OFFICE");
            JsonNode published = JSON.readTree(awaitRecord(report, ReportPublished.TYPE).value());
            assertThat(published.path("publicationId").asString()).isEqualTo(regular);
            assertThat(published.path("kind").asString()).isEqualTo("REGULAR");
            assertThat(published.path("number").asInt()).isEqualTo(number);
            assertThat(published.path("authors").size()).isEqualTo(2);
            JsonNode link = item(report).path("publications").get(0);
            assertThat(link.path("publicationId").asString()).isEqualTo(regular);
            assertThat(link.path("href").asString()).isEqualTo("/api/publications/" + regular);
        }

        String next = JSON.readTree(post("/api/publications", TestTokens.office(), "{\"kind\": \"REGULAR\", "
                + "\"reports\": [\"" + c + "\"], \"issue\": true}").body()).path("id").asString();
        assertThat(JSON.readTree(get("/api/publications/" + next, LEADER).body()).path("number").asInt())
                .isEqualTo(year == issued.path("year").asInt() ? number + 1 : 1);
        JsonNode twice = conflict(post("/api/publications", TestTokens.office(), "{\"kind\": \"REGULAR\", "
                + "\"reports\": [\"" + a + "\"]}"));
        assertThat(twice.path("currentStatus").asString()).isEqualTo("PUBLISHED");
        assertThat(twice.path("reportId").asString()).isEqualTo(a);

        HttpResponse<String> special = post("/api/publications", TestTokens.office(), "{\"kind\": \"SPECIAL\", "
                + "\"reports\": [\"" + a + "\"], \"headline\": \"关于加快老旧小区加装电梯的建议\", \"issue\": true}");
        assertThat(special.statusCode()).as(special.body()).isEqualTo(201);
        String specialId = JSON.readTree(special.body()).path("id").asString();
        assertThat(JSON.readTree(special.body()).path("masthead").asString()).isEqualTo("政协信息专报");
        JsonNode sentStatus = JSON.readTree(awaitStatus(a, "SENT_TO_LEADERS").value());
        assertThat(sentStatus.path("previousStatus").asString()).isEqualTo("PUBLISHED");
        assertThat(sentStatus.path("sequence").asLong()).isEqualTo(7);
        JsonNode sent = JSON.readTree(awaitRecord(a, ReportSentToLeaders.TYPE).value());
        assertThat(sent.path("publication").asString()).isEqualTo(specialId);
        assertThat(sent.path("leaders").size()).as("every county leader").isEqualTo(8);
        assertThat(sent.path("sentBy").asString()).isEqualTo("office");
        assertThat(JSON.readTree(special.body()).path("leaders").size()).isEqualTo(8);
        assertThat(sent.path("report").path("title").asString()).isEqualTo(TITLE);
        assertThat(recorded(a, ReportPublished.TYPE)).hasSize(2);
        assertThat(item(a).path("publications").size()).isEqualTo(2);

        JsonNode list = JSON.readTree(get("/api/publications?kind=SPECIAL&size=100", LEADER).body());
        assertThat(list.path("items").valueStream().map(p -> p.path("id").asString()).toList()).contains(specialId);
        assertThat(conflict(put("/api/publications/" + regular, TestTokens.office(), "{\"kind\": \"REGULAR\", "
                + "\"reports\": [\"" + b + "\"]}")).path("currentStatus").asString()).isEqualTo("ISSUED");
        assertThat(conflict(post("/api/publications/" + regular + "/issue", TestTokens.office(), null))
                .path("currentStatus").asString()).isEqualTo("ISSUED");
        assertThat(get("/api/publications", TestTokens.reviewer("economy")).statusCode()).isEqualTo(403);
        assertThat(post("/api/publications", LEADER, "{}").statusCode()).isEqualTo(403);
        assertThat(fields(post("/api/publications", TestTokens.office(), "{\"kind\": \"MONTHLY\"}")))
                .containsExactly("kind");
        assertThat(fields(post("/api/publications", TestTokens.office(), "{\"kind\": \"REGULAR\"}")))
                .containsExactly("reports");
        assertThat(fields(post("/api/publications", TestTokens.office(), "{\"kind\": \"REGULAR\", \"reports\": [\""
                + UUID.randomUUID() + "\"]}"))).containsExactly("reports[0]");
        assertThat(get("/api/publications/" + UUID.randomUUID(), TestTokens.office()).statusCode()).isEqualTo(404);
    }

    @Test
    void aSpecialIssueGoesToTheLeadersTheOfficeNamesWhenIssuingIt() throws Exception {
        String first = adopted("social-legal");
        String second = adopted("social-legal");
        String draft = JSON.readTree(post("/api/publications", TestTokens.office(), "{\"kind\": \"SPECIAL\", "
                + "\"reports\": [\"" + first + "\", \"" + second + "\"]}").body()).path("id").asString();
        String issue = "/api/publications/" + draft + "/issue";

        assertThat(fields(post(issue, TestTokens.office(), "{\"leaders\": [\"county-head\", \"emperor\"]}")))
                .containsExactly("leaders[1]");
        assertThat(JSON.readTree(get("/api/publications/" + draft, TestTokens.office()).body()).path("status")
                .asString()).isEqualTo("DRAFT");

        HttpResponse<String> issued = post(issue, TestTokens.office(),
                "{\"leaders\": [\"county-head\", \"deputy-head-urban\"]}");

        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(JSON.readTree(issued.body()).path("leaders").valueStream().map(JsonNode::asString).toList())
                .containsExactly("county-head", "deputy-head-urban");
        for (String report : List.of(first, second)) {
            JsonNode sent = JSON.readTree(awaitRecord(report, ReportSentToLeaders.TYPE).value());
            assertThat(sent.path("publication").asString()).isEqualTo(draft);
            assertThat(sent.path("leaders").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("county-head", "deputy-head-urban");
            assertThat(JSON.readTree(awaitStatus(report, "SENT_TO_LEADERS").value()).path("actor").asString())
                    .isEqualTo("office");
        }
        JsonNode asSecretariat = JSON.readTree(get("/api/publications/" + draft, TestTokens.leadersOffice()).body());
        assertThat(asSecretariat.path("status").asString()).isEqualTo("ISSUED");

        String third = adopted("social-legal");
        HttpResponse<String> atOnce = post("/api/publications", TestTokens.office(), "{\"kind\": \"SPECIAL\", "
                + "\"reports\": [\"" + third + "\"], \"issue\": true, \"leaders\": [\"cppcc-chair\"]}");
        assertThat(atOnce.statusCode()).as(atOnce.body()).isEqualTo(201);
        assertThat(JSON.readTree(awaitRecord(third, ReportSentToLeaders.TYPE).value()).path("leaders").get(0)
                .asString()).isEqualTo("cppcc-chair");
    }

    @Test
    void issuesIssuedAtTheSameTimeStillTakeDistinctConsecutiveNumbers() throws Exception {
        List<String> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            drafts.add(JSON.readTree(post("/api/publications", TestTokens.office(), "{\"kind\": \"SPECIAL\", "
                    + "\"reports\": [\"" + adopted("proposals") + "\"]}").body()).path("id").asString());
        }

        List<Integer> numbers = drafts.parallelStream().map(id -> {
            try {
                HttpResponse<String> issued = post("/api/publications/" + id + "/issue", TestTokens.office(), null);
                assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
                return JSON.readTree(issued.body()).path("number").asInt();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();

        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.get(3) - numbers.get(0)).isEqualTo(3);
    }

    @Test
    void theIssueOpensInWordWithItsTextAndAsAnEscapedPrintView() throws Exception {
        String plain = adopted("education");
        String tricky = UUID.randomUUID().toString();
        publish(new ReportRouted(UUID.randomUUID(), tricky, 2, Instant.now(), "SQ-2026-000555", 1, "education",
                "category:HARD_PROBLEM", Instant.now(), new SubmittedReport("关于<script>alert('x')</script>的建议",
                Category.HARD_PROBLEM, "education", "情况<b>加粗</b>", null, "建议 & 措施", "chengguan", null,
                List.of("m0003"), null, null, false, null)), ReportRouted.TYPE, "/minyi/routing");
        await().atMost(WAIT).until(() -> get("/api/review/reports/" + tricky, TestTokens.office()).statusCode() == 200);
        claim(tricky, "education");
        post("/api/review/reports/" + tricky + "/decision", TestTokens.reviewer("education"),
                "{\"decision\": \"ADOPT\", \"grade\": \"B\"}");
        JsonNode issue = JSON.readTree(post("/api/publications", TestTokens.office(), "{\"kind\": \"REGULAR\", "
                + "\"reports\": [\"" + plain + "\", \"" + tricky + "\"], \"issue\": true}").body());
        String document = "/api/publications/" + issue.path("id").asString() + "/document";

        HttpResponse<byte[]> docx = getBytes(document, LEADER, null);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type")).hasValue(DOCX);
        assertThat(docx.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment").contains(".docx"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("社情民意", "第" + issue.path("number").asInt() + "期", "政协清河县委员会办公室",
                    TITLE, "反映人：覃少华、刘若兰", "关于<script>alert('x')</script>的建议", "反映人：贾明辉", "一、基本情况");
            assertThat(text.indexOf(TITLE)).isLessThan(text.indexOf("关于<script>"));
        }

        HttpResponse<byte[]> html = getBytes(document, TestTokens.office(),
                "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/html"));
        String page = new String(html.body(), StandardCharsets.UTF_8);
        assertThat(page).contains("<h1 class=\"masthead\">社情民意</h1>", "关于&lt;script&gt;alert(&#39;x&#39;)",
                "情况&lt;b&gt;加粗&lt;/b&gt;", "建议 &amp; 措施").doesNotContain("<script>", "<b>加粗");

        String draft = JSON.readTree(post("/api/publications", TestTokens.office(), "{\"kind\": \"SPECIAL\", "
                + "\"reports\": [\"" + plain + "\"]}").body()).path("id").asString();
        assertThat(new String(getBytes("/api/publications/" + draft + "/document", TestTokens.office(), "text/html")
                .body(), StandardCharsets.UTF_8)).contains("政协信息专报", "草稿");
        assertThat(getBytes("/api/publications/" + draft + "/document", LEADER, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void upstreamAdoptionsAreRecordedAnyTimeAfterAdoptionAtTheCurrentSequence() throws Exception {
        String queued = queued("environment");
        String upstream = "/api/review/reports/" + queued + "/upstream-adoptions";
        String city = "{\"level\": \"CITY\", \"mode\": \"FORWARDED\", \"adoptedOn\": \""
                + LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3) + "\", \"note\": \"市政协《社情民意》转送采用\"}";
        assertThat(conflict(post(upstream, TestTokens.office(), city)).path("currentStatus").asString())
                .isEqualTo("ROUTED");

        String id = adopted("environment");
        upstream = "/api/review/reports/" + id + "/upstream-adoptions";
        assertThat(post(upstream, TestTokens.reviewer("environment"), city).statusCode()).isEqualTo(403);
        HttpResponse<String> recorded = post(upstream, TestTokens.office(), city);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(JSON.readTree(recorded.body()).path("upstreamAdoptions").get(0).path("level").asString())
                .isEqualTo("CITY");

        TopicRecorder.Recorded flagRecord = awaitRecord(id, ReportFlagged.TYPE);
        JsonNode flag = JSON.readTree(flagRecord.value());
        assertThat(flag.path("flag").asString()).isEqualTo("UPSTREAM_ADOPTED");
        assertThat(flag.path("level").asString()).isEqualTo("CITY");
        assertThat(flag.path("sequence").asLong()).isEqualTo(4);
        assertThat(flag.path("actorRole").asString()).isEqualTo("OFFICE");
        assertThat(flagRecord.header("ce_type")).isEqualTo("minyi.status.ReportFlagged.v1");
        JsonNode adopted = JSON.readTree(awaitRecord(id, UpstreamAdopted.TYPE).value());
        assertThat(adopted.path("mode").asString()).isEqualTo("FORWARDED");
        assertThat(adopted.path("sequence").asLong()).isEqualTo(4);
        assertThat(adopted.path("authors").size()).isEqualTo(2);
        assertThat(adopted.path("recordedBy").asString()).isEqualTo("office");
        assertThat(adopted.path("eventId").asString()).isNotEqualTo(flag.path("eventId").asString());

        assertThat(conflict(post(upstream, TestTokens.office(), city)).path("currentStatus").asString())
                .isEqualTo("ADOPTED");
        assertThat(post(upstream, TestTokens.office(), city.replace("CITY", "PROVINCE")).statusCode()).isEqualTo(201);
        assertThat(item(id).path("upstreamAdoptions").size()).isEqualTo(2);
        assertThat(item(id).path("sequence").asLong()).as("a flag does not advance the sequence").isEqualTo(4);
        assertThat(fields(post(upstream, TestTokens.office(), "{\"level\": \"NATIONAL\", \"mode\": \"SINGLE\", "
                + "\"adoptedOn\": \"" + LocalDate.now().plusYears(1) + "\"}"))).containsExactly("adoptedOn");
        assertThat(fields(post(upstream, TestTokens.office(), "{\"mode\": \"SINGLE\", \"adoptedOn\": \"2026-13-01\"}")))
                .containsExactly("adoptedOn");
        assertThat(fields(post(upstream, TestTokens.office(), "{\"mode\": \"SINGLE\"}")))
                .containsExactly("level", "adoptedOn");
    }
}
