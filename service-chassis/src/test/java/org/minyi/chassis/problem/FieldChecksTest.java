package org.minyi.chassis.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The field rules of typed request records: CJK-safe lengths, stripped NFC text, plain codes. */
class FieldChecksTest {

    private final FieldChecks checks = new FieldChecks();

    @Test
    void textIsStrippedAndNormalisedAndBlankTextIsMissing() {
        assertThat(checks.line("title", "标题", "  Cafe\u0301 ", true, 10)).isEqualTo("Café");
        assertThat(checks.text("situation", "情况", " \u3000\n ", true, 0)).isNull();
        assertThat(codes()).containsExactly("situation:required");
    }

    @Test
    void lengthsCountCharactersAsPeopleDo() {
        assertThat(checks.line("title", "标题", "社".repeat(60), true, 60)).hasSize(60);
        assertThat(checks.line("name", "名称", "𠀀".repeat(3), true, 3)).isNotNull();
        assertThat(checks.line("other", "名称", "社".repeat(61), true, 60)).isNull();
        assertThat(checks.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("too_long");
            assertThat(p.messageZh()).isEqualTo("名称不能超过60字");
        });
    }

    @Test
    void aLineKeepsNoLineBreaksAndATextNoControlCharacters() {
        checks.line("title", "标题", "第一行\n第二行", true, 0);
        checks.text("situation", "情况", "第一行\n第二行\t好", true, 0);
        checks.text("comment", "意见", "bad\u0000", true, 0);
        checks.text("note", "说明", "half \ud800 surrogate", true, 0);
        checks.line("label", "标签", "not a character \uffff", true, 0);
        assertThat(codes()).containsExactly("title:bad_text", "comment:bad_text", "note:bad_text", "label:bad_text");
    }

    @Test
    void codesArePlainIdentifiers() {
        assertThat(checks.code("township", "乡镇", "chengguan", true)).isEqualTo("chengguan");
        checks.code("domain", "领域", "a b", true);
        checks.code("unit", "单位", "城关镇", true);
        assertThat(codes()).containsExactly("domain:bad_code", "unit:bad_code");
    }

    @Test
    void oneProblemPerFieldTheFirstWins() {
        checks.add("units[0].unit", "bad_code", "x", "x");
        checks.add("units", "too_many", "y", "y");
        checks.add("units[0].unit", "required", "z", "z");
        assertThat(codes()).containsExactly("units[0].unit:bad_code");
        assertThatThrownBy(checks::throwIfAny).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).hasSize(1));
    }

    private java.util.List<String> codes() {
        return checks.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
    }
}
