package org.minyi.followup;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.minyi.events.followup.ReportClosed;
import org.minyi.events.followup.ReportHandled;
import org.minyi.events.followup.SatisfactionRated;
import org.minyi.events.intake.Category;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.ReportForwarded;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Follow-up on a real Kafka broker and a MongoDB-wire server: instructions and forwards arrive on
 * Kafka as leadership-instruction publishes them, units, members and the office act over HTTP with
 * signed tokens, and the outcome is read back from the topics.
 */
class FollowUpIT extends IntegrationSupport {

    private static final String HOUSING = "housing-construction";
    private static final String FINANCE = "finance";

    @Test
    void anInstructionIsHandledByEachUnitRatedByAnAuthorAndClosedByTheOffice() throws Exception {
        String id = UUID.randomUUID().toString();
        InstructionIssued instruction = instruction(id, 6, List.of(
                new AssignedUnit(HOUSING, AssignedUnit.Role.LEAD, daysFromToday(60)),
                new AssignedUnit(FINANCE, AssignedUnit.Role.SUPPORT, daysFromToday(45))));

        announce(instruction, InstructionIssued.TYPE);
        announce(instruction, InstructionIssued.TYPE);

        JsonNode inHandling = statusEvent(id, "IN_HANDLING");
        assertThat(inHandling.path("sequence").asLong()).isEqualTo(7);
        assertThat(inHandling.path("previousStatus").asString()).isEqualTo("INSTRUCTED");
        assertThat(inHandling.path("actorRole").asString()).isEqualTo("SYSTEM");
        assertThat(inHandling.path("actor").asString()).as("a step taken because of an event").isEqualTo("system");
        assertThat(inHandling.path("trackingNumber").asString()).isEqualTo("SQ-2026-000123");
        assertThat(inHandling.has("title")).as("no report text on the public topic").isFalse();
        TopicRecorder.Recorded statusRecord = recorded(id, ReportStatusTopic.NAME, "IN_HANDLING");
        assertThat(statusRecord.header("ce_type")).isEqualTo("minyi.status.ReportStatusChanged.v1");
        assertThat(statusRecord.header("ce_source")).isEqualTo("/minyi/follow-up");
        assertThat(statusRecord.header("ce_specversion")).isEqualTo("1.0");
        assertThat(statusRecord.header("ce_id")).isEqualTo(inHandling.path("eventId").asString());
        assertThat(statusRecord.header("ce_reportsequence")).isEqualTo("7");
        assertThat(statusRecord.header("ce_causationid")).isEqualTo(instruction.eventId().toString());

        // the same instruction delivered twice gives one set of tasks and one status change
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(json(get("/api/handling/reports/" + id, TestTokens.office())).path("tasks").size()).isEqualTo(2);
            assertThat(statusEvents(id, "IN_HANDLING")).hasSize(1);
        });
        JsonNode view = json(get("/api/handling/reports/" + id, TestTokens.office()));
        assertThat(view.path("status").asString()).isEqualTo("IN_HANDLING");

        // each unit sees only its own task
        List<JsonNode> housingTasks = tasksOf(id, TestTokens.unit(HOUSING), "");
        assertThat(housingTasks).hasSize(1);
        JsonNode housingTask = housingTasks.get(0);
        assertThat(housingTask.path("role").asString()).isEqualTo("LEAD");
        assertThat(housingTask.path("status").asString()).isEqualTo("OPEN");
        assertThat(housingTask.path("deadline").asString()).isEqualTo(daysFromToday(60).toString());
        assertThat(housingTask.path("overdue").asBoolean()).isFalse();
        assertThat(housingTask.path("trackingNumber").asString()).isEqualTo("SQ-2026-000123");
        String housingTaskId = housingTask.path("id").asString();
        List<JsonNode> financeTasks = tasksOf(id, TestTokens.unit(FINANCE), "");
        assertThat(financeTasks).hasSize(1);
        String financeTaskId = financeTasks.get(0).path("id").asString();
        assertThat(json(get("/api/handling/tasks?unit=" + FINANCE, TestTokens.unit(HOUSING))).path("total").asLong())
                .as("a unit asking for another unit's tasks gets an empty page").isZero();
        JsonNode seenByFinance = json(get("/api/handling/reports/" + id, TestTokens.unit(FINANCE)));
        assertThat(seenByFinance.path("tasks").size()).isEqualTo(1);
        assertThat(json(get("/api/handling/reports/" + id, TestTokens.unit(HOUSING))).path("tasks").size())
                .as("the lead unit sees the supporting unit's task, which feeds into its own").isEqualTo(2);
        // each unit is told of its task
        await().atMost(WAIT).untilAsserted(() -> assertThat(notifications(id, "TASK_ASSIGNED"))
                .extracting(n -> n.path("recipients").get(0).asString() + ":" + n.path("unit").asString())
                .containsExactlyInAnyOrder("unit-" + HOUSING + ":" + HOUSING, "unit-" + FINANCE + ":" + FINANCE));
        assertThat(get("/api/handling/reports/" + id, TestTokens.unit("transport")).statusCode()).isEqualTo(404);
        // the office sees both, nearest deadline first
        List<JsonNode> officeTasks = tasksOf(id, TestTokens.office(), "&status=OPEN");
        assertThat(officeTasks).extracting(t -> t.path("unit").asString()).containsExactly(FINANCE, HOUSING);
        assertThat(tasksOf(id, TestTokens.office(), "&unit=" + FINANCE)).hasSize(1);

        // another unit's task is not there for it
        assertThat(post("/api/handling/tasks/" + housingTaskId + "/progress", TestTokens.unit(FINANCE),
                "{\"text\": \"x\"}").statusCode()).isEqualTo(404);
        assertThat(post("/api/handling/tasks/" + housingTaskId + "/feedback", TestTokens.unit(FINANCE),
                "{\"result\": \"A\", \"text\": \"x\"}").statusCode()).isEqualTo(404);

        HttpResponse<String> progress = post("/api/handling/tasks/" + housingTaskId + "/progress",
                TestTokens.unit(HOUSING), "{\"text\": \"已完成现场调研，正在制定改造方案\"}");
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(json(progress).path("progress").get(0).path("text").asString()).startsWith("已完成现场调研");
        assertThat(json(progress).path("status").asString()).isEqualTo("OPEN");

        HttpResponse<String> lead = post("/api/handling/tasks/" + housingTaskId + "/feedback",
                TestTokens.unit(HOUSING), "{\"result\": \"A\", \"text\": \"已制定改造方案并启动实施\"}");
        assertThat(lead.statusCode()).isEqualTo(200);
        assertThat(json(lead).path("status").asString()).isEqualTo("FED_BACK");
        assertThat(json(get("/api/handling/reports/" + id, TestTokens.office())).path("status").asString())
                .isEqualTo("IN_HANDLING");
        assertThat(post("/api/handling/tasks/" + housingTaskId + "/feedback", TestTokens.unit(HOUSING),
                "{\"result\": \"B\", \"text\": \"again\"}").statusCode()).isEqualTo(409);

        HttpResponse<String> support = post("/api/handling/tasks/" + financeTaskId + "/feedback",
                TestTokens.unit(FINANCE), "{\"result\": \"B\", \"text\": \"资金分两年安排\"}");
        assertThat(support.statusCode()).isEqualTo(200);
        assertThat(json(get("/api/handling/reports/" + id, TestTokens.member("m0001"))).path("status").asString())
                .isEqualTo("HANDLED");

        JsonNode handledStatus = statusEvent(id, "HANDLED");
        assertThat(handledStatus.path("sequence").asLong()).isEqualTo(8);
        assertThat(handledStatus.path("previousStatus").asString()).isEqualTo("IN_HANDLING");
        assertThat(handledStatus.path("actorRole").asString()).isEqualTo("UNIT");
        assertThat(handledStatus.path("actor").asString()).as("the unit whose feedback was the last")
                .isEqualTo("unit-" + FINANCE);
        await().atMost(WAIT).until(() -> !handlingEvents(id, ReportHandled.TYPE).isEmpty());
        TopicRecorder.Recorded handledRecord = handlingEvents(id, ReportHandled.TYPE).get(0);
        JsonNode handled = JSON.readTree(handledRecord.value());
        assertThat(handled.path("sequence").asLong()).isEqualTo(8);
        assertThat(elements(handled.path("feedback"))).extracting(f -> f.path("unit").asString() + ":"
                + f.path("role").asString() + ":" + f.path("result").asString())
                .containsExactly(HOUSING + ":LEAD:A", FINANCE + ":SUPPORT:B");
        assertThat(handledRecord.header("ce_source")).isEqualTo("/minyi/follow-up");

        // satisfaction: an author may rate, a member who is no author is told the report does not exist
        assertThat(post("/api/handling/reports/" + id + "/satisfaction", TestTokens.member("m0099"),
                "{\"rating\": \"SATISFIED\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> rated = post("/api/handling/reports/" + id + "/satisfaction", TestTokens.member("m0001"),
                "{\"rating\": \"SATISFIED\", \"comment\": \"办理及时，效果明显\"}");
        assertThat(rated.statusCode()).isEqualTo(200);
        assertThat(json(rated).path("satisfaction").path("rating").asString()).isEqualTo("SATISFIED");
        assertThat(json(rated).path("status").asString()).isEqualTo("HANDLED");
        await().atMost(WAIT).until(() -> !handlingEvents(id, SatisfactionRated.TYPE).isEmpty());
        JsonNode rating = JSON.readTree(handlingEvents(id, SatisfactionRated.TYPE).get(0).value());
        assertThat(rating.path("rating").asString()).isEqualTo("SATISFIED");
        assertThat(rating.path("ratedBy").asString()).isEqualTo("member-m0001");

        // only the office closes
        assertThat(post("/api/handling/reports/" + id + "/close", TestTokens.unit(HOUSING), "").statusCode())
                .isEqualTo(403);
        HttpResponse<String> closed = post("/api/handling/reports/" + id + "/close", TestTokens.office(), "");
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(json(closed).path("status").asString()).isEqualTo("CLOSED");
        assertThat(json(closed).path("closedBy").asString()).isEqualTo("OFFICE");
        assertThat(json(closed).path("result").asString()).as("the lead unit's result").isEqualTo("A");
        JsonNode closedStatus = statusEvent(id, "CLOSED");
        assertThat(closedStatus.path("sequence").asLong()).isEqualTo(9);
        assertThat(closedStatus.path("actorRole").asString()).isEqualTo("OFFICE");
        assertThat(closedStatus.path("actor").asString()).isEqualTo("office");
        await().atMost(WAIT).until(() -> !handlingEvents(id, ReportClosed.TYPE).isEmpty());
        JsonNode statistics = JSON.readTree(handlingEvents(id, ReportClosed.TYPE).get(0).value());
        assertThat(statistics.path("closedBy").asString()).isEqualTo("OFFICE");
        assertThat(statistics.path("sequence").asLong()).isEqualTo(9);
        assertThat(elements(statistics.path("stages"))).extracting(stage -> stage.path("status").asString())
                .containsExactly("INSTRUCTED", "HANDLED", "CLOSED");
        await().atMost(WAIT).untilAsserted(() -> assertThat(mongo.findById(id, Document.class, "handlings")
                .getList("outbox", Document.class)).as("published events leave the outbox").isEmpty());
    }

    @Test
    void anUnsatisfiedAuthorSendsTheReportBackTwiceAndTheThirdTimeTheOfficeCloses() throws Exception {
        String id = UUID.randomUUID().toString();
        announce(instruction(id, 6, List.of(new AssignedUnit(HOUSING, AssignedUnit.Role.LEAD, daysFromToday(20)),
                new AssignedUnit(FINANCE, AssignedUnit.Role.SUPPORT, daysFromToday(20)))), InstructionIssued.TYPE);
        String lead = taskId(id, HOUSING);
        String support = taskId(id, FINANCE);

        for (int round = 1; round <= 3; round++) {
            assertThat(post("/api/handling/tasks/" + support + "/feedback", TestTokens.unit(FINANCE),
                    "{\"result\": \"B\", \"text\": \"第" + round + "轮：资金分两年安排\"}").statusCode()).isEqualTo(200);
            assertThat(post("/api/handling/tasks/" + lead + "/feedback", TestTokens.unit(HOUSING),
                    "{\"result\": \"B\", \"text\": \"第" + round + "轮：正在推进\"}").statusCode()).isEqualTo(200);
            HttpResponse<String> rated = post("/api/handling/reports/" + id + "/satisfaction",
                    TestTokens.member("m0002"), "{\"rating\": \"UNSATISFIED\", \"comment\": \"进展太慢\"}");
            assertThat(rated.statusCode()).isEqualTo(200);
            JsonNode view = json(rated);
            int reopened = round;
            if (round < 3) {
                assertThat(view.path("status").asString()).as("round " + round).isEqualTo("IN_HANDLING");
                assertThat(view.path("reopenings").asInt()).isEqualTo(round);
                assertThat(elements(view.path("tasks"))).allSatisfy(task -> {
                    assertThat(task.path("status").asString()).isEqualTo("OPEN");
                    assertThat(task.path("round").asInt()).isEqualTo(reopened + 1);
                    assertThat(task.path("deadline").asString()).isEqualTo(daysFromToday(30).toString());
                    assertThat(task.path("earlierFeedback").size()).isEqualTo(reopened);
                });
            } else {
                assertThat(view.path("status").asString()).as("the third time it stays handled").isEqualTo("HANDLED");
                assertThat(view.path("reopeningsLeft").asInt()).isZero();
                assertThat(view.path("ratings").size()).isEqualTo(3);
            }
        }

        // HANDLED 8, rated 9, IN_HANDLING 10, HANDLED 11, rated 12, IN_HANDLING 13, HANDLED 14, rated 15
        await().atMost(WAIT).until(() -> statusEvents(id, "IN_HANDLING").size() == 3);
        List<JsonNode> reopened = statusEvents(id, "IN_HANDLING").subList(1, 3);
        assertThat(reopened).extracting(e -> e.path("sequence").asLong()).containsExactly(10L, 13L);
        assertThat(reopened).allSatisfy(e -> {
            assertThat(e.path("previousStatus").asString()).isEqualTo("HANDLED");
            assertThat(e.path("actorRole").asString()).isEqualTo("MEMBER");
            assertThat(e.path("actor").asString()).isEqualTo("member-m0002");
        });
        await().atMost(WAIT).untilAsserted(() -> assertThat(notifications(id, "REOPENED"))
                .extracting(n -> n.path("unit").asString()).containsExactlyInAnyOrder(HOUSING, FINANCE, HOUSING, FINANCE));
        assertThat(post("/api/handling/reports/" + id + "/close", TestTokens.office(), "").statusCode()).isEqualTo(200);
        assertThat(statusEvent(id, "CLOSED").path("sequence").asLong()).isEqualTo(15);
    }

    @Test
    void illegalStepsAndBadInputAreRefusedAndNameWhatIsWrong() throws Exception {
        String id = UUID.randomUUID().toString();
        announce(instruction(id, 6, List.of(new AssignedUnit("education", AssignedUnit.Role.LEAD,
                daysFromToday(90)))), InstructionIssued.TYPE);
        statusEvent(id, "IN_HANDLING");
        String taskId = tasksOf(id, TestTokens.unit("education"), "").get(0).path("id").asString();

        HttpResponse<String> early = post("/api/handling/reports/" + id + "/close", TestTokens.office(), "");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(json(early).path("currentStatus").asString()).isEqualTo("IN_HANDLING");
        HttpResponse<String> unrated = post("/api/handling/reports/" + id + "/satisfaction",
                TestTokens.station("chengguan"), "{\"rating\": \"SATISFIED\"}");
        assertThat(unrated.statusCode()).isEqualTo(409);

        HttpResponse<String> resultD = post("/api/handling/tasks/" + taskId + "/feedback", TestTokens.unit("education"),
                "{\"result\": \"D\", \"text\": \"x\"}");
        assertThat(resultD.statusCode()).isEqualTo(400);
        assertThat(fields(resultD)).containsExactly("result");
        assertThat(resultD.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(fields(post("/api/handling/tasks/" + taskId + "/feedback", TestTokens.unit("education"),
                "{\"result\": \"C\", \"text\": \" \"}"))).containsExactly("text");
        assertThat(fields(post("/api/handling/tasks/" + taskId + "/feedback", TestTokens.unit("education"),
                "{\"result\": \"A\", \"text\": \"x\", \"status\": \"FED_BACK\"}"))).containsExactly("status");
        assertThat(fields(post("/api/handling/tasks/" + taskId + "/progress", TestTokens.unit("education"),
                "{\"text\": \"" + "进".repeat(501) + "\"}"))).containsExactly("text");
        assertThat(post("/api/handling/tasks/" + taskId + "/progress", TestTokens.unit("education"),
                "{\"text\": \"" + "𠀀".repeat(500) + "\"}").statusCode())
                .as("500 characters outside the BMP are 500 characters").isEqualTo(200);
        assertThat(fields(post("/api/handling/tasks/" + taskId + "/progress", TestTokens.unit("education"),
                "{\"text\": {\"$gt\": \"\"}}"))).containsExactly("text");
        assertThat(fields(get("/api/handling/tasks?status=DONE", TestTokens.office()))).containsExactly("status");
        assertThat(post("/api/handling/tasks/" + taskId + "/progress", TestTokens.office(), "{\"text\": \"x\"}")
                .statusCode()).isEqualTo(403);
        assertThat(get("/api/handling/tasks", TestTokens.viewer()).statusCode()).isEqualTo(403);
        assertThat(get("/api/handling/tasks", null).statusCode()).isEqualTo(401);

        JsonNode page = json(get("/api/handling/tasks?size=1000", TestTokens.office()));
        assertThat(page.path("size").asInt()).isEqualTo(100);
    }

    @Test
    void aForwardFollowsTheReportsSequenceAndASecondInstructionReopensAHandledReport() throws Exception {
        String id = UUID.randomUUID().toString();
        ReportForwarded forward = new ReportForwarded(UUID.randomUUID(), id, 3, Instant.now(),
                UUID.randomUUID().toString(), "请研究办理",
                List.of(new AssignedUnit("transport", AssignedUnit.Role.LEAD, null)), context());
        announce(forward, ReportForwarded.TYPE);
        JsonNode inHandling = statusEvent(id, "IN_HANDLING");
        assertThat(inHandling.path("sequence").asLong()).isEqualTo(4);
        assertThat(inHandling.path("previousStatus").asString()).isEqualTo("FORWARDED");

        // another service moved the report on meanwhile: the next change follows it
        announce(new ReportStatusChanged(UUID.randomUUID(), id, "SQ-2026-000123", ReportStatus.IN_HANDLING,
                ReportStatus.FORWARDED, 10, Instant.now(), "chengguan", "economy", Category.HARD_PROBLEM, "OFFICE"),
                ReportStatusChanged.TYPE);
        // a report follow-up does not hold is ignored
        announce(new ReportStatusChanged(UUID.randomUUID(), UUID.randomUUID().toString(), "SQ-2026-000124",
                ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, Instant.now(), "xishan", null, Category.DAILY_LIFE,
                "SYSTEM"), ReportStatusChanged.TYPE);
        String taskId = tasksOf(id, TestTokens.unit("transport"), "").get(0).path("id").asString();
        await().atMost(WAIT).until(() ->
                json(get("/api/handling/reports/" + id, TestTokens.office())).path("sequence").asLong() == 10);
        assertThat(post("/api/handling/tasks/" + taskId + "/feedback", TestTokens.unit("transport"),
                "{\"result\": \"C\", \"text\": \"受用地指标限制，暂不能解决\"}").statusCode()).isEqualTo(200);
        assertThat(statusEvent(id, "HANDLED").path("sequence").asLong()).isEqualTo(11);

        announce(instruction(id, 12, List.of(new AssignedUnit("finance", AssignedUnit.Role.SUPPORT,
                daysFromToday(90)))), InstructionIssued.TYPE);
        await().atMost(WAIT).until(() -> statusEvents(id, "IN_HANDLING").size() == 2);
        assertThat(statusEvents(id, "IN_HANDLING").get(1).path("sequence").asLong()).isEqualTo(13);
        JsonNode reopened = json(get("/api/handling/reports/" + id, TestTokens.station("chengguan")));
        assertThat(reopened.path("status").asString()).isEqualTo("IN_HANDLING");
        assertThat(reopened.path("tasks").size()).isEqualTo(2);
    }

    @Test
    void anInstructionThatCannotBeReadGoesToTheDeadLetterTopic() throws Exception {
        String id = UUID.randomUUID().toString();
        InstructionIssued noUnits = instruction(id, 6, List.of());
        announce(noUnits, InstructionIssued.TYPE);

        await().atMost(WAIT).until(() -> topics.withKey(id).stream().anyMatch(r -> r.topic().equals(DEAD_LETTERS)));
        assertThat(get("/api/handling/reports/" + id, TestTokens.office()).statusCode()).isEqualTo(404);
    }

    @Test
    void healthIsUpWithAPingBasedMongoCheck() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.path("status").asString()).isEqualTo("UP");
        assertThat(body.path("components").path("mongo").path("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/prometheus", null).body()).contains("minyi_outbox_published");
    }
}
