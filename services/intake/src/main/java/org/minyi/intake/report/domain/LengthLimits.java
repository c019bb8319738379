package org.minyi.intake.report.domain;

/**
 * How long a report may be, in characters as people count them (code points: a CJK character counts
 * one). The title and the whole text (situation, analysis and suggestions together) have hard limits;
 * a text above {@code advisedText} is accepted but flagged TOO_LONG for the reviewers (精: short).
 */
public record LengthLimits(int title, int text, int advisedText) {

    /** PRODUCT.md: titles of at most 60 characters, about 1,500 characters of text at most, 1,000 advised. */
    public static final LengthLimits STANDARD = new LengthLimits(60, 1500, 1000);

    public LengthLimits {
        if (title < 1 || text < 1 || advisedText < 1 || advisedText > text) {
            throw new IllegalArgumentException("limits must be positive and the advised text length at most the"
                    + " text limit: title " + title + ", text " + text + ", advised " + advisedText);
        }
    }

    /** Characters as people count them. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
