package org.minyi.followup.handling.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.minyi.followup.reference.domain.ReferenceData;

/**
 * Lays out a task's assignment sheet (社情民意信息交办单) as a county CPPCC office issues it to a handling
 * unit: who handles it in which role and by when, the report's text, the leaders' instructions (批示) or
 * the office's forward (转办) or transfer (转送) note it follows, the other units on the report, what to feed
 * back, and the office's signature with the date of the assignment. Names come from the reference data
 * (a code it does not know prints as the code).
 */
public final class SheetLayout {

    static final String HEADING = "县政协社情民意信息交办单";
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final Map<LeaderLevel, String> LEVELS = Map.of(LeaderLevel.CITY, "市级",
            LeaderLevel.PROVINCE, "省级", LeaderLevel.NATIONAL, "国家级");

    private final ReferenceData names;
    private final ZoneId zone;
    private final String issuer;

    /** @param issuer the office that signs, or blank for 政协<county>委员会办公室 from the reference data */
    public SheetLayout(ReferenceData names, ZoneId zone, String issuer) {
        this.names = names;
        this.zone = zone;
        this.issuer = issuer == null || issuer.isBlank()
                ? names.county().map(county -> "政协" + county + "委员会办公室").orElse("县政协办公室") : issuer;
    }

    /** @throws TaskNotFound when the handling holds no such task */
    public TaskSheet layOut(Handling handling, TaskId taskId) {
        Task task = handling.task(taskId);
        ReportFacts report = handling.report();
        String unitName = names.unitName(task.unit());

        List<TaskSheet.Line> particulars = new ArrayList<>();
        particulars.add(new TaskSheet.Line("承办单位", unitName + "（" + role(task.role()) + "）"));
        particulars.add(new TaskSheet.Line("办理期限", deadline(task.deadline())));
        if (task.round() > 1) {
            particulars.add(new TaskSheet.Line("办理轮次", "第" + task.round() + "轮"));
        }
        particulars.add(new TaskSheet.Line("信息标题", report.title()));
        if (report.urgent()) {
            particulars.add(new TaskSheet.Line("紧急程度", "急件"));
        }
        particulars.add(new TaskSheet.Line("信息来源", source(report)));

        List<TaskSheet.Section> sections = new ArrayList<>();
        sections.add(new TaskSheet.Section(numbered(sections, "信息内容"), reportText(report)));
        basisSection(sections, task, Assignment.Kind.INSTRUCTION, "领导批示");
        basisSection(sections, task, Assignment.Kind.FORWARD, "转办意见");
        basisSection(sections, task, Assignment.Kind.TRANSFER, "转送意见");
        sections.add(new TaskSheet.Section(numbered(sections, "承办单位"), units(handling, task, unitName)));
        sections.add(new TaskSheet.Section(numbered(sections, "办理要求"), requirements(task)));

        String date = written(task.lastAssignedAt().atZone(zone).toLocalDate());
        return new TaskSheet(HEADING, "编号：" + report.trackingNumber(), particulars, sections, issuer, date,
                "社情民意信息交办单（" + report.trackingNumber() + "，" + unitName + "）",
                "交办单-" + report.trackingNumber() + "-" + unitName + ".docx");
    }

    private String source(ReportFacts report) {
        String township = names.townshipName(report.township());
        if (report.authors().isEmpty()) {
            return township;
        }
        return township + "；反映人：" + String.join("、", report.authors().stream().map(names::memberName).toList());
    }

    private static List<TaskSheet.Paragraph> reportText(ReportFacts report) {
        List<TaskSheet.Paragraph> paragraphs = new ArrayList<>();
        if (!report.hasText()) {
            paragraphs.add(new TaskSheet.Paragraph(null, "本件信息交办时未附正文，请与县政协办公室联系索取。"));
            return paragraphs;
        }
        int part = 0;
        for (String[] section : new String[][]{{"基本情况", report.situation()}, {"存在问题", report.analysis()},
                {"意见建议", report.suggestions()}}) {
            if (section[1] == null || section[1].isBlank()) {
                continue;
            }
            paragraphs.add(new TaskSheet.Paragraph("（" + NUMERALS[part++] + "）" + section[0], null));
            lines(section[1]).forEach(line -> paragraphs.add(new TaskSheet.Paragraph(null, line)));
        }
        return paragraphs;
    }

