package org.minyi.followup;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.minyi.events.intake.Category;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.InstructionReleased;
import org.minyi.events.leadership.ReportContext;
import org.minyi.events.review.ReportTransferred;
import org.minyi.testing.TestTokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a unit acts on, end to end: instructions of several leaders and the office's transfer (转送) arrive on
 * Kafka as leadership-instruction and committee-review publish them; each unit reads its one task with the
 * report's text and every instruction or note it follows, and prints its 交办单 — and nobody but the unit and
 * the office reads it.
 */
class WorkOrdersIT extends IntegrationSupport {

    private static final String HOUSING = "housing-construction";
    private static final String FINANCE = "finance";
    private static final String TRANSPORT = "transport";
    private static final String REVIEW = "/minyi/committee-review";

    static ReportContext reportWithText() {
        return new ReportContext("SQ-2026-000777", "关于城关镇老旧小区加装电梯资金缺口的建议", Category.HARD_PROBLEM,
                "chengguan", "economy", List.of("m0001", "m0002"), true,
                "城关镇现有2000年以前建成的老旧小区37个，多数没有电梯。", "居民自筹比例高。", "建议设立专项补助资金。");
    }

    static InstructionIssued instructedBy(String reportId, long sequence, String leader, String name, String title,
                                          String text, LocalDate on, List<AssignedUnit> units) {
        return new InstructionIssued(UUID.randomUUID(), reportId, sequence, Instant.now(), UUID.randomUUID().toString(),
                leader, InstructionIssued.Level.COUNTY, text, units, reportWithText(), name, title, on,
                "leader-" + leader);
    }

