package org.minyi.chassis.export;

/**
 * Text as a document may carry it: characters that XML 1.0 (and so Word and HTML) cannot hold —
 * control characters other than tab and line breaks, unpaired surrogates, U+FFFE and U+FFFF — are left
 * out. Requests refuse them already; this guards documents (Word, Excel, HTML) against texts that reached
 * the service some other way, such as in an event.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** The text without what a document cannot hold; {@code ""} for {@code null}. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (!allowed(c)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (kept != null) {
                kept.appendCodePoint(c);
            }
            i += width;
        }
        return kept == null ? text : kept.toString();
    }

    private static boolean allowed(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < Character.MIN_SURROGATE
                || c > Character.MAX_SURROGATE && c < 0xFFFE || c >= Character.MIN_SUPPLEMENTARY_CODE_POINT;
    }
}
