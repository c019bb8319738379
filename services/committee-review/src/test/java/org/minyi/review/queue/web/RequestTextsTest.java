package org.minyi.review.queue.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minyi.review.queue.application.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTextsTest {

    private final List<FieldProblem> problems = new ArrayList<>();

    @Test
    void aTextIsStrippedAndNormalisedToNfcAndCountedInCodePoints() {
        String decomposed = "Cafe\u0301";
        assertThat(RequestTexts.optional("comment", "意见", "  " + decomposed + "\n", 5, problems)).isEqualTo("Café");
        assertThat(RequestTexts.optional("comment", "意见", "𠮷".repeat(5), 5, problems)).as("five code points")
                .isEqualTo("𠮷".repeat(5));
        assertThat(RequestTexts.optional("comment", "意见", "长".repeat(6), 5, problems)).isNull();
        assertThat(problems).extracting(FieldProblem::code).containsExactly("too_long");
    }

    @Test
    void aTextKeepsLineBreaksAndTabsButNoOtherControlCharacters() {
        assertThat(RequestTexts.optional("comment", "意见", "一、情况\n\t二、建议\r\n", 100, problems))
                .isEqualTo("一、情况\n\t二、建议");
        for (String bad : List.of("退回\u0000", "退\u0007回", "退回\u001b[31m", "退\u0085回", "退\ud800回", "退\uffff回")) {
            assertThat(RequestTexts.optional("comment", "意见", bad, 100, problems)).as(bad).isNull();
        }
        assertThat(problems).hasSize(6).allSatisfy(p -> {
            assertThat(p.field()).isEqualTo("comment");
            assertThat(p.code()).isEqualTo("bad_text");
        });
    }

    @Test
    void aOneLineTextTakesNoLineBreak() {
        assertThat(RequestTexts.requiredLine("title", "标题", "关于\n加装电梯", 60, problems)).isNull();
        assertThat(RequestTexts.requiredLine("title", "标题", "关于加装电梯的建议 😀", 60, problems))
                .isEqualTo("关于加装电梯的建议 😀");
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "bad_text"));
    }

    @Test
    void aBlankRequiredTextIsMissingButABadOneIsNotAlsoMissing() {
        assertThat(RequestTexts.required("comment", "意见", " \u3000 ", 10, problems)).isNull();
        assertThat(RequestTexts.requiredLine("title", "标题", "a\u0000", 10, problems)).isNull();
        assertThat(problems).extracting(FieldProblem::code).containsExactly("required", "bad_text");
    }
}