    @Test
    void aUnitNamedByTwoLeadersHasOneTaskWithTheReportsTextAndBothInstructions() throws Exception {
        String id = UUID.randomUUID().toString();
        announce(instructedBy(id, 6, "county-head", "李明", "县长", "请县住建局牵头研究，县财政局配合，一个月内拿出方案。",
                LocalDate.of(2026, 3, 14), List.of(new AssignedUnit(HOUSING, AssignedUnit.Role.LEAD, daysFromToday(60)),
                        new AssignedUnit(FINANCE, AssignedUnit.Role.SUPPORT, daysFromToday(45)))),
                InstructionIssued.TYPE);
        String housingTask = taskId(id, HOUSING);
        String financeTask = taskId(id, FINANCE);
        statusEvent(id, "IN_HANDLING");
        announce(instructedBy(id, 8, "deputy-head-urban", "张丽", "副县长", "同意，住建局抓紧，交通局配合做好施工组织。",
                LocalDate.of(2026, 3, 16), List.of(new AssignedUnit(HOUSING, AssignedUnit.Role.SUPPORT,
                        daysFromToday(90)), new AssignedUnit(TRANSPORT, AssignedUnit.Role.SUPPORT, daysFromToday(30)))),
                InstructionIssued.TYPE);
        await().atMost(WAIT).until(() -> statusEvents(id, "IN_HANDLING").size() == 2);
        assertThat(statusEvents(id, "IN_HANDLING").get(1).path("sequence").asLong()).isEqualTo(9);
        assertThat(statusEvents(id, "IN_HANDLING").get(1).path("actor").asString()).isEqualTo("system");

        HttpResponse<String> answer = get("/api/handling/tasks/" + housingTask, TestTokens.unit(HOUSING));
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode task = json(answer);
        assertThat(task.path("id").asString()).isEqualTo(housingTask);
        assertThat(task.path("reportId").asString()).isEqualTo(id);
        assertThat(task.path("trackingNumber").asString()).isEqualTo("SQ-2026-000777");
        assertThat(task.path("unit").asString()).isEqualTo(HOUSING);
        assertThat(task.path("unitName").asString()).isEqualTo("县住房和城乡建设局");
        assertThat(task.path("role").asString()).as("the lead stays the lead").isEqualTo("LEAD");
        assertThat(task.path("deadline").asString()).as("the earlier deadline").isEqualTo(daysFromToday(60).toString());
        assertThat(task.path("status").asString()).isEqualTo("OPEN");
        assertThat(task.path("round").asInt()).isEqualTo(1);
        assertThat(task.path("assignedAt").isNull()).isFalse();
        JsonNode report = task.path("report");
        assertThat(report.path("title").asString()).isEqualTo("关于城关镇老旧小区加装电梯资金缺口的建议");
        assertThat(report.path("category").asString()).isEqualTo("HARD_PROBLEM");
        assertThat(report.path("situation").asString()).startsWith("城关镇现有2000年以前建成的老旧小区37个");
        assertThat(report.path("analysis").asString()).isEqualTo("居民自筹比例高。");
        assertThat(report.path("suggestions").asString()).isEqualTo("建议设立专项补助资金。");
        assertThat(report.path("township").asString()).isEqualTo("chengguan");
        assertThat(elements(report.path("authors"))).extracting(JsonNode::asString).containsExactly("m0001", "m0002");
        assertThat(report.path("urgent").asBoolean()).isTrue();
        assertThat(elements(task.path("basis"))).extracting(b -> b.path("kind").asString() + ":"
                        + b.path("leader").asString() + ":" + b.path("leaderName").asString() + ":"
                        + b.path("leaderTitle").asString() + ":" + b.path("level").asString() + ":"
                        + b.path("instructedOn").asString())
                .containsExactly("INSTRUCTION:county-head:李明:县长:COUNTY:2026-03-14",
                        "INSTRUCTION:deputy-head-urban:张丽:副县长:COUNTY:2026-03-16");
        assertThat(task.path("basis").get(0).path("text").asString()).startsWith("请县住建局牵头研究");
        assertThat(task.path("basis").get(0).path("instructedAt").isNull()).isFalse();
        assertThat(elements(task.path("others"))).extracting(o -> o.path("unit").asString() + ":"
                        + o.path("unitName").asString() + ":" + o.path("role").asString() + ":" + o.path("status").asString())
                .containsExactly(FINANCE + ":县财政局:SUPPORT:OPEN", TRANSPORT + ":县交通运输局:SUPPORT:OPEN");
        await().atMost(WAIT).untilAsserted(() -> assertThat(notifications(id, "TASK_ASSIGNED"))
                .extracting(n -> n.path("unit").asString())
                .as("housing is told of its joined task too").containsExactlyInAnyOrder(HOUSING, FINANCE, HOUSING,
                        TRANSPORT));

        // the others are named with their roles, never with their notes or feedback
        assertThat(post("/api/handling/tasks/" + financeTask + "/feedback", TestTokens.unit(FINANCE),
                "{\"result\": \"B\", \"text\": \"资金分两年安排到位\"}").statusCode()).isEqualTo(200);
        JsonNode after = json(get("/api/handling/tasks/" + housingTask, TestTokens.unit(HOUSING)));
        assertThat(after.path("others").get(0).path("status").asString()).isEqualTo("FED_BACK");
        assertThat(after.path("others").toString()).doesNotContain("资金分两年安排到位");
        assertThat(json(get("/api/handling/tasks/" + financeTask, TestTokens.office())).path("feedback")
                .path("text").asString()).isEqualTo("资金分两年安排到位");

        // a third instruction naming the unit that fed back opens its task again for a new round
        announce(instructedBy(id, 10, "party-secretary", "王建国", "县委书记", "财政局要加大支持力度。",
                LocalDate.of(2026, 3, 20), List.of(new AssignedUnit(FINANCE, AssignedUnit.Role.SUPPORT,
                        daysFromToday(20)))), InstructionIssued.TYPE);
        await().atMost(WAIT).until(() -> json(get("/api/handling/tasks/" + financeTask, TestTokens.unit(FINANCE)))
                .path("round").asInt() == 2);
        JsonNode reopened = json(get("/api/handling/tasks/" + financeTask, TestTokens.unit(FINANCE)));
        assertThat(reopened.path("status").asString()).isEqualTo("OPEN");
        assertThat(reopened.path("deadline").asString()).isEqualTo(daysFromToday(20).toString());
        assertThat(reopened.path("feedback").isNull()).isTrue();
        assertThat(reopened.path("earlierFeedback").get(0).path("text").asString()).isEqualTo("资金分两年安排到位");
        assertThat(reopened.path("basis").size()).isEqualTo(2);
    }

