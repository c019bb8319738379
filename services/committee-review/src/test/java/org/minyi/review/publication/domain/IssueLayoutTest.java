package org.minyi.review.publication.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minyi.review.publication.domain.PrintedIssue.PrintedReport;
import org.minyi.review.publication.domain.PrintedIssue.Section;
import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.ReportId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.review.publication.domain.PublicationFixture.carried;
import static org.minyi.review.publication.domain.PublicationFixture.draft;
import static org.minyi.review.publication.domain.PublicationFixture.fromSector;
import static org.minyi.review.publication.domain.PublicationFixture.issued;
import static org.minyi.review.publication.domain.PublicationFixture.names;

class IssueLayoutTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    @Test
    void anIssuedRegularIssueHasItsMastheadNumberOfficeAndDate() {
        PrintedIssue printed = IssueLayout.layOut(issued(IssueKind.REGULAR, 7,
                carried("r-1", "关于老旧小区加装电梯的建议", List.of("m0001", "m0002"))), names(), "默认办公室", TODAY);

        assertThat(printed.masthead()).isEqualTo("社情民意");
        assertThat(printed.documentTitle()).isEqualTo("《社情民意》2026年第7期");
        assertThat(printed.numberLine()).isEqualTo("第7期");
        assertThat(printed.issuer()).isEqualTo("政协清河县委员会办公室");
        assertThat(printed.dateLine()).isEqualTo("2026年3月20日");
        assertThat(printed.classification()).isEqualTo("内部资料 注意保存");
        assertThat(printed.imprint()).isEqualTo("政协清河县委员会办公室　　2026年3月20日印发");
        assertThat(printed.recipients()).hasSize(2).first().asString().startsWith("报：");
        assertThat(printed.draft()).isFalse();
    }

    @Test
    void eachReportHasItsTitleItsAuthorsByNameAndNumberedSections() {
        PrintedReport report = IssueLayout.layOut(issued(IssueKind.REGULAR, 1,
                        carried("r-1", "关于老旧小区加装电梯的建议", List.of("m0001", "m0002"))), names(), "x", TODAY)
                .reports().get(0);

        assertThat(report.title()).isEqualTo("关于老旧小区加装电梯的建议");
        assertThat(report.authorLine()).isEqualTo("反映人：覃少华、刘若兰");
        assertThat(report.sections()).extracting(Section::heading).containsExactly("一、基本情况", "二、存在问题", "三、意见建议");
        assertThat(report.sections().get(0).paragraphs()).containsExactly("城关镇现有2000年以前建成的老旧小区37个。",
                "居民中60岁以上老人占比超过三成。");
    }

    @Test
    void theAuthorLineNamesASectorAStationOrTheReportsACompositeDrawsOn() {
        CarriedReport station = new CarriedReport(new ReportId("r-3"), "SQ-2026-000300", "标题", "economy",
                "chengguan", null, List.of(), null, List.of(), "情况。", null, "建议。");
        CarriedReport composite = new CarriedReport(new ReportId("r-4"), "ZH-2026-000001", "综合反映", "economy",
                "chengguan", null, List.of("m0001", "m0003"), null, List.of("SQ-2026-000101", "SQ-2026-000102"),
                "情况。", null, "建议。");

        assertThat(IssueLayout.authorLine(fromSector("r-2"), names())).isEqualTo("反映单位：民建清河县支部　执笔：贾明辉");
        assertThat(IssueLayout.authorLine(station, names())).isEqualTo("反映单位：城关镇政协联络组社情民意信息站");
        assertThat(IssueLayout.authorLine(composite, names()))
                .isEqualTo("反映人：覃少华、贾明辉（根据SQ-2026-000101、SQ-2026-000102等2篇信息综合）");
    }

    @Test
    void withoutAnAnalysisTheSuggestionsAreTheSecondSection() {
        PrintedReport report = IssueLayout.layOut(issued(IssueKind.SPECIAL, 1, fromSector("r-2")), names(), "x", TODAY)
                .reports().get(0);

        assertThat(report.sections()).extracting(Section::heading).containsExactly("一、基本情况", "二、意见建议");
    }

    @Test
    void aSpecialIssueGoesToTheLeadersAndADraftPrintsAsSuch() {
        PrintedIssue special = IssueLayout.layOut(issued(IssueKind.SPECIAL, 2, fromSector("r-2")), names(), "x", TODAY);
        PrintedIssue draft = IssueLayout.layOut(draft(IssueKind.REGULAR, fromSector("r-2")), names(), "默认办公室", TODAY);

        assertThat(special.masthead()).isEqualTo("政协信息专报");
        assertThat(special.recipients()).singleElement().asString().startsWith("报：县委、县政府主要领导");
        assertThat(draft.numberLine()).isEqualTo("草稿");
        assertThat(draft.issuer()).isEqualTo("默认办公室");
        assertThat(draft.dateLine()).isEqualTo("2026年4月1日");
        assertThat(draft.draft()).isTrue();
    }
}
