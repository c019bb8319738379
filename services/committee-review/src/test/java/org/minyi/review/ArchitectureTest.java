package org.minyi.review;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.minyi.testing.contracts.HexagonRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Committee review keeps the hexagon every service keeps; besides, the Word format stays in the printing
 * adapter, and the queues know nothing of the publications that carry their reports.
 */
@AnalyzeClasses(packages = "org.minyi.review", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests hexagon = ArchTests.in(HexagonRules.class);

    @ArchTest
    static final ArchRule documentFormatsOnlyInPrinting = noClasses().that().resideOutsideOfPackage("..printing..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..");

    @ArchTest
    static final ArchRule queueKnowsNothingOfPublications = noClasses().that().resideInAPackage("..review.queue..")
            .should().dependOnClassesThat().resideInAPackage("..review.publication..");
}
