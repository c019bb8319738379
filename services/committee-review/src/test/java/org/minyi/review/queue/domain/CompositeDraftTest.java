package org.minyi.review.queue.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.review.queue.domain.ReviewItemFixture.routedTo;

class CompositeDraftTest {

    @Test
    void whatTheMergerLeavesOutComesFromTheConstituents() {
        ReviewItem first = routedTo("economy", "SQ-2026-000101", List.of("m0001"));
        ReviewItem second = routedTo("economy", "SQ-2026-000102", List.of("m0017", "m0001"));

        ReportContent content = new CompositeDraft("关于老旧小区加装电梯的综合反映", null, null, "建议统筹设立专项资金。",
                "xishan", null).contentOf(List.of(first, second));

        assertThat(content.title()).isEqualTo("关于老旧小区加装电梯的综合反映");
        assertThat(content.situation()).isEqualTo(first.content().situation() + "\n\n" + second.content().situation());
        assertThat(content.analysis()).isNull();
        assertThat(content.suggestions()).isEqualTo("建议统筹设立专项资金。");
        assertThat(content.township()).isEqualTo("xishan");
        assertThat(content.category()).isEqualTo(Category.HARD_PROBLEM);
        assertThat(content.sector()).isEqualTo("cdl");
        assertThat(content.authors()).containsExactly("m0001", "m0017");
    }
}
