package org.minyi.review.publication.printing;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.minyi.review.publication.domain.IssueLayout;
import org.minyi.review.publication.domain.PrintedIssue;
import org.minyi.review.queue.domain.IssueKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.review.publication.domain.PublicationFixture.carried;
import static org.minyi.review.publication.domain.PublicationFixture.fromSector;
import static org.minyi.review.publication.domain.PublicationFixture.issued;
import static org.minyi.review.publication.domain.PublicationFixture.names;

class DocxIssueWriterTest {

    private static final PrintedIssue ISSUE = IssueLayout.layOut(issued(IssueKind.REGULAR, 3,
                    carried("r-1", "关于老旧小区加装电梯资金缺口的建议", List.of("m0001", "m0002")), fromSector("r-2")),
            names(), "x", java.time.LocalDate.of(2026, 3, 20));

    @Test
    void theDocumentReadsBackWithMastheadNumberOfficeDateAndEveryReportInOrder() throws Exception {
        try (XWPFDocument doc = read(DocxIssueWriter.write(ISSUE));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();

            assertThat(text).contains("内部资料 注意保存", "社情民意", "第3期", "政协清河县委员会办公室", "2026年3月20日",
                    "反映人：覃少华、刘若兰", "一、基本情况", "城关镇现有2000年以前建成的老旧小区37个。",
                    "反映单位：民建清河县支部", "报：", "2026年3月20日印发");
            assertThat(text.indexOf("关于老旧小区加装电梯资金缺口的建议"))
                    .isLessThan(text.indexOf("关于民营企业融资难的建议")).isGreaterThan(text.indexOf("第3期"));
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("《社情民意》2026年第3期");
        }
    }

    @Test
    void theMastheadIsLargeRedSongtiAndTheTextFangsongInEveryScript() throws Exception {
        try (XWPFDocument doc = read(DocxIssueWriter.write(ISSUE))) {
            XWPFRun masthead = runWith(doc, "社情民意");
            assertThat(masthead.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
            assertThat(masthead.getColor()).isEqualTo("FF0000");
            assertThat(masthead.getFontSizeAsDouble()).isEqualTo(48.0);
            assertThat(masthead.isBold()).isTrue();

            XWPFRun body = runWith(doc, "城关镇现有2000年以前建成的老旧小区37个。");
            assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
            assertThat(body.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("仿宋_GB2312");
            assertThat(body.getFontSizeAsDouble()).isEqualTo(16.0);

            XWPFRun title = runWith(doc, "关于老旧小区加装电梯资金缺口的建议");
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
            assertThat(runWith(doc, "一、基本情况").getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
        }
    }

    @Test
    void thePageIsA4() throws Exception {
        try (XWPFDocument doc = read(DocxIssueWriter.write(ISSUE))) {
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW().toString()).isEqualTo("11906");
            assertThat(size.getH().toString()).isEqualTo("16838");
        }
    }

    @Test
    void aTitleWithMarkupOrCharactersWordCannotHoldStillPrintsAsText() throws Exception {
        PrintedIssue hostile = IssueLayout.layOut(issued(IssueKind.REGULAR, 4,
                        carried("r-1", "<script>alert(1)</script>&\u0000关于\u0007电梯\ud800", List.of("m0001"))),
                names(), "x", java.time.LocalDate.of(2026, 3, 20));

        try (XWPFDocument doc = read(DocxIssueWriter.write(hostile));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("<script>alert(1)</script>&关于电梯");
        }
    }

    private static XWPFDocument read(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static XWPFRun runWith(XWPFDocument doc, String text) {
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun run : p.getRuns()) {
                if (text.equals(run.text())) {
                    return run;
                }
            }
        }
        throw new AssertionError("no run reads " + text);
    }
}