    private void basisSection(List<TaskSheet.Section> sections, Task task, Assignment.Kind kind, String title) {
        List<TaskSheet.Paragraph> paragraphs = new ArrayList<>();
        for (Basis basis : task.basis()) {
            if (basis.kind() != kind) {
                continue;
            }
            String lead = switch (kind) {
                case INSTRUCTION -> leader(basis) + "批示（" + written(instructedOn(basis)) + "）：";
                case FORWARD -> "转办意见（" + written(basis.at().atZone(zone).toLocalDate()) + "）：";
                case TRANSFER -> "转送意见（" + written(basis.at().atZone(zone).toLocalDate()) + "）：";
            };
            List<String> lines = basis.text() == null || basis.text().isBlank() ? List.of("请研究办理。")
                    : lines(basis.text());
            paragraphs.add(new TaskSheet.Paragraph(lead, lines.get(0)));
            lines.stream().skip(1).forEach(line -> paragraphs.add(new TaskSheet.Paragraph(null, line)));
        }
        if (!paragraphs.isEmpty()) {
            sections.add(new TaskSheet.Section(numbered(sections, title), paragraphs));
        }
    }

    private static String leader(Basis basis) {
        String name = basis.leaderName() != null ? basis.leaderName() : basis.leader();
        String who = basis.leaderTitle() == null || basis.leaderTitle().isBlank() ? name
                : basis.leaderTitle() + " " + name;
        String level = basis.level() == null ? null : LEVELS.get(basis.level());
        return level == null ? who : who + "（" + level + "）";
    }

    private LocalDate instructedOn(Basis basis) {
        return basis.instructedOn() != null ? basis.instructedOn() : basis.at().atZone(zone).toLocalDate();
    }

    private List<TaskSheet.Paragraph> units(Handling handling, Task task, String unitName) {
        List<TaskSheet.Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new TaskSheet.Paragraph("本单位：", unitName + "（" + role(task.role()) + "），"
                + deadline(task.deadline())));
        List<String> others = handling.otherTasks(task.id()).stream()
                .map(other -> names.unitName(other.unit()) + "（" + role(other.role()) + "，"
                        + deadline(other.deadline()) + "）").toList();
        paragraphs.add(new TaskSheet.Paragraph("其他承办单位：", others.isEmpty() ? "无" : String.join("；", others)));
        return paragraphs;
    }

    private static List<TaskSheet.Paragraph> requirements(Task task) {
        List<TaskSheet.Paragraph> paragraphs = new ArrayList<>();
        String by = task.deadline() == null ? "请及时办理，" : "请于" + written(task.deadline()) + "前办理完毕，";
        paragraphs.add(new TaskSheet.Paragraph(null, by + "并通过民意平台“办理任务”向县政协办公室反馈办理情况。"));
        paragraphs.add(new TaskSheet.Paragraph(null, "反馈内容：办理结果（A 已解决或采纳；B 正在解决或部分解决；"
                + "C 暂不能解决，须说明原因）及具体办理情况。"));
        paragraphs.add(new TaskSheet.Paragraph(null, task.role() == UnitRole.LEAD
                ? "贵单位为主办单位，负责牵头办理，协办单位的反馈汇入贵单位；主办单位的办理结果即为本件信息的办理结果。"
                : "贵单位为协办单位，请积极配合主办单位办理，并按期提交本单位的办理反馈。"));
        if (task.round() > 1) {
            paragraphs.add(new TaskSheet.Paragraph(null, "本件为第" + task.round()
                    + "轮办理，此前的办理反馈已存档，请重新办理并反馈。"));
        }
        return paragraphs;
    }

    private static String role(UnitRole role) {
        return role == UnitRole.LEAD ? "主办" : "协办";
    }

    private static String deadline(LocalDate deadline) {
        return deadline == null ? "未定期限" : written(deadline) + "前";
    }

    private static String numbered(List<TaskSheet.Section> before, String title) {
        return NUMERALS[before.size()] + "、" + title;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String written(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
