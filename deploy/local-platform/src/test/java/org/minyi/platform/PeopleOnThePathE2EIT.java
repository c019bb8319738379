package org.minyi.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.testing.TopicRecorder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Everyone on a report's path sees what they need to act, on the real local platform through the gateway,
 * each with their own token: the author reads the committee's reasons and revises; the office sends the
 * report to two named leaders and only they (and the secretariat) find it; both leaders instruct, the second
 * through the secretariat; the lead unit's tasks merge into one that follows both instructions, with the
 * report's text and the other units, and prints as a 交办单; the author learns who instructed, reads the text
 * the office released and each unit's result; reviewers, leaders and units are told of their new work. A
 * matter that need not go to the leaders is transferred (转送) straight to a unit. A member reads their own
 * standing.
 */
class PeopleOnThePathE2EIT {

    private static final Duration STEP = Duration.ofSeconds(30);

    private static PlatformClient client;
    private static TopicRecorder statuses;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String deadline = LocalDate.now().plusDays(30).toString();

    @BeforeAll
    static void useThePlatform() {
        SharedPlatform.platform();
        client = SharedPlatform.client();
        statuses = SharedPlatform.statuses();
    }

    @Test
    void returnedWithReasonsRevisedAdoptedInstructedByTwoLeadersReleasedAndHandledByMergedTasks() throws Exception {
        // the author submits; the economy committee's reviewers are told of the new item in their queue
        Map<String, Object> body = report("关于城关镇农村客运班线停运影响群众出行的建议 " + run);
        String id = submit("member-m0004", body);
        eventually().until(() -> notified("reviewer-economy", id, "NEW_IN_QUEUE"));

        // returned with the committee's reasons: the author reads them on the report and its timeline
        claim(id);
        String why = "请补充停运班线涉及的人口数和现有补贴标准。" + run;
        decide(id, Map.of("decision", "RETURN", "comment", why));
        eventually().until(() -> "RETURN".equals(report("member-m0004", id).path("review").path("decision")
                .asString()));
        JsonNode returned = report("member-m0004", id);
        assertThat(returned.path("review").path("comment").asString()).isEqualTo(why);
        assertThat(returned.path("review").path("committee").asString()).isEqualTo("economy");
        JsonNode returnStep = step(id, "RETURNED", 0);
        assertThat(returnStep.path("actor").asString()).isEqualTo("经济委员会");
        assertThat(returnStep.path("actorId").asString()).isEqualTo("reviewer-economy");
        assertThat(returnStep.path("comment").asString()).isEqualTo(why);
        assertThat(step(id, "SUBMITTED", 0).path("actor").asString()).isEqualTo("王宁");

        // revised and adopted with a comment
        body.put("situation", body.get("situation") + "涉及人口约1.2万人，现行补贴标准为每车公里0.8元。");
        PlatformClient.Answer revised = client.put("member-m0004", "/api/reports/" + id, body);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        eventually().until(() -> client.get("office", "/api/review/reports/" + id).json().path("status")
                .asString().equals("ROUTED"));
        claim(id);
        decide(id, Map.of("decision", "ADOPT", "grade", "A", "comment", "数据翔实，建议可行。" + run));
        eventually().until(() -> "ADOPT".equals(report("member-m0004", id).path("review").path("decision")
                .asString()));
        assertThat(report("member-m0004", id).path("review").path("comment").asString()).isEqualTo("数据翔实，建议可行。" + run);

        // sent to the county head and a deputy head: their inboxes and the secretariat's hold it, nobody else's
        PlatformClient.Answer sent = client.post("office", "/api/review/reports/" + id + "/send-to-leaders",
                Map.of("leaders", List.of("county-head", "deputy-head-urban")));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        eventually().until(() -> client.get("leader-county-head", "/api/leadership/inbox").body().contains(id));
        assertThat(client.get("leader-deputy-head-urban", "/api/leadership/reports/" + id).status()).isEqualTo(200);
        assertThat(client.get("leader", "/api/leadership/reports/" + id).status()).isEqualTo(200);
        assertThat(client.get("leader-party-secretary", "/api/leadership/reports/" + id).status()).isEqualTo(404);
        assertThat(client.get("leader-party-secretary", "/api/leadership/inbox").body()).doesNotContain(id);
        eventually().until(() -> notified("leader-county-head", id, "SENT_TO_LEADER")
                && notified("leader", id, "SENT_TO_LEADER"));
        assertThat(notified("leader-party-secretary", id, "SENT_TO_LEADER")).isFalse();

        // the county head instructs; the secretariat records the deputy head's instruction, naming transport again
        String first = "请县交通运输局牵头研究，县财政局配合，一个月内拿出方案。" + run;
        PlatformClient.Answer instructed = client.post("leader-county-head", "/api/leadership/reports/" + id
                + "/instructions", Map.of("text", first, "units", List.of(unit("transport", "LEAD"),
                unit("finance", "SUPPORT"))));
        assertThat(instructed.status()).as(instructed.body()).isIn(200, 201);
        eventually().until(() -> client.get("office", "/api/handling/reports/" + id).json().path("tasks").size() == 2);
        String second = "请县住建局配合交通运输局一并研究候车站点建设。" + run;
        PlatformClient.Answer recorded = client.post("leader", "/api/leadership/reports/" + id + "/instructions",
                Map.of("leader", "deputy-head-urban", "text", second, "units", List.of(unit("transport", "LEAD"),
                        unit("housing-construction", "SUPPORT"))));
        assertThat(recorded.status()).as(recorded.body()).isIn(200, 201);
        eventually().until(() -> client.get("office", "/api/handling/reports/" + id).json().path("tasks").size() == 3);
        eventually().until(() -> notified("unit-housing-construction", id, "TASK_ASSIGNED"));

        // the lead unit's one task follows both instructions, with the report's text and the other units
        String task = taskOf("transport", id);
        JsonNode detail = client.get("unit-transport", "/api/handling/tasks/" + task).json();
        assertThat(detail.path("role").asString()).isEqualTo("LEAD");
        assertThat(detail.path("report").path("situation").asString()).contains("涉及人口约1.2万人");
        assertThat(detail.path("report").path("suggestions").asString()).contains("预约响应式公交");
        List<String> bases = new ArrayList<>();
        detail.path("basis").forEach(b -> bases.add(b.path("kind").asString() + " " + b.path("leaderTitle").asString()
                + " " + b.path("leaderName").asString() + "：" + b.path("text").asString()));
        assertThat(bases).containsExactly("INSTRUCTION 县长 李明：" + first,
                "INSTRUCTION 副县长（分管住建、交通、城管） 张丽：" + second);
        List<String> others = new ArrayList<>();
        detail.path("others").forEach(o -> others.add(o.path("unit").asString() + " " + o.path("role").asString()));
        assertThat(others).containsExactlyInAnyOrder("finance SUPPORT", "housing-construction SUPPORT");
        assertThat(detail.path("others").toString()).doesNotContain("progress", "feedback");
        assertThat(client.get("unit-finance", "/api/handling/tasks/" + task).status()).isEqualTo(404);
        assertThat(client.get("member-m0004", "/api/handling/tasks/" + task).status()).isEqualTo(404);

        // its 交办单 prints the report and both instructions
        HttpResponse<byte[]> sheet = client.download("unit-transport", "/api/handling/tasks/" + task + "/sheet");
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(sheet.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");
        assertThat(documentText(sheet.body())).contains("交办单", "县交通运输局", "李明", first, second, "涉及人口约1.2万人");
        assertThat(client.download("unit-finance", "/api/handling/tasks/" + task + "/sheet").statusCode()).isEqualTo(404);

        // the author learns who instructed and when; the text only once the office released it
        JsonNode outcome = report("member-m0004", id).path("outcome");
        assertThat(outcome.path("instructions")).hasSize(2);
        assertThat(outcome.path("instructions").get(0).path("leaderName").asString()).isEqualTo("李明");
        assertThat(released(outcome)).as("no text before the office releases it").isEmpty();
        String countyHeads = client.get("office", "/api/leadership/reports/" + id).json().path("instructions").get(0)
                .path("instructionId").asString();
        PlatformClient.Answer released = client.post("office", "/api/leadership/reports/" + id + "/instructions/"
                + countyHeads + "/release", null);
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        eventually().until(() -> first.equals(report("member-m0004", id).path("outcome").path("instructions")
                .get(0).path("text").asString()));
        assertThat(released(report("member-m0004", id).path("outcome"))).as("the deputy head's is not released")
                .containsExactly(first);

        // every unit feeds back; the author reads each unit's result
        for (String unit : List.of("transport", "finance", "housing-construction")) {
            PlatformClient.Answer fed = client.post("unit-" + unit, "/api/handling/tasks/" + taskOf(unit, id) + "/feedback",
                    Map.of("result", unit.equals("finance") ? "B" : "A", "text", "已按批示办理。"));
            assertThat(fed.status()).as(fed.body()).isEqualTo(200);
        }
        eventually().until(() -> report("member-m0004", id).path("outcome").path("units").size() == 3);
        Map<String, String> results = new LinkedHashMap<>();
        report("member-m0004", id).path("outcome").path("units").forEach(u -> results.put(u.path("unit").asString(),
                u.path("role").asString() + " " + u.path("result").asString()));
        assertThat(results).containsEntry("transport", "LEAD A").containsEntry("finance", "SUPPORT B")
                .containsEntry("housing-construction", "SUPPORT A");

        // report-status told it all, each step with its actor
        List<String> expected = List.of("SUBMITTED", "ROUTED", "UNDER_REVIEW", "RETURNED", "SUBMITTED", "ROUTED",
                "UNDER_REVIEW", "ADOPTED", "SENT_TO_LEADERS", "INSTRUCTED", "IN_HANDLING", "INSTRUCTED", "IN_HANDLING",
                "HANDLED");
        eventually().until(() -> statusesOf(id).size() >= expected.size());
        List<JsonNode> announced = statusesOf(id);
        assertThat(announced).extracting(e -> e.path("status").asString()).containsExactlyElementsOf(expected);
        assertThat(announced).extracting(e -> e.path("actor").asString()).containsExactly("member-m0004", "system",
                "reviewer-economy", "reviewer-economy", "member-m0004", "system", "reviewer-economy", "reviewer-economy",
                "office", "leader-county-head", "system", "leader", "system", "unit-housing-construction");
        assertThat(announced.get(11).path("actorRole").asString()).isEqualTo("LEADERS_OFFICE");
    }

    @Test
    void aMatterThatNeedNotGoToTheLeadersIsTransferredStraightToTheUnit() {
        String id = submit("station-chengguan", report("关于城关镇客运站候车亭破损的建议 " + run));
        claim(id);
        decide(id, Map.of("decision", "ADOPT", "grade", "C"));
        String note = "请县交通运输局研究办理，并将结果反馈县政协办公室。" + run;
        PlatformClient.Answer transferred = client.post("office", "/api/review/reports/" + id + "/transfer",
                Map.of("note", note, "units", List.of(unit("transport", "LEAD"))));
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);
        assertThat(transferred.json().path("status").asString()).isEqualTo("FORWARDED");
        assertThat(client.post("reviewer-economy", "/api/review/reports/" + id + "/transfer",
                Map.of("note", note, "units", List.of(unit("transport", "LEAD")))).status()).isEqualTo(403);

        eventually().until(() -> taskOf("transport", id) != null);
        JsonNode basis = client.get("unit-transport", "/api/handling/tasks/" + taskOf("transport", id)).json().path("basis");
        assertThat(basis).hasSize(1);
        assertThat(basis.get(0).path("kind").asString()).isEqualTo("TRANSFER");
        assertThat(basis.get(0).path("note").asString()).isEqualTo(note);
        assertThat(client.get("leader", "/api/leadership/reports/" + id).status()).as("never in the leaders' inbox")
                .isEqualTo(404);
        eventually().until(() -> !report("station-chengguan", id).path("outcome").path("transferredAt").isMissingNode()
                && !report("station-chengguan", id).path("outcome").path("transferredAt").isNull());

        eventually().until(() -> statusesOf(id).size() >= 6);
        assertThat(statusesOf(id)).extracting(e -> e.path("status").asString()).containsExactly("SUBMITTED", "ROUTED",
                "UNDER_REVIEW", "ADOPTED", "FORWARDED", "IN_HANDLING");
        JsonNode forwarded = statusesOf(id).get(4);
        assertThat(forwarded.path("previousStatus").asString()).isEqualTo("ADOPTED");
        assertThat(forwarded.path("actor").asString()).isEqualTo("office");
    }

