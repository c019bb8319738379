package org.minyi.testing.contracts;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering every service keeps, written once: the domain knows no framework, no event contract
 * and no chassis; use cases know no adapter; Kafka stays in {@code messaging}, MongoDB in
 * {@code persistence}, the outbox in the two of them; features form no cycles. A service's
 * {@code ArchitectureTest} includes these with {@code ArchTests.in(HexagonRules.class)} and adds its own.
 */
public final class HexagonRules {

    private HexagonRules() {
    }

    @ArchTest
    public static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "com.mongodb..", "org.bson..", "tools.jackson..", "com.fasterxml..", "jakarta..",
                    "io.micrometer..", "org.minyi.events..", "org.minyi.chassis..");

    @ArchTest
    public static final ArchRule applicationKnowsNoAdapters = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "com.mongodb..", "org.bson..", "jakarta..", "org.minyi.events..", "..messaging..",
                    "..persistence..", "..web..", "org.minyi.chassis.outbox..");

    @ArchTest
    public static final ArchRule kafkaOnlyInMessaging = noClasses()
            .that().resideOutsideOfPackages("..messaging..", "..config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                    "org.springframework.cloud.stream..");

    @ArchTest
    public static final ArchRule mongoOnlyInPersistence = noClasses()
            .that().resideOutsideOfPackages("..persistence..", "..config..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..",
                    "org.springframework.data.mongodb..");

    @ArchTest
    public static final ArchRule outboxOnlyInPersistenceAndMessaging = noClasses()
            .that().resideOutsideOfPackages("..persistence..", "..messaging..", "..config..")
            .should().dependOnClassesThat().resideInAPackage("org.minyi.chassis.outbox..");

    @ArchTest
    public static final ArchRule sharedEventsOnlyInMessaging = noClasses()
            .that().resideOutsideOfPackages("..messaging..", "..config..")
            .should().dependOnClassesThat().resideInAPackage("org.minyi.events..");

    @ArchTest
    public static final ArchRule featuresHaveNoCycles = slices().matching("org.minyi.(*).(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    public static final ArchRule noCatchAllPackages = noClasses().should()
            .resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..common..");
}
