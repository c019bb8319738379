package org.minyi.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The gateway only routes: it owns no data, reads no events and keeps no domain of its own. */
@AnalyzeClasses(packages = "org.minyi.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noDataNoEvents = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.apache.kafka..", "org.springframework.kafka..", "com.mongodb..", "org.springframework.data..",
            "org.minyi.events..");

    @ArchTest
    static final ArchRule noBlockingServletApi = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..");

    @ArchTest
    static final ArchRule noCatchAllPackages = noClasses().should()
            .resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..common..");
}
