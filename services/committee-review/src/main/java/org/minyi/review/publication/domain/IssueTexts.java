package org.minyi.review.publication.domain;

/**
 * What the office writes for an issue besides its reports, all optional.
 *
 * @param headline   the issue's own title, e.g. a 专题 for a special issue
 * @param editorNote 编者按
 * @param recipients the distribution lines (报：… 送：…); a default per kind when absent
 */
public record IssueTexts(String headline, String editorNote, String recipients) {

    public static final IssueTexts NONE = new IssueTexts(null, null, null);
}
