package org.minyi.followup.handling.printing;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.minyi.followup.handling.domain.TaskSheet;

import static org.assertj.core.api.Assertions.assertThat;

class DocxSheetWriterTest {

    private static final TaskSheet SHEET = new TaskSheet("县政协社情民意信息交办单", "编号：SQ-2026-000123",
            List.of(new TaskSheet.Line("承办单位", "县住房和城乡建设局（主办）"), new TaskSheet.Line("办理期限", "2026年5月15日前")),
            List.of(new TaskSheet.Section("一、信息内容", List.of(new TaskSheet.Paragraph("（一）基本情况", null),
                            new TaskSheet.Paragraph(null, "城关镇现有2000年以前建成的老旧小区37个。"))),
                    new TaskSheet.Section("二、领导批示", List.of(new TaskSheet.Paragraph("县长 李明批示（2026年3月14日）：",
                            "请县住建局牵头研究。")))),
            "政协清河县委员会办公室", "2026年3月15日", "社情民意信息交办单（SQ-2026-000123，县住房和城乡建设局）",
            "交办单-SQ-2026-000123-县住房和城乡建设局.docx");

    @Test
    void theSheetReadsBackInOrderFromHeadingToSignature() throws Exception {
        try (XWPFDocument doc = read(DocxSheetWriter.write(SHEET));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();

            assertThat(text).contains("县政协社情民意信息交办单", "编号：SQ-2026-000123", "承办单位：县住房和城乡建设局（主办）",
                    "办理期限：2026年5月15日前", "一、信息内容", "城关镇现有2000年以前建成的老旧小区37个。",
                    "县长 李明批示（2026年3月14日）：请县住建局牵头研究。", "政协清河县委员会办公室", "2026年3月15日");
            assertThat(text.indexOf("县政协社情民意信息交办单")).isLessThan(text.indexOf("一、信息内容"));
            assertThat(text.indexOf("二、领导批示")).isLessThan(text.indexOf("政协清河县委员会办公室"));
            assertThat(doc.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("社情民意信息交办单（SQ-2026-000123，县住房和城乡建设局）");
        }
    }

    @Test
    void headingsAreInHeitiOrSongtiAndTheTextInFangsongInEveryScript() throws Exception {
        try (XWPFDocument doc = read(DocxSheetWriter.write(SHEET))) {
            XWPFRun heading = runWith(doc, "县政协社情民意信息交办单");
            assertThat(heading.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
            assertThat(heading.getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(heading.isBold()).isTrue();
            assertThat(runWith(doc, "一、信息内容").getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            assertThat(runWith(doc, "承办单位：").getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            XWPFRun body = runWith(doc, "城关镇现有2000年以前建成的老旧小区37个。");
            assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
            assertThat(body.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("仿宋_GB2312");
            assertThat(body.getFontSizeAsDouble()).isEqualTo(16.0);
            XWPFParagraph signature = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("政协清河县委员会办公室")).findFirst().orElseThrow();
            assertThat(signature.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        }
    }

    @Test
    void thePageIsA4() throws Exception {
        try (XWPFDocument doc = read(DocxSheetWriter.write(SHEET))) {
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW().toString()).isEqualTo("11906");
            assertThat(size.getH().toString()).isEqualTo("16838");
        }
    }

    @Test
    void textWithMarkupOrCharactersWordCannotHoldStillPrintsAsText() throws Exception {
        TaskSheet hostile = new TaskSheet("县政协社情民意信息交办单", "编号：SQ-2026-000124", List.of(),
                List.of(new TaskSheet.Section("一、信息内容", List.of(new TaskSheet.Paragraph(null,
                        "<script>alert(1)</script>&\u0000关于\u0007电梯\ud800")))), "县政协办公室", "2026年3月15日", "x", "x.docx");

        try (XWPFDocument doc = read(DocxSheetWriter.write(hostile));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("<script>alert(1)</script>&关于电梯");
        }
    }

    private static XWPFDocument read(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static XWPFRun runWith(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> text.equals(r.getText(0))).findFirst().orElseThrow();
    }
}
