package org.minyi.routing.reference.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Texts as people count and compare them: stripped, NFC, lengths in code points. */
public final class Texts {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Texts() {
    }

    public static String normalise(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    public static boolean isCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    public static boolean hasControlCharacters(String text) {
        return text != null && text.codePoints().anyMatch(Character::isISOControl);
    }

    /** Control characters in a text of several lines, which keeps its line breaks and tabs. */
    public static boolean hasControlCharactersBesidesLineBreaks(String text) {
        return text != null && text.codePoints()
                .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}
