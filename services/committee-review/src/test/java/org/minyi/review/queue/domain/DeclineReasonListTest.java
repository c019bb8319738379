package org.minyi.review.queue.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.review.queue.domain.ReviewItemFixture.NOW;

class DeclineReasonListTest {

    @Test
    void aCountyStartsWithTheCommonReasonsInChinese() {
        DeclineReasonList seeded = DeclineReasonList.seeded(NOW);

        assertThat(seeded.activeCodes()).contains("DUPLICATE", "INSUFFICIENT_FACTS", "PERSONAL_MATTER", "OTHER");
        assertThat(seeded.active("DUPLICATE")).hasValueSatisfying(r -> assertThat(r.label()).isEqualTo("与已有信息内容重复"));
        assertThat(seeded.active("OTHER")).hasValueSatisfying(r -> assertThat(r.requiresComment()).isTrue());
    }

    @Test
    void replacingTheListRetiresTheCodesItLeavesOutAndKeepsTheirLabels() {
        DeclineReasonList next = DeclineReasonList.seeded(NOW).replace(List.of(
                new DeclineReason("DUPLICATE", "重复反映", null, false, true),
                new DeclineReason("LOCAL_ONLY", "仅涉及个别村组", "Local only", false, true)), Actor.office(), NOW);

        assertThat(next.activeCodes()).containsExactly("DUPLICATE", "LOCAL_ONLY");
        assertThat(next.active("DUPLICATE")).hasValueSatisfying(r -> assertThat(r.label()).isEqualTo("重复反映"));
        assertThat(next.active("NOT_TIMELY")).isEmpty();
        assertThat(next.reasons()).filteredOn(r -> r.code().equals("NOT_TIMELY")).singleElement()
                .satisfies(r -> assertThat(r.active()).isFalse());
        assertThat(next.updatedBy()).isEqualTo("office");
    }

    @Test
    void givingARetiredCodeAgainBringsItBack() {
        DeclineReasonList shortList = DeclineReasonList.seeded(NOW).replace(
                List.of(new DeclineReason("DUPLICATE", "重复", null, false, true)), Actor.office(), NOW);

        DeclineReasonList again = shortList.replace(List.of(
                new DeclineReason("DUPLICATE", "重复", null, false, true),
                new DeclineReason("NOT_TIMELY", "时效性不强", null, false, true)), Actor.office(), NOW);

        assertThat(again.active("NOT_TIMELY")).isPresent();
        assertThat(again.reasons()).filteredOn(r -> r.code().equals("NOT_TIMELY")).hasSize(1);
    }

    @Test
    void onlyTheOfficeMaintainsTheList() {
        assertThatThrownBy(() -> DeclineReasonList.seeded(NOW).replace(List.of(), Actor.reviewer("economy"), NOW))
                .isInstanceOf(ReviewRefused.class);
    }
}
