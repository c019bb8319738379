package org.minyi.review.publication.printing;

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
import org.minyi.review.publication.domain.PrintedIssue;
import org.minyi.review.publication.domain.PrintedIssue.PrintedReport;
import org.minyi.review.publication.domain.PrintedIssue.Section;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * An issue as a Word document laid out as county offices print them (after GB/T 9704): A4 with the
 * standard margins; 内部资料 at the top left; the masthead in large red 宋体; the issue number; the issuing
 * office and the date on one line above a red rule; then each report — title in 宋体 二号, the author line
 * in 楷体, numbered section headings in 黑体, the text in 仿宋_GB2312 三号 on a fixed 28-point line with a
 * two-character indent; and the distribution lines and imprint between black rules at the end.
 */
public final class DocxIssueWriter {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final String FANGSONG = "仿宋_GB2312";
    static final String SONGTI = "宋体";
    static final String HEITI = "黑体";
    static final String KAITI = "楷体_GB2312";

    private static final String RED = "FF0000";
    /** A4 and the GB/T 9704 margins, in twentieths of a point. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = 2098;
    private static final int MARGIN_BOTTOM = 1984;
    private static final int MARGIN_LEFT = 1588;
    private static final int MARGIN_RIGHT = 1474;
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** 三号 (16 pt) text on a fixed 28 pt line, first line indented by two characters. */
    private static final int BODY_SIZE = 16;
    private static final double LINE = 28;
    private static final int TWO_CHARACTERS = 2 * BODY_SIZE * 20;

    private DocxIssueWriter() {
    }

    public static byte[] write(PrintedIssue issue) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            doc.getProperties().getCoreProperties().setTitle(issue.documentTitle());
            doc.getProperties().getCoreProperties().setCreator(issue.issuer());

            run(paragraph(doc, ParagraphAlignment.LEFT), issue.classification(), HEITI, 14, false, null);
            XWPFParagraph masthead = paragraph(doc, ParagraphAlignment.CENTER);
            masthead.setSpacingBefore(240);
            run(masthead, issue.masthead(), SONGTI, 48, true, RED);
            run(paragraph(doc, ParagraphAlignment.CENTER), issue.numberLine(), FANGSONG, BODY_SIZE, false, null);

            XWPFParagraph issuedBy = paragraph(doc, ParagraphAlignment.LEFT);
            CTTabStop right = pPr(issuedBy).addNewTabs().addNewTab();
            right.setVal(STTabJc.RIGHT);
            right.setPos(BigInteger.valueOf(TEXT_WIDTH));
            run(issuedBy, issue.issuer(), FANGSONG, BODY_SIZE, false, null).addTab();
            run(issuedBy, issue.dateLine(), FANGSONG, BODY_SIZE, false, null);
            rule(issuedBy, false, RED, 24);
            issuedBy.setSpacingAfter(360);

            if (issue.headline() != null) {
                run(paragraph(doc, ParagraphAlignment.CENTER), issue.headline(), SONGTI, 22, true, null);
            }
            if (issue.editorNote() != null) {
                XWPFParagraph note = body(doc);
                run(note, "编者按：", HEITI, BODY_SIZE, false, null);
                run(note, issue.editorNote(), KAITI, BODY_SIZE, false, null);
            }
            for (PrintedReport report : issue.reports()) {
                report(doc, report);
            }

            XWPFParagraph first = null;
            for (String line : issue.recipients()) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
                run(p, line, FANGSONG, 14, false, null);
                if (first == null) {
                    first = p;
                    p.setSpacingBefore(480);
                    rule(p, true, "000000", 8);
                }
            }
            XWPFParagraph imprint = paragraph(doc, ParagraphAlignment.LEFT);
            run(imprint, issue.imprint(), FANGSONG, 14, false, null);
            rule(imprint, false, "000000", 8);
            if (first == null) {
                rule(imprint, true, "000000", 8);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the issue document", e);
        }
    }

    private static void report(XWPFDocument doc, PrintedReport report) {
        XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
        title.setSpacingBefore(360);
        title.setSpacingAfter(120);
        run(title, report.title(), SONGTI, 22, true, null);
        XWPFParagraph authors = paragraph(doc, ParagraphAlignment.CENTER);
        authors.setSpacingAfter(240);
        run(authors, report.authorLine(), KAITI, BODY_SIZE, false, null);
        for (Section section : report.sections()) {
            run(body(doc), section.heading(), HEITI, BODY_SIZE, false, null);
            for (String text : section.paragraphs()) {
                run(body(doc), text, FANGSONG, BODY_SIZE, false, null);
            }
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

    /** A paragraph of running text: justified, fixed line, two-character first-line indent. */
    private static XWPFParagraph body(XWPFDocument doc) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
        p.setSpacingBetween(LINE, LineSpacingRule.EXACT);
        p.setIndentationFirstLine(TWO_CHARACTERS);
        return p;
    }

    /** A run in {@code font} for every script, so Word shows the Chinese font the office expects. */
    private static XWPFRun run(XWPFParagraph p, String text, String font, int points, boolean bold, String color) {
        XWPFRun run = p.createRun();
        run.setText(PrintableText.of(text));
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(font, XWPFRun.FontCharRange.cs);
        run.setFontSize(points);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
        return run;
    }

    /** A rule above or below the paragraph, in {@code color}, {@code eighths} of a point thick. */
    private static void rule(XWPFParagraph p, boolean above, String color, int eighths) {
        CTPPr pPr = pPr(p);
        CTPBdr borders = pPr.isSetPBdr() ? pPr.getPBdr() : pPr.addNewPBdr();
        CTBorder border = above ? borders.addNewTop() : borders.addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(eighths));
        border.setSpace(BigInteger.valueOf(4));
        border.setColor(color);
    }

    private static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }
}
