package org.minyi.intake.report.domain;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.intake.report.domain.ContentBuilder.reportOf;

class MultipleIssuesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "关于当前农村工作的几点建议",
            "关于我县民生领域若干问题的建议",
            "关于农村养老问题和留守儿童问题的建议",
            "关于加强校园安全；规范校外培训机构的建议",
            "关于解决城关镇停车难和垃圾清运不及时的建议",
            "关于改善农村饮水条件及乡村学校师资的建议",
            "关于加快老旧小区改造的建议 关于增设公交线路的建议"})
    void aTitleThatAnnouncesSeveralMattersIsFlagged(String title) {
        assertThat(MultipleIssues.likely(reportOf("chengguan").title(title).build())).as(title).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "河口镇集镇道路破损严重，雨天积水。此外，集镇还存在农贸市场脏乱差的问题，摊位占道经营。",
            "村卫生室缺少医生，群众看病不便。另外，村里的小学也反映教师不足的问题。",
            "部分行政村快递无法直接送达。还有一个问题是村级服务站场地不足。",
            "龙泉镇中心学校教师缺编，学生上课难以保障；镇卫生院医生不足，群众看病要跑县医院；集镇垃圾无人清运，污水横流。"})
    void aTextThatRaisesAFurtherProblemIsFlagged(String situation) {
        assertThat(MultipleIssues.likely(reportOf("chengguan").title("关于河口镇有关情况的反映")
                .text(situation, "建议有关部门研究解决。").build())).as(situation).isTrue();
    }

    @Test
    void severalSuggestionsForOneIssueAreNotSeveralIssues() {
        ReportContent one = reportOf("chengguan").title("关于城关镇农村客运班线停运影响群众出行的建议")
                .text("今年以来，城关镇有3条农村客运班线因客流不足停运，沿线6个行政村群众出行困难。",
                        "一是优化补贴机制；二是推行预约响应式公交；三是学校、医院沿线优先保障；四是加强养老服务车辆调度。")
                .build();

        assertThat(MultipleIssues.likely(one)).isFalse();
    }

    @Test
    void theSingleIssueReportsOfTheLabelledSetAreAlmostNeverFlagged() {
        List<LabelledReports.Written> reports = List.copyOf(LabelledReports.load().reports.values());

        List<String> flagged = reports.stream().filter(r -> MultipleIssues.likely(r.content()))
                .map(LabelledReports.Written::id).toList();

        assertThat(flagged.size()).as("flagged: %s", flagged).isLessThanOrEqualTo(reports.size() / 20);
    }
}
