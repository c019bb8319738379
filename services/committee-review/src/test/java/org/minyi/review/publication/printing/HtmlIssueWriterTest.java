package org.minyi.review.publication.printing;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minyi.review.publication.domain.IssueLayout;
import org.minyi.review.publication.domain.PrintedIssue;
import org.minyi.review.queue.domain.IssueKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.review.publication.domain.PublicationFixture.carried;
import static org.minyi.review.publication.domain.PublicationFixture.issued;
import static org.minyi.review.publication.domain.PublicationFixture.names;

class HtmlIssueWriterTest {

    @Test
    void thePrintViewShowsTheIssueWithItsFonts() {
        String html = HtmlIssueWriter.write(issue("关于老旧小区加装电梯的建议"));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">",
                "<title>《政协信息专报》2026年第2期</title>", "<h1 class=\"masthead\">政协信息专报</h1>", "第2期",
                "<h2>关于老旧小区加装电梯的建议</h2>", "反映人：覃少华", "仿宋_GB2312", "宋体");
    }

    @Test
    void everyTextIsEscaped() {
        String html = HtmlIssueWriter.write(issue("<script>alert('x')</script> & \"引号\""));

        assertThat(html).doesNotContain("<script>")
                .contains("<h2>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;引号&quot;</h2>");
    }

    @Test
    void charactersAPageCannotHoldAreLeftOut() {
        String html = HtmlIssueWriter.write(issue("关于\u0000电梯\u001b的\ufffe建议\ud800"));

        assertThat(html).contains("<h2>关于电梯的建议</h2>");
    }

    private static PrintedIssue issue(String title) {
        return IssueLayout.layOut(issued(IssueKind.SPECIAL, 2, carried("r-1", title, List.of("m0001"))), names(), "x",
                LocalDate.of(2026, 3, 20));
    }
}
