package org.minyi.review.publication.domain;

import java.util.List;

/**
 * An issue laid out for print, in reading order, text only: what the DOCX and the HTML print view show.
 *
 * @param documentTitle  e.g. 《社情民意》2026年第3期
 * @param classification e.g. 内部资料 注意保存
 * @param masthead       社情民意 or 政协信息专报
 * @param numberLine     第3期, or 草稿 for a draft
 * @param dateLine       2026年3月15日
 * @param headline       the issue's own title; {@code null} when none
 * @param editorNote     编者按; {@code null} when none
 * @param imprint        the closing line: issuer and date of printing
 */
public record PrintedIssue(String documentTitle, String classification, String masthead, String numberLine,
                           String issuer, String dateLine, String headline, String editorNote,
                           List<PrintedReport> reports, List<String> recipients, String imprint, boolean draft) {

    public PrintedIssue {
        reports = List.copyOf(reports);
        recipients = List.copyOf(recipients);
    }

    /** @param sections in order; the first one has no heading when the report has no analysis */
    public record PrintedReport(String trackingNumber, String title, String authorLine, List<Section> sections) {

        public PrintedReport {
            sections = List.copyOf(sections);
        }
    }

    /** @param heading e.g. 一、基本情况 */
    public record Section(String heading, List<String> paragraphs) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
