package org.minyi.followup.handling.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minyi.followup.reference.domain.Leader;
import org.minyi.followup.reference.domain.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.followup.handling.domain.HandlingFixture.FINANCE;
import static org.minyi.followup.handling.domain.HandlingFixture.HOUSING;
import static org.minyi.followup.handling.domain.HandlingFixture.LEAD_DEADLINE;
import static org.minyi.followup.handling.domain.HandlingFixture.NOW;
import static org.minyi.followup.handling.domain.HandlingFixture.RULES;
import static org.minyi.followup.handling.domain.HandlingFixture.SHANGHAI;
import static org.minyi.followup.handling.domain.HandlingFixture.assignment;
import static org.minyi.followup.handling.domain.HandlingFixture.inHandling;
import static org.minyi.followup.handling.domain.HandlingFixture.report;
import static org.minyi.followup.handling.domain.HandlingFixture.reportWithoutText;
import static org.minyi.followup.handling.domain.HandlingFixture.taskOf;
import static org.minyi.followup.handling.domain.HandlingFixture.unit;

class SheetLayoutTest {

    private static final SheetLayout LAYOUT = new SheetLayout(new CountyNames(), SHANGHAI, "");

    private static String text(TaskSheet sheet) {
        StringBuilder all = new StringBuilder(sheet.heading()).append('\n').append(sheet.number()).append('\n');
        sheet.particulars().forEach(l -> all.append(l.label()).append('：').append(l.value()).append('\n'));
        for (TaskSheet.Section section : sheet.sections()) {
            all.append(section.heading()).append('\n');
            section.paragraphs().forEach(p -> all.append(p.lead() == null ? "" : p.lead())
                    .append(p.text() == null ? "" : p.text()).append('\n'));
        }
        return all.append(sheet.issuer()).append('\n').append(sheet.date()).toString();
    }

    @Test
    void theLeadUnitsSheetCarriesTheReportTheInstructionTheOtherUnitsAndWhatToFeedBackByWhen() {
        Handling handling = inHandling();

        TaskSheet sheet = LAYOUT.layOut(handling, taskOf(handling, HOUSING));

        assertThat(sheet.heading()).isEqualTo("县政协社情民意信息交办单");
        assertThat(sheet.number()).isEqualTo("编号：SQ-2026-000123");
        assertThat(sheet.particulars()).extracting(TaskSheet.Line::label)
                .containsExactly("承办单位", "办理期限", "信息标题", "紧急程度", "信息来源");
        assertThat(sheet.particulars().get(0).value()).isEqualTo("县住房和城乡建设局（主办）");
        assertThat(sheet.particulars().get(1).value()).isEqualTo("2026年5月15日前");
        assertThat(sheet.particulars().get(4).value()).isEqualTo("城关镇；反映人：覃少华、刘若兰");
        assertThat(sheet.sections()).extracting(TaskSheet.Section::heading)
                .containsExactly("一、信息内容", "二、领导批示", "三、承办单位", "四、办理要求");
        assertThat(sheet.sections().get(0).paragraphs()).extracting(TaskSheet.Paragraph::lead)
                .contains("（一）基本情况", "（二）存在问题", "（三）意见建议");
        assertThat(sheet.sections().get(0).paragraphs()).extracting(TaskSheet.Paragraph::text)
                .as("each line of the text its own paragraph")
                .contains("城关镇现有2000年以前建成的老旧小区37个，多数没有电梯。", "加装电梯每台需资金约60万元。");
        assertThat(sheet.sections().get(1).paragraphs()).singleElement().satisfies(p -> {
            assertThat(p.lead()).isEqualTo("县长 李明批示（2026年3月14日）：");
            assertThat(p.text()).isEqualTo("请县住建局牵头研究，县财政局配合，一个月内拿出方案。");
        });
        assertThat(text(sheet)).contains("其他承办单位：县财政局（协办，2026年4月30日前）",
                "请于2026年5月15日前办理完毕", "A 已解决或采纳", "贵单位为主办单位");
        assertThat(sheet.issuer()).isEqualTo("政协清河县委员会办公室");
        assertThat(sheet.date()).as("the day it was assigned, in Shanghai").isEqualTo("2026年3月15日");
        assertThat(sheet.fileName()).isEqualTo("交办单-SQ-2026-000123-县住房和城乡建设局.docx");
    }

