package org.minyi.routing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.minyi.testing.contracts.HexagonRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Routing keeps the hexagon every service keeps; and its features depend one way only: reports are
 * routed by the rules and topics, which know nothing of reports, and the rules know nothing of topics.
 */
@AnalyzeClasses(packages = "org.minyi.routing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests hexagon = ArchTests.in(HexagonRules.class);

    @ArchTest
    static final ArchRule rulesKnowNothingOfReports = noClasses().that().resideInAPackage("org.minyi.routing.rules..")
            .should().dependOnClassesThat().resideInAPackage("org.minyi.routing.report..");

    @ArchTest
    static final ArchRule topicsKnowNothingOfReports = noClasses().that().resideInAPackage("org.minyi.routing.topic..")
            .should().dependOnClassesThat().resideInAnyPackage("org.minyi.routing.report..", "org.minyi.routing.rules..");

    @ArchTest
    static final ArchRule rulesKnowNothingOfTopics = noClasses().that().resideInAPackage("org.minyi.routing.rules..")
            .should().dependOnClassesThat().resideInAPackage("org.minyi.routing.topic..");
}
