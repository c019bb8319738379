package org.minyi.intake.report.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MinHashTest {

    @Test
    void theSameWordingGivesTheSameSignatureWhateverItsPunctuationWidthOrLayout() {
        Signature plain = MinHash.STANDARD.of("城关镇有3条农村客运班线停运").orElseThrow();

        assertThat(MinHash.STANDARD.of("城关镇有３条农村客运班线停运。").orElseThrow()).isEqualTo(plain);
        assertThat(MinHash.STANDARD.of("城关镇 有3条\n农村客运班线，停运！").orElseThrow()).isEqualTo(plain);
    }

    @Test
    void theEstimateFollowsTheShareOfSharedBigrams() {
        String a = "建议县交通运输局优化补贴机制推行预约响应式公交保障群众基本出行";
        String b = "建议县交通运输局优化补贴机制推行预约响应式公交";

        double estimate = MinHash.STANDARD.of(a).orElseThrow().similarity(MinHash.STANDARD.of(b).orElseThrow());

        assertThat(estimate).isBetween(0.55, 0.85);
    }

    @Test
    void aTextWithoutLettersOrDigitsHasNoSignature() {
        assertThat(MinHash.STANDARD.of("，。！？ \n")).isEmpty();
        assertThat(MinHash.STANDARD.of("好")).isPresent();
    }
}
