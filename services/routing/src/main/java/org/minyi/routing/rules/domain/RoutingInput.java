package org.minyi.routing.rules.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What the rules look at in a report: its codes and its wording (title and text together, NFC and
 * lower case, so that keywords match however the report was typed).
 */
public record RoutingInput(Category category, String domain, String sector, String township, String topicId,
                           String wording) {

    public static RoutingInput of(Category category, String domain, String sector, String township, String topicId,
                                  String... texts) {
        StringBuilder wording = new StringBuilder();
        for (String text : texts) {
            if (text != null) {
                wording.append(text).append('\n');
            }
        }
        return new RoutingInput(category, domain, sector, township, topicId, fold(wording.toString()));
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