    @Test
    void aMemberReadsTheirOwnStandingAndNobodyElsesMemberDoes() {
        String id = submit("member-m0004", report("关于城关镇村级文化广场照明不足的建议 " + run));
        claim(id);
        decide(id, Map.of("decision", "ADOPT", "grade", "B"));
        String path = "/api/dashboard/duties/" + Year.now().getValue() + "/members/m0004";
        eventually().until(() -> client.get("member-m0004", path).body().contains(id));
        JsonNode standing = client.get("member-m0004", path).json();
        assertThat(standing.path("member").asString()).isEqualTo("m0004");
        assertThat(standing.path("adopted").asInt()).isPositive();
        assertThat(standing.path("dutyMet").asBoolean()).isTrue();
        assertThat(standing.path("talkList").path("listed").asBoolean()).isFalse();
        assertThat(client.get("member-m0012", path).status()).isEqualTo(404);
        assertThat(client.get("office", path).status()).isEqualTo(200);
        assertThat(client.get("viewer", path).status()).isEqualTo(200);
        assertThat(client.get("station-chengguan", path).status()).isEqualTo(403);
    }

    /**
     * Waits for what another service does; polls slowly enough to stay inside the gateway's rate limits (a
     * member may make 2 requests a second), which a polling test would otherwise exhaust.
     */
    private static org.awaitility.core.ConditionFactory eventually() {
        return await().atMost(STEP).pollInterval(Duration.ofMillis(750));
    }

