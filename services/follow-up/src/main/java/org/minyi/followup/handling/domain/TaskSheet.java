package org.minyi.followup.handling.domain;

import java.util.List;
import java.util.Objects;

/**
 * A task's printable assignment sheet (交办单), laid out but not yet in any file format: the heading, the
 * number, the particulars of the task, the numbered sections (the report's text, the instructions or the
 * office's notes, the units, what to feed back and by when), and the issuing office's signature and date.
 *
 * @param particulars label and value lines under the heading (承办单位, 办理期限, 信息标题…)
 * @param issuer      the issuing office that signs it, e.g. 政协清河县委员会办公室
 * @param date        the date it was assigned, written out (2026年3月15日)
 */
public record TaskSheet(String heading, String number, List<Line> particulars, List<Section> sections, String issuer,
                        String date, String documentTitle, String fileName) {

    public TaskSheet {
        Objects.requireNonNull(heading, "heading");
        particulars = List.copyOf(particulars);
        sections = List.copyOf(sections);
    }

    public record Line(String label, String value) {
    }

    /** A numbered section, e.g. 二、领导批示. */
    public record Section(String heading, List<Paragraph> paragraphs) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * A paragraph of running text, with an optional lead in bold type before it (a subheading on its own
     * when there is no text).
     */
    public record Paragraph(String lead, String text) {
    }
}
