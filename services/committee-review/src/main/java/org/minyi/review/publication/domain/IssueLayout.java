package org.minyi.review.publication.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.minyi.review.publication.domain.PrintedIssue.PrintedReport;
import org.minyi.review.publication.domain.PrintedIssue.Section;
import org.minyi.review.queue.domain.IssueKind;

/**
 * How an issue is laid out, as county offices print them: the red masthead with the issue number, the
 * issuing office and the date; the editor's note; one report after another, each with its title, the
 * line naming who reported it, and its text in numbered sections; the distribution lines and the imprint.
 */
public final class IssueLayout {

    static final String CLASSIFICATION = "内部资料 注意保存";
    static final String DRAFT = "草稿";
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五"};

    private IssueLayout() {
    }

    /**
     * @param defaultIssuer the office printed on a draft, which has none yet
     * @param today         the date printed on a draft
     */
    public static PrintedIssue layOut(Publication issue, DisplayNames names, String defaultIssuer, LocalDate today) {
        boolean draft = issue.status() == PublicationStatus.DRAFT;
        String masthead = issue.kind().masthead();
        String issuer = draft || issue.issuer() == null ? defaultIssuer : issue.issuer();
        LocalDate date = draft ? today : issue.issuedOn();
        String numberLine = draft ? DRAFT : "第" + issue.number() + "期";
        String title = draft ? "《" + masthead + "》" + DRAFT : issue.ref().citation();
        List<PrintedReport> reports = issue.reports().stream().map(r -> report(r, names)).toList();
        return new PrintedIssue(title, CLASSIFICATION, masthead, numberLine, issuer, date(date),
                issue.texts().headline(), issue.texts().editorNote(), reports,
                recipients(issue.kind(), issue.texts().recipients()), issuer + "　　" + date(date) + "印发", draft);
    }

    /** 2026年3月15日, Arabic numerals without leading zeros as GB/T 9704 has them. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The office's name for a county: 政协清河县委员会办公室. */
    public static String officeOf(String county) {
        return "政协" + (county == null ? "" : county) + "委员会办公室";
    }

    /**
     * Who reported it: the members by name; a sector, party or group it was written for; or, for a
     * station's own report, the station. A composite also says how many reports it draws on.
     */
    static String authorLine(CarriedReport r, DisplayNames names) {
        List<String> people = r.authors().stream().map(names::member).toList();
        String line;
        if (r.onBehalfOf() != null) {
            line = "反映单位：" + r.onBehalfOf().name() + (people.isEmpty() ? "" : "　执笔：" + String.join("、", people));
        } else if (!people.isEmpty()) {
            line = "反映人：" + String.join("、", people);
        } else {
            line = "反映单位：" + names.station(r.township());
        }
        if (!r.compositeOf().isEmpty()) {
            line += "（根据" + String.join("、", r.compositeOf()) + "等" + r.compositeOf().size() + "篇信息综合）";
        }
        return line;
    }

    private static PrintedReport report(CarriedReport r, DisplayNames names) {
        List<Section> sections = new ArrayList<>();
        addSection(sections, "基本情况", r.situation());
        addSection(sections, "存在问题", r.analysis());
        addSection(sections, "意见建议", r.suggestions());
        return new PrintedReport(r.trackingNumber(), r.title(), authorLine(r, names), sections);
    }

    private static void addSection(List<Section> sections, String heading, String text) {
        List<String> paragraphs = paragraphs(text);
        if (!paragraphs.isEmpty()) {
            sections.add(new Section(NUMERALS[sections.size()] + "、" + heading, paragraphs));
        }
    }

    private static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static List<String> recipients(IssueKind kind, String given) {
        if (given != null) {
            return paragraphs(given);
        }
        return kind == IssueKind.SPECIAL
                ? List.of("报：县委、县政府主要领导，县政协主席、副主席。")
                : List.of("报：县委、县人大常委会、县政府、县政协领导。",
                        "送：县委办公室、县政府办公室，县政协各专门委员会，各乡镇、县直有关单位。");
    }
}