    @Test
    void onlyTheTasksOwnUnitAndTheOfficeReadItEveryoneElseIsToldItDoesNotExist() throws Exception {
        String id = UUID.randomUUID().toString();
        announce(instructedBy(id, 6, "county-head", "李明", "县长", "请研究办理。", LocalDate.of(2026, 3, 14),
                List.of(new AssignedUnit(HOUSING, AssignedUnit.Role.LEAD, daysFromToday(60)),
                        new AssignedUnit(FINANCE, AssignedUnit.Role.SUPPORT, daysFromToday(45)))),
                InstructionIssued.TYPE);
        String housingTask = taskId(id, HOUSING);

        assertThat(get("/api/handling/tasks/" + housingTask, TestTokens.unit(HOUSING)).statusCode()).isEqualTo(200);
        assertThat(get("/api/handling/tasks/" + housingTask, TestTokens.office()).statusCode()).isEqualTo(200);
        for (String other : List.of(TestTokens.unit(FINANCE), TestTokens.unit("police"), TestTokens.member("m0001"),
                TestTokens.station("chengguan"), TestTokens.reviewer("economy"), TestTokens.leader("county-head"),
                TestTokens.leadersOffice(), TestTokens.viewer(), TestTokens.token("unit-" + HOUSING, "UNIT",
                        java.util.Map.of()))) {
            for (String path : List.of("/api/handling/tasks/" + housingTask, "/api/handling/tasks/" + housingTask
                    + "/sheet")) {
                HttpResponse<String> refused = get(path, other);
                assertThat(refused.statusCode()).as(path).isEqualTo(404);
                assertThat(refused.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("application/problem+json");
            }
        }
        assertThat(get("/api/handling/tasks/" + UUID.randomUUID(), TestTokens.office()).statusCode()).isEqualTo(404);
        assertThat(get("/api/handling/tasks/" + housingTask, null).statusCode()).isEqualTo(401);

        // the refusal is audited, named by its route and the task
        JsonNode denied = await().atMost(Duration.ofSeconds(10)).until(() -> json(get(
                "/api/audit?principal=unit-" + FINANCE + "&object=" + housingTask, TestTokens.office())),
                page -> page.path("total").asLong() >= 2);
        assertThat(elements(denied.path("items"))).extracting(e -> e.path("action").asString() + ":"
                        + e.path("outcome").asString() + ":" + e.path("status").asInt())
                .contains("GET /api/handling/tasks/{id}:DENIED:404", "GET /api/handling/tasks/{id}/sheet:DENIED:404");
    }

    @Test
    void aTransferGivesTheUnitsTasksThatFollowTheOfficesNote() throws Exception {
        String id = UUID.randomUUID().toString();
        ReportTransferred transfer = new ReportTransferred(UUID.randomUUID(), id, 5, Instant.now(),
                UUID.randomUUID().toString(), "请县交通运输局研究增开城关至西山公交班次，县财政局配合。",
                List.of(new AssignedUnit(TRANSPORT, AssignedUnit.Role.LEAD, daysFromToday(30)),
                        new AssignedUnit(FINANCE, AssignedUnit.Role.SUPPORT, daysFromToday(30))),
                reportWithText(), "office");

        announce(transfer, ReportTransferred.TYPE, REVIEW);
        announce(transfer, ReportTransferred.TYPE, REVIEW);

        JsonNode inHandling = statusEvent(id, "IN_HANDLING");
        assertThat(inHandling.path("previousStatus").asString()).isEqualTo("FORWARDED");
        assertThat(inHandling.path("sequence").asLong()).isEqualTo(6);
        assertThat(inHandling.path("actorRole").asString()).isEqualTo("SYSTEM");
        assertThat(inHandling.path("actor").asString()).isEqualTo("system");
        String transportTask = taskId(id, TRANSPORT);
        JsonNode task = json(get("/api/handling/tasks/" + transportTask, TestTokens.unit(TRANSPORT)));
        assertThat(task.path("basis")).hasSize(1);
        JsonNode basis = task.path("basis").get(0);
        assertThat(basis.path("kind").asString()).isEqualTo("TRANSFER");
        assertThat(basis.path("note").asString()).startsWith("请县交通运输局研究增开");
        assertThat(basis.path("at").isNull()).isFalse();
        assertThat(basis.path("leader").isNull()).isTrue();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(json(get("/api/handling/reports/" + id, TestTokens.office())).path("tasks").size())
                    .as("the transfer delivered twice gives one set of tasks").isEqualTo(2);
            assertThat(statusEvents(id, "IN_HANDLING")).hasSize(1);
        });
        await().atMost(WAIT).untilAsserted(() -> assertThat(notifications(id, "TASK_ASSIGNED"))
                .extracting(n -> n.path("unit").asString()).containsExactlyInAnyOrder(TRANSPORT, FINANCE));
    }

    @Test
    void anInstructionReleasedToTheAuthorsConcernsNoUnitAndChangesNothing() throws Exception {
        String id = UUID.randomUUID().toString();
        InstructionIssued instruction = instructedBy(id, 6, "county-head", "李明", "县长", "请研究办理。",
                LocalDate.of(2026, 3, 14), List.of(new AssignedUnit(HOUSING, AssignedUnit.Role.LEAD,
                        daysFromToday(60))));
        announce(instruction, InstructionIssued.TYPE);
        String housingTask = taskId(id, HOUSING);
        JsonNode before = json(get("/api/handling/reports/" + id, TestTokens.office()));

        announce(new InstructionReleased(UUID.randomUUID(), id, 8, Instant.now(), instruction.instructionId(),
                "county-head", "李明", "请研究办理。", LocalDate.of(2026, 3, 14), "office"), InstructionReleased.TYPE);

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(topics.withKey(id).stream().noneMatch(r -> r.topic().equals(DEAD_LETTERS))).isTrue();
            assertThat(json(get("/api/handling/reports/" + id, TestTokens.office()))).isEqualTo(before);
            assertThat(json(get("/api/handling/tasks/" + housingTask, TestTokens.unit(HOUSING))).path("basis").size())
                    .isEqualTo(1);
        });
    }

    @Test
    void aTransferThatNamesNoUnitGoesToTheDeadLetterTopic() throws Exception {
        String id = UUID.randomUUID().toString();
        announce(new ReportTransferred(UUID.randomUUID(), id, 5, Instant.now(), UUID.randomUUID().toString(), "请研究",
                List.of(), reportWithText(), "office"), ReportTransferred.TYPE, REVIEW);

        await().atMost(WAIT).until(() -> topics.withKey(id).stream().anyMatch(r -> r.topic().equals(DEAD_LETTERS)));
        assertThat(get("/api/handling/reports/" + id, TestTokens.office()).statusCode()).isEqualTo(404);
    }

    @Test
    void theAssignmentSheetIsAWordDocumentWithTheReportTheInstructionAndTheDeadline() throws Exception {
        String id = UUID.randomUUID().toString();
        announce(instructedBy(id, 6, "county-head", "李明", "县长", "请县住建局牵头研究，县财政局配合。",
                LocalDate.of(2026, 3, 14), List.of(new AssignedUnit(HOUSING, AssignedUnit.Role.LEAD,
                        LocalDate.of(2099, 5, 15)), new AssignedUnit(FINANCE, AssignedUnit.Role.SUPPORT,
                        LocalDate.of(2099, 4, 30)))), InstructionIssued.TYPE);
        String housingTask = taskId(id, HOUSING);

        for (String token : List.of(TestTokens.unit(HOUSING), TestTokens.office())) {
            HttpResponse<byte[]> sheet = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/handling/tasks/" + housingTask + "/sheet"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(sheet.statusCode()).isEqualTo(200);
            assertThat(sheet.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            assertThat(sheet.headers().firstValue("Content-Disposition").orElse(""))
                    .startsWith("attachment").contains("filename*=UTF-8''")
                    .contains("SQ-2026-000777");
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(sheet.body()));
                 XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                assertThat(extractor.getText()).contains("县政协社情民意信息交办单", "编号：SQ-2026-000777",
                        "承办单位：县住房和城乡建设局（主办）", "办理期限：2099年5月15日前",
                        "城关镇现有2000年以前建成的老旧小区37个", "县长 李明批示（2026年3月14日）：请县住建局牵头研究",
                        "其他承办单位：县财政局（协办，2099年4月30日前）", "请于2099年5月15日前办理完毕",
                        "政协清河县委员会办公室");
            }
        }
    }
}
