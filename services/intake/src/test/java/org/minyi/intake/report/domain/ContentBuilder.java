package org.minyi.intake.report.domain;

import java.time.LocalDate;
import java.util.List;

/** A report's content as a station writes it, changed one field at a time. */
public final class ContentBuilder {

    private String title = "关于农村寄递物流“最后一公里”的建议";
    private Category category = Category.DAILY_LIFE;
    private String domain = "transport";
    private String situation = "部分行政村快递无法直接送达，群众需到镇上取件。";
    private String analysis;
    private String suggestions = "建议整合邮政、供销与快递资源，建设村级综合服务站。";
    private String township;
    private String sector;
    private List<String> authors = List.of();
    private OnBehalfOf onBehalfOf;
    private String topicId;
    private boolean urgent;
    private LocalDate occurredOn;
    private Source source;

    private ContentBuilder(String township) {
        this.township = township;
    }

    public static ContentBuilder reportOf(String township) {
        return new ContentBuilder(township);
    }

    public ContentBuilder title(String value) {
        title = value;
        return this;
    }

    public ContentBuilder category(Category value) {
        category = value;
        return this;
    }

    public ContentBuilder domain(String value) {
        domain = value;
        return this;
    }

    public ContentBuilder text(String situationText, String suggestionsText) {
        situation = situationText;
        suggestions = suggestionsText;
        return this;
    }

    public ContentBuilder analysis(String value) {
        analysis = value;
        return this;
    }

    public ContentBuilder sector(String value) {
        sector = value;
        return this;
    }

    public ContentBuilder authors(String... members) {
        authors = List.of(members);
        return this;
    }

    public ContentBuilder onBehalfOf(OnBehalfOf.Kind kind, String name) {
        onBehalfOf = new OnBehalfOf(kind, name);
        return this;
    }

    public ContentBuilder topic(String value) {
        topicId = value;
        return this;
    }

    public ContentBuilder urgent() {
        urgent = true;
        return this;
    }

    public ContentBuilder source(Source value) {
        source = value;
        return this;
    }

    public ContentBuilder occurredOn(LocalDate value) {
        occurredOn = value;
        return this;
    }

    public ReportContent build() {
        return new ReportContent(title, category, domain, situation, analysis, suggestions, township, sector, authors,
                onBehalfOf, topicId, urgent, occurredOn, source);
    }
}