    private Map<String, Object> report(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("category", "DAILY_LIFE");
        body.put("domain", "transport");
        body.put("situation", "今年以来，城关镇有3条农村客运班线因客流不足停运，沿线6个行政村群众出行困难。");
        body.put("suggestions", "建议县交通运输局优化补贴机制，推行预约响应式公交。");
        body.put("township", "chengguan");
        body.put("authors", List.of("m0004"));
        body.put("urgent", false);
        return body;
    }

    private Map<String, Object> unit(String unit, String role) {
        return Map.of("unit", unit, "role", role, "deadline", deadline);
    }

    private static String submit(String who, Map<String, Object> body) {
        PlatformClient.Answer answer = client.post(who, "/api/reports", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    private static void claim(String id) {
        eventually().until(() -> client.get("reviewer-economy", "/api/review/reports/" + id).json()
                .path("status").asString().equals("ROUTED"));
        assertThat(client.post("reviewer-economy", "/api/review/reports/" + id + "/claim", null).status()).isEqualTo(200);
    }

    private static void decide(String id, Map<String, Object> decision) {
        PlatformClient.Answer answer = client.post("reviewer-economy", "/api/review/reports/" + id + "/decision", decision);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private static JsonNode report(String who, String id) {
        return client.get(who, "/api/reports/" + id).json();
    }

    /** The {@code n}-th step of the timeline with {@code status}. */
    private static JsonNode step(String id, String status, int n) {
        List<JsonNode> found = new ArrayList<>();
        client.get("member-m0004", "/api/reports/" + id + "/timeline").json().path("steps").forEach(step -> {
            if (step.path("status").asString().equals(status)) {
                found.add(step);
            }
        });
        return found.get(n);
    }

    /** The instruction texts an outcome carries: those the office released. */
    private static List<String> released(JsonNode outcome) {
        List<String> texts = new ArrayList<>();
        outcome.path("instructions").forEach(i -> {
            if (i.path("text").isString() && !i.path("text").asString().isBlank()) {
                texts.add(i.path("text").asString());
            }
        });
        return texts;
    }

    private static boolean notified(String who, String reportId, String kind) {
        for (JsonNode notice : client.get(who, "/api/notifications?size=100").json().path("items")) {
            if (notice.path("reportId").asString().equals(reportId) && notice.path("kind").asString().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private static String taskOf(String unit, String reportId) {
        for (JsonNode task : client.get("unit-" + unit, "/api/handling/tasks?unit=" + unit + "&size=100").json()
                .path("items")) {
            if (task.path("reportId").asString().equals(reportId)) {
                return task.path("id").asString();
            }
        }
        return null;
    }

    /** The report's status changes on {@code report-status} (flags left out), in sequence order. */
    private static List<JsonNode> statusesOf(String reportId) {
        List<JsonNode> found = new ArrayList<>();
        for (TopicRecorder.Recorded record : statuses.withKey(reportId)) {
            JsonNode event = PlatformClient.JSON.readTree(record.value());
            if (event.has("status")) {
                found.add(event);
            }
        }
        found.sort((a, b) -> Long.compare(a.path("sequence").asLong(), b.path("sequence").asLong()));
        return found;
    }

    /** The text of a Word document's body: its runs joined. */
    private static String documentText(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    StringBuilder text = new StringBuilder();
                    Matcher run = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(xml);
                    while (run.find()) {
                        text.append(run.group(1));
                    }
                    return text.toString();
                }
            }
        }
        throw new AssertionError("no word/document.xml in the sheet");
    }
}
