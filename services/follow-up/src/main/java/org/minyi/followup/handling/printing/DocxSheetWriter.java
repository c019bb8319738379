package org.minyi.followup.handling.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.minyi.chassis.export.PrintableText;
import org.minyi.followup.handling.domain.TaskSheet;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * A task's assignment sheet (交办单) as a Word document, laid out as the county office prints its
 * publications (after GB/T 9704): A4 with the standard margins; the heading in 宋体 二号 over a rule; the
 * number; the particulars with their labels in 黑体; numbered section headings in 黑体; the text in
 * 仿宋_GB2312 三号 on a fixed 28-point line with a two-character indent; the issuing office and the date at
 * the right.
 */
public final class DocxSheetWriter {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final String FANGSONG = "仿宋_GB2312";
    static final String SONGTI = "宋体";
    static final String HEITI = "黑体";

    /** A4 and the GB/T 9704 margins, in twentieths of a point. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = 2098;
    private static final int MARGIN_BOTTOM = 1984;
    private static final int MARGIN_LEFT = 1588;
    private static final int MARGIN_RIGHT = 1474;
    /** 三号 (16 pt) text on a fixed 28 pt line, first line indented by two characters. */
    private static final int BODY_SIZE = 16;
    private static final double LINE = 28;
    private static final int TWO_CHARACTERS = 2 * BODY_SIZE * 20;

    private DocxSheetWriter() {
    }

    public static byte[] write(TaskSheet sheet) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            doc.getProperties().getCoreProperties().setTitle(sheet.documentTitle());
            doc.getProperties().getCoreProperties().setCreator(sheet.issuer());

            XWPFParagraph heading = paragraph(doc, ParagraphAlignment.CENTER);
            heading.setSpacingAfter(120);
            run(heading, sheet.heading(), SONGTI, 22, true);
            XWPFParagraph number = paragraph(doc, ParagraphAlignment.RIGHT);
            run(number, sheet.number(), FANGSONG, BODY_SIZE, false);
            rule(number);
            number.setSpacingAfter(240);

            for (TaskSheet.Line line : sheet.particulars()) {
                XWPFParagraph p = lined(doc);
                run(p, line.label() + "：", HEITI, BODY_SIZE, false);
                run(p, line.value(), FANGSONG, BODY_SIZE, false);
            }
            for (TaskSheet.Section section : sheet.sections()) {
                XWPFParagraph heads = lined(doc);
                heads.setSpacingBefore(240);
                run(heads, section.heading(), HEITI, BODY_SIZE, false);
                for (TaskSheet.Paragraph paragraph : section.paragraphs()) {
                    XWPFParagraph p = body(doc);
                    if (paragraph.lead() != null) {
                        run(p, paragraph.lead(), HEITI, BODY_SIZE, false);
                    }
                    if (paragraph.text() != null) {
                        run(p, paragraph.text(), FANGSONG, BODY_SIZE, false);
                    }
                }
            }

            XWPFParagraph issuer = paragraph(doc, ParagraphAlignment.RIGHT);
            issuer.setSpacingBefore(720);
            run(issuer, sheet.issuer(), FANGSONG, BODY_SIZE, false);
            run(paragraph(doc, ParagraphAlignment.RIGHT), sheet.date(), FANGSONG, BODY_SIZE, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the assignment sheet", e);
        }
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        return p;
    }

    /** A left-aligned paragraph on the fixed line, without indent. */
    private static XWPFParagraph lined(XWPFDocument doc) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
        p.setSpacingBetween(LINE, LineSpacingRule.EXACT);
        return p;
    }

    /** A paragraph of running text: justified, fixed line, two-character first-line indent. */
    private static XWPFParagraph body(XWPFDocument doc) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
        p.setSpacingBetween(LINE, LineSpacingRule.EXACT);
        p.setIndentationFirstLine(TWO_CHARACTERS);
        return p;
    }

    /** A run in {@code font} for every script, so Word shows the Chinese font the office expects. */
    private static XWPFRun run(XWPFParagraph p, String text, String font, int points, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(PrintableText.of(text));
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(font, XWPFRun.FontCharRange.cs);
        run.setFontSize(points);
        run.setBold(bold);
        return run;
    }

    /** A thin black rule below the paragraph. */
    private static void rule(XWPFParagraph p) {
        CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTPBdr borders = pPr.isSetPBdr() ? pPr.getPBdr() : pPr.addNewPBdr();
        CTBorder border = borders.addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(8));
        border.setSpace(BigInteger.valueOf(4));
        border.setColor("000000");
    }
}
