package org.minyi.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's files keep the console's promises without a browser: no script writes HTML, every asset is
 * served by the platform, every module it imports exists, every text it shows has Chinese and English, and
 * every page declares Chinese and a content security policy. The browser tests in deploy/local-platform
 * show the same console at work.
 */
class ConsoleFilesTest {

    private static final Path ROOT = Path.of("src/main/resources/META-INF/resources/console");
    private static final Pattern KEY_LITERAL = Pattern.compile("'([a-z][A-Za-z]*\\.[A-Za-z0-9_.-]*[A-Za-z0-9_])'");
    private static final Pattern DATA_I18N = Pattern.compile("data-i18n=\"([^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import .* from '([^']+)';$");

    /** Message groups whose keys a script builds from a code: every code needs both languages. */
    private static final Map<String, List<String>> ENUMERATIONS = Map.ofEntries(
            Map.entry("status", List.of("SUBMITTED", "ROUTED", "UNDER_REVIEW", "RETURNED", "ADOPTED", "NOT_ADOPTED",
                    "MERGED", "PUBLISHED", "SENT_TO_LEADERS", "ARCHIVED", "INSTRUCTED", "FORWARDED", "IN_HANDLING",
                    "HANDLED", "CLOSED", "WITHDRAWN")),
            Map.entry("category", List.of("MAJOR_EVENT", "HARD_PROBLEM", "DECISION_ADVICE", "DAILY_LIFE",
                    "EMERGING_RISK", "STABILITY_RISK")),
            Map.entry("flag", List.of("TOO_LONG", "MULTIPLE_ISSUES", "NO_SECTOR_VIEW", "SLOW", "POSSIBLE_DUPLICATE",
                    "REROUTED", "COMPOSITE", "REVIEW_OVERDUE")),
            Map.entry("flagHelp", List.of("TOO_LONG", "MULTIPLE_ISSUES", "NO_SECTOR_VIEW", "SLOW", "POSSIBLE_DUPLICATE",
                    "REROUTED", "COMPOSITE", "REVIEW_OVERDUE")),
            Map.entry("role", List.of("STATION", "MEMBER", "OFFICE", "REVIEWER", "LEADER", "LEADERS_OFFICE", "UNIT",
                    "VIEWER", "SYSTEM")),
            Map.entry("taskStatus", List.of("OPEN", "FED_BACK")),
            Map.entry("pubStatus", List.of("DRAFT", "ISSUED")),
            Map.entry("pubKind", List.of("REGULAR", "SPECIAL")),
            Map.entry("grade", List.of("A", "B", "C")),
            Map.entry("decision", List.of("ADOPT", "DECLINE", "RETURN", "MERGE")),
            Map.entry("tasks.basis", List.of("FORWARD", "TRANSFER")),
            Map.entry("adoptKind", List.of("SINGLE", "COMPOSITE")),
            Map.entry("behalf", List.of("MEMBER", "SECTOR", "PARTY", "GROUP", "STATION")),
            Map.entry("source", List.of("RESEARCH", "INSPECTION", "CONSULTATION", "HEARING", "DAILY")),
            Map.entry("rating", List.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED")),
            Map.entry("result", List.of("A", "B", "C")),
            Map.entry("unitRole", List.of("LEAD", "SUPPORT")),
            Map.entry("level", List.of("COUNTY", "CITY", "PROVINCE", "NATIONAL")),
            Map.entry("upstreamMode", List.of("SINGLE", "FORWARDED")),
            Map.entry("upstreamState", List.of("PENDING", "ANSWERED")),
            Map.entry("dutyGrade", List.of("EXCELLENT", "GOOD", "BASIC", "SHORT")),
            Map.entry("split", List.of("WHOEVER_WRITES", "EQUAL_SHARE")),
            Map.entry("quality.rule", List.of("true", "length", "title", "one-issue", "sector", "fast")),
            Map.entry("quality.state", List.of("ok", "warn", "error", "info")),
            Map.entry("error", List.of("http400", "http403", "http404", "http409", "http413", "http422", "http429",
                    "http503", "httpOther")),
            Map.entry("rules", List.of("categories", "domains", "sectors", "townships", "topics", "keywords")),
            Map.entry("targets", List.of("committees", "stations", "sectors")),
            Map.entry("targets.results", List.of("committees", "stations", "sectors")));

    @Test
    void noScriptWritesHtmlOrEvaluatesText() throws IOException {
        for (Path script : files(".js")) {
            String text = read(script);
            assertThat(text).as(script.toString())
                    .doesNotContain(".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                            "new Function", "setAttribute('on", ".srcdoc = `");
        }
    }

    @Test
    void everyAssetComesFromThePlatformItself() throws IOException {
        Pattern external = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}");
        for (Path file : files(".js", ".html", ".css", ".svg")) {
            String text = stripComments(read(file));
            if (file.toString().endsWith(".svg")) {
                text = text.replace("http://www.w3.org/2000/svg", "");
            }
            assertThat(external.matcher(text).find()).as(file + " names an outside address").isFalse();
            assertThat(text).as(file.toString()).doesNotContain("@import", "fonts.googleapis", "cdn");
        }
    }

    @Test
    void everyModuleThatIsImportedExists() throws IOException {
        for (Path script : files(".js")) {
            Matcher imports = IMPORT.matcher(read(script));
            while (imports.find()) {
                assertThat(script.getParent().resolve(imports.group(1)).normalize()).as(script + " imports " + imports.group(1))
                        .exists();
            }
        }
        assertThat(read(ROOT.resolve("index.html"))).contains("src=\"js/app.js\"", "href=\"console.css\"");
        assertThat(read(ROOT.resolve("callback.html"))).contains("src=\"js/callback.js\"");
    }

    @Test
    void everyTextHasChineseAndEnglish() throws IOException {
        Map<String, JsonNode> messages = messages();
        messages.forEach((key, texts) -> {
            assertThat(texts.isArray() && texts.size() == 2).as(key + ": [中文, English]").isTrue();
            assertThat(texts.get(0).asString()).as(key + " in Chinese").isNotBlank();
            assertThat(texts.get(1).asString()).as(key + " in English").isNotBlank();
            assertThat(texts.get(0).asString()).as(key + " in Chinese").containsPattern("[\\u4e00-\\u9fff《》，。：“”（）…·\\d]");
        });
        Set<String> used = new LinkedHashSet<>();
        for (Path script : files(".js")) {
            if (!script.endsWith("messages.js")) {
                Matcher keys = KEY_LITERAL.matcher(read(script));
                while (keys.find()) {
                    used.add(keys.group(1));
                }
            }
        }
        for (Path page : files(".html")) {
            Matcher keys = DATA_I18N.matcher(read(page));
            while (keys.find()) {
                used.add(keys.group(1));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            if (!messages.containsKey(key) && !notAMessage(key)) {
                missing.add(key);
            }
        }
        ENUMERATIONS.forEach((group, codes) -> codes.stream().map(code -> group + "." + code)
                .filter(key -> !messages.containsKey(key)).forEach(missing::add));
        assertThat(missing).as("message keys without texts").isEmpty();
    }

    @Test
    void everyPageIsChineseFirstWithAPolicyThatAllowsOnlyItsOwnScripts() throws IOException {
        for (Path page : files(".html")) {
            String html = read(page);
            assertThat(html).as(page.toString()).contains("<html lang=\"zh-CN\">", "name=\"viewport\"",
                    "http-equiv=\"Content-Security-Policy\"", "script-src 'self'");
            assertThat(html).as(page + ": no inline script").doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        }
    }

    /** Strings shaped like keys that are not messages: storage keys, form field paths, file names. */
    private static boolean notAMessage(String key) {
        return key.startsWith("minyi.") || key.startsWith("onBehalfOf.") || key.startsWith("grading.")
                || key.endsWith(".html") || key.endsWith(".js") || key.equals("error.http");
    }

    private static Map<String, JsonNode> messages() throws IOException {
        String source = read(ROOT.resolve("js/messages.js"));
        String marker = "export const MESSAGES =";
        String json = source.substring(source.indexOf(marker) + marker.length()).trim();
        json = json.substring(0, json.lastIndexOf(';'));
        Map<String, JsonNode> messages = new TreeMap<>();
        JsonMapper.builder().build().readTree(json).properties().forEach(e -> messages.put(e.getKey(), e.getValue()));
        return messages;
    }

    private static String stripComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "").replaceAll("(?s)<!--.*?-->", "");
    }

    private static List<Path> files(String... endings) throws IOException {
        try (Stream<Path> all = Files.walk(ROOT)) {
            return all.filter(Files::isRegularFile)
                    .filter(path -> Stream.of(endings).anyMatch(ending -> path.toString().endsWith(ending)))
                    .sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
