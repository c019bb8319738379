package org.minyi.routing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The hexagon's rules: the domain knows no framework, each adapter stays in its own package. */
@AnalyzeClasses(packages = "org.minyi.routing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "com.mongodb..", "org.bson..", "tools.jackson..", "jakarta..", "org.minyi.events..");

    @ArchTest
    static final ArchRule applicationKnowsNoAdapters = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "com.mongodb..", "org.bson..", "..messaging..", "..persistence..", "..web..");

    @ArchTest
    static final ArchRule kafkaOnlyInMessaging = noClasses().that().resideOutsideOfPackages("..messaging..", "..config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    @ArchTest
    static final ArchRule mongoOnlyInPersistence = noClasses()
            .that().resideOutsideOfPackages("..persistence..", "..config..", "org.minyi.routing.web..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..",
                    "org.springframework.data.mongodb..");

    @ArchTest
    static final ArchRule sharedEventsOnlyInMessaging = noClasses()
            .that().resideOutsideOfPackages("..messaging..", "..config..")
            .should().dependOnClassesThat().resideInAPackage("org.minyi.events..");

    @ArchTest
    static final ArchRule rulesKnowNothingOfReports = noClasses().that().resideInAPackage("org.minyi.routing.rules..")
            .should().dependOnClassesThat().resideInAPackage("org.minyi.routing.report..");

    @ArchTest
    static final ArchRule topicsKnowNothingOfReports = noClasses().that().resideInAPackage("org.minyi.routing.topic..")
            .should().dependOnClassesThat().resideInAnyPackage("org.minyi.routing.report..", "org.minyi.routing.rules..");

    @ArchTest
    static final ArchRule rulesKnowNothingOfTopics = noClasses().that().resideInAPackage("org.minyi.routing.rules..")
            .should().dependOnClassesThat().resideInAPackage("org.minyi.routing.topic..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.minyi.routing.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCatchAllPackages = noClasses().should()
            .resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..common..");
}
