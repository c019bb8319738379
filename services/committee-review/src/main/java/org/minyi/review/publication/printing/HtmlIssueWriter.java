package org.minyi.review.publication.printing;

import org.minyi.chassis.export.PrintableText;
import org.minyi.review.publication.domain.PrintedIssue;
import org.minyi.review.publication.domain.PrintedIssue.PrintedReport;
import org.minyi.review.publication.domain.PrintedIssue.Section;

/**
 * An issue as a print view in HTML, with the same layout and fonts as the Word document; every text is
 * escaped, since report texts come from the authors.
 */
public final class HtmlIssueWriter {

    private static final String STYLE = """
            @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
            body { font-family: "仿宋_GB2312", "FangSong", "STFangsong", serif; font-size: 16pt; line-height: 28pt;
                   max-width: 156mm; margin: 2em auto; color: #000; }
            .classification { font-family: "黑体", "SimHei", sans-serif; font-size: 14pt; }
            .masthead { font-family: "宋体", "SimSun", serif; font-size: 48pt; line-height: 1.4; font-weight: bold;
                        color: #f00; text-align: center; margin: 0.4em 0 0; }
            .number { text-align: center; margin: 0; }
            .issued { display: flex; justify-content: space-between; border-bottom: 3pt solid #f00;
                      padding-bottom: 4pt; margin-bottom: 18pt; }
            .headline, h2 { font-family: "宋体", "SimSun", serif; font-size: 22pt; line-height: 1.4; text-align: center; }
            .authors { font-family: "楷体_GB2312", "KaiTi", serif; text-align: center; margin: 0 0 12pt; }
            h3 { font-family: "黑体", "SimHei", sans-serif; font-size: 16pt; font-weight: normal; margin: 0;
                 text-indent: 2em; }
            p.text { text-indent: 2em; text-align: justify; margin: 0; }
            .note b { font-family: "黑体", "SimHei", sans-serif; font-weight: normal; }
            .note span { font-family: "楷体_GB2312", "KaiTi", serif; }
            .closing { border-top: 1pt solid #000; border-bottom: 1pt solid #000; margin-top: 24pt; font-size: 14pt; }
            .closing p { margin: 0; }
            """;

    private HtmlIssueWriter() {
    }

    public static String write(PrintedIssue issue) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(issue.documentTitle())).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        html.append("<div class=\"classification\">").append(escape(issue.classification())).append("</div>\n");
        html.append("<h1 class=\"masthead\">").append(escape(issue.masthead())).append("</h1>\n");
        html.append("<p class=\"number\">").append(escape(issue.numberLine())).append("</p>\n");
        html.append("<div class=\"issued\"><span>").append(escape(issue.issuer())).append("</span><span>")
                .append(escape(issue.dateLine())).append("</span></div>\n");
        if (issue.headline() != null) {
            html.append("<div class=\"headline\">").append(escape(issue.headline())).append("</div>\n");
        }
        if (issue.editorNote() != null) {
            html.append("<p class=\"text note\"><b>编者按：</b><span>").append(escape(issue.editorNote()))
                    .append("</span></p>\n");
        }
        for (PrintedReport report : issue.reports()) {
            html.append("<article data-tracking-number=\"").append(escape(report.trackingNumber())).append("\">\n");
            html.append("<h2>").append(escape(report.title())).append("</h2>\n");
            html.append("<p class=\"authors\">").append(escape(report.authorLine())).append("</p>\n");
            for (Section section : report.sections()) {
                html.append("<h3>").append(escape(section.heading())).append("</h3>\n");
                for (String text : section.paragraphs()) {
                    html.append("<p class=\"text\">").append(escape(text)).append("</p>\n");
                }
            }
            html.append("</article>\n");
        }
        html.append("<div class=\"closing\">\n");
        for (String line : issue.recipients()) {
            html.append("<p>").append(escape(line)).append("</p>\n");
        }
        html.append("<p>").append(escape(issue.imprint())).append("</p>\n</div>\n</body>\n</html>\n");
        return html.toString();
    }

    /** Text as HTML character data or attribute value. */
    static String escape(String raw) {
        String text = PrintableText.of(raw);
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