    @Test
    void aSupportingUnitsSheetSaysItSupportsAndNamesTheLead() {
        Handling handling = inHandling();

        String text = text(LAYOUT.layOut(handling, taskOf(handling, FINANCE)));

        assertThat(text).contains("承办单位：县财政局（协办）", "其他承办单位：县住房和城乡建设局（主办，2026年5月15日前）",
                "贵单位为协办单位");
    }

    @Test
    void aTaskFollowingTwoInstructionsAndATransferPrintsEachUnderItsOwnHeading() {
        Handling handling = Handling.open(assignment(Assignment.Kind.TRANSFER, 5,
                unit("transport", UnitRole.LEAD, null)), RULES, NOW).handling();
        handling.assign(assignment(Basis.instruction(UUID.randomUUID().toString(), "city-mayor", "何立新", "市长",
                        LeaderLevel.CITY, "请县里抓紧办理。\n办理情况报市政府。", null, NOW.plusSeconds(86_400)), report(), 6,
                unit("transport", UnitRole.LEAD, LEAD_DEADLINE)), NOW);

        TaskSheet sheet = LAYOUT.layOut(handling, handling.tasks().get(0).id());

        assertThat(sheet.sections()).extracting(TaskSheet.Section::heading)
                .containsExactly("一、信息内容", "二、领导批示", "三、转送意见", "四、承办单位", "五、办理要求");
        assertThat(sheet.sections().get(1).paragraphs()).extracting(TaskSheet.Paragraph::lead, TaskSheet.Paragraph::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("市长 何立新（市级）批示（2026年3月16日）：", "请县里抓紧办理。"),
                        org.assertj.core.groups.Tuple.tuple(null, "办理情况报市政府。"));
        assertThat(sheet.sections().get(2).paragraphs()).singleElement().satisfies(p -> {
            assertThat(p.lead()).isEqualTo("转送意见（2026年3月15日）：");
            assertThat(p.text()).isEqualTo("请相关部门研究办理，并将结果反馈县政协办公室");
        });
        assertThat(text(sheet)).contains("其他承办单位：无");
        assertThat(sheet.date()).as("the latest assignment's day").isEqualTo("2026年3月16日");
    }

    @Test
    void aReportAssignedWithoutItsTextSaysWhereToAskForItAndAnUnknownUnitPrintsItsCode() {
        Handling handling = Handling.open(assignment(Basis.note(Assignment.Kind.FORWARD, "f-1", null, NOW),
                reportWithoutText(), 5, unit("police", UnitRole.LEAD, null)), RULES, NOW).handling();

        TaskSheet sheet = new SheetLayout(new CountyNames(), SHANGHAI, "政协清河县委员会办公室（督查室）")
                .layOut(handling, handling.tasks().get(0).id());

        assertThat(text(sheet)).contains("承办单位：police（主办）", "办理期限：未定期限", "本件信息交办时未附正文",
                "转办意见（2026年3月15日）：请研究办理。", "请及时办理");
        assertThat(sheet.issuer()).isEqualTo("政协清河县委员会办公室（督查室）");
    }

    @Test
    void aSecondRoundSaysSoAndWithoutTheCountyTheOfficeSignsPlainly() {
        Handling handling = inHandling();
        TaskId finance = taskOf(handling, FINANCE);
        handling.feedBack(finance, FINANCE, FeedbackResult.B, "资金分两年安排", NOW);
        handling.assign(assignment(Assignment.Kind.FORWARD, 7, unit("finance", UnitRole.SUPPORT,
                LocalDate.parse("2026-06-30"))), NOW);
        ReferenceData noCounty = new CountyNames() {
            @Override
            public Optional<String> county() {
                return Optional.empty();
            }

            @Override
            public List<Leader> leaders() {
                return List.of();
            }
        };

        TaskSheet sheet = new SheetLayout(noCounty, SHANGHAI, null).layOut(handling, finance);

        assertThat(text(sheet)).contains("办理轮次：第2轮", "本件为第2轮办理", "请于2026年6月30日前办理完毕");
        assertThat(sheet.issuer()).isEqualTo("县政协办公室");
    }

    @Test
    void aTaskTheHandlingDoesNotHoldHasNoSheet() {
        assertThatThrownBy(() -> LAYOUT.layOut(inHandling(), new TaskId("elsewhere")))
                .isInstanceOf(TaskNotFound.class);
    }
}
