package org.minyi.review.publication.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationControllerTest {

    @Test
    void aBrowserGetsThePrintViewAndAnythingElseTheWordFile() {
        assertThat(PublicationController.prefersHtml(
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isTrue();
        assertThat(PublicationController.prefersHtml("text/html")).isTrue();
        assertThat(PublicationController.prefersHtml(null)).isFalse();
        assertThat(PublicationController.prefersHtml("*/*")).isFalse();
        assertThat(PublicationController.prefersHtml(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document, text/html;q=0.5")).isFalse();
        assertThat(PublicationController.prefersHtml("not a media type")).isFalse();
    }
}
