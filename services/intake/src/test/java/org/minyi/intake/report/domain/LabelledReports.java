package org.minyi.intake.report.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The labelled report pairs of {@code src/test/resources/duplicates/labelled-pairs.json}. */
final class LabelledReports {

    enum Label {
        DUPLICATE, SAME_TOPIC, UNRELATED
    }

    record Written(String id, String topic, String title, String text) {

        ReportContent content() {
            return ContentBuilder.reportOf("chengguan").title(title).text(text, "").build();
        }
    }

    record Pair(Written a, Written b, Label label) {
    }

    final Map<String, Written> reports = new LinkedHashMap<>();
    final List<Pair> pairs = new ArrayList<>();

    static LabelledReports load() {
        try (InputStream in = LabelledReports.class.getResourceAsStream("/duplicates/labelled-pairs.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            LabelledReports set = new LabelledReports();
            for (JsonNode r : root.path("reports")) {
                Written written = new Written(r.path("id").asString(), r.path("topic").asString(),
                        r.path("title").asString(), r.path("text").asString());
                set.reports.put(written.id(), written);
            }
            for (JsonNode p : root.path("pairs")) {
                set.pairs.add(new Pair(set.reports.get(p.path("a").asString()), set.reports.get(p.path("b").asString()),
                        Label.valueOf(p.path("label").asString())));
            }
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
