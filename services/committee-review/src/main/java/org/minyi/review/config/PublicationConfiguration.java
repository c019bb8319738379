package org.minyi.review.config;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.minyi.review.publication.application.ComposingPublication;
import org.minyi.review.publication.application.FindingPublications;
import org.minyi.review.publication.application.IssuingPublication;
import org.minyi.review.publication.domain.DisplayNames;
import org.minyi.review.publication.domain.IssueLayout;
import org.minyi.review.publication.persistence.MongoPublications;
import org.minyi.review.publication.persistence.SeedFileNames;
import org.minyi.review.queue.application.MergingReports;
import org.minyi.review.queue.persistence.MongoReviewItems;
import org.minyi.review.queue.persistence.SeedReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Wires publications — 《社情民意》 and 《政协信息专报》 — and the sweep that completes merges and issues a
 * failure interrupted.
 */
@Configuration(proxyBeanMethods = false)
class PublicationConfiguration {

    @Bean
    MongoPublications publications(MongoTemplate mongo) {
        MongoPublications publications = new MongoPublications(mongo);
        publications.createIndexes();
        return publications;
    }

    /** Names for printing, from the county's reference seed; codes when there is none. */
    @Bean
    DisplayNames displayNames(@Value("${minyi.reference.seed:classpath:demo-data/reference-data.json}") String seed)
            throws IOException {
        Resource resource = new DefaultResourceLoader().getResource(seed);
        InputStream in = resource.exists() ? resource.getInputStream() : null;
        return SeedFileNames.read(in);
    }

    /** The issuing office printed on issues: configured, or 政协<county>委员会办公室 from the seed. */
    private static String issuingOffice(String configured, DisplayNames names) {
        return configured.isBlank() ? IssueLayout.officeOf(names.county()) : configured;
    }

    @Bean
    ComposingPublication composingPublication(MongoPublications publications, MongoReviewItems items, Clock clock) {
        return new ComposingPublication(publications, items, clock);
    }

    @Bean
    IssuingPublication issuingPublication(MongoPublications publications, MongoReviewItems items, Clock clock,
                                          ZoneId countyZone, DisplayNames names,
                                          @Value("${minyi.review.issuer:}") String issuer,
                                          SeedReferenceData referenceData) {
        return new IssuingPublication(publications, items, clock, countyZone, issuingOffice(issuer, names),
                referenceData);
    }

    @Bean
    FindingPublications findingPublications(MongoPublications publications, DisplayNames names, Clock clock,
                                            ZoneId countyZone, @Value("${minyi.review.issuer:}") String issuer) {
        return new FindingPublications(publications, names, clock, countyZone, issuingOffice(issuer, names));
    }

    @Bean
    PendingSteps pendingSteps(MergingReports merging, IssuingPublication issuing, Clock clock,
                              @Value("${minyi.review.pending-sweep-every:5s}") Duration every,
                              @Value("${minyi.review.pending-age:30s}") Duration age) {
        return new PendingSteps(merging, issuing, clock, every, age);
    }
}
