package org.minyi.dashboard;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dashboard's layering: the domain and the use cases know no framework, Kafka stays in messaging,
 * Mongo in persistence, the spreadsheet library in the export adapter; features (board, assessment,
 * reference, replay) do not depend on each other in cycles. The dashboard publishes nothing of its own,
 * so there is no outbox to guard; its only producer is the dead-letter recoverer in config.
 */
@AnalyzeClasses(packages = "org.minyi.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "com.mongodb..", "org.bson..", "tools.jackson..", "com.fasterxml..", "jakarta..",
                    "io.micrometer..", "org.slf4j..", "org.minyi.events..");

    @ArchTest
    static final ArchRule applicationKnowsNoAdapters = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "com.mongodb..", "org.bson..", "jakarta..", "org.minyi.events..", "..messaging..",
                    "..persistence..", "..web..");

    @ArchTest
    static final ArchRule kafkaOnlyInMessaging = noClasses().that().resideOutsideOfPackages("..messaging..", "..config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    @ArchTest
    static final ArchRule mongoOnlyInPersistence = noClasses()
            .that().resideOutsideOfPackages("..persistence..", "..config..", "org.minyi.dashboard.web..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..",
                    "org.springframework.data.mongodb..");

    @ArchTest
    static final ArchRule sharedEventsOnlyInMessaging = noClasses()
            .that().resideOutsideOfPackages("..messaging..", "..config..")
            .should().dependOnClassesThat().resideInAPackage("org.minyi.events..");

    @ArchTest
    static final ArchRule webServesViewsNotDocuments = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("..persistence..");

    @ArchTest
    static final ArchRule spreadsheetsOnlyInTheExports = noClasses().that().resideOutsideOfPackage("..assessment.web..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.minyi.dashboard.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCatchAllPackages = noClasses().should()
            .resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..common..");
}
