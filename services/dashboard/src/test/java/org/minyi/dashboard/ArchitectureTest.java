package org.minyi.dashboard;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.minyi.testing.contracts.HexagonRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dashboard keeps the hexagon every service keeps, and its own rules: the domain logs nothing, the
 * web serves views rather than stored documents, and the spreadsheet library stays in the export
 * adapter. It publishes nothing of its own, so there is no outbox to guard.
 */
@AnalyzeClasses(packages = "org.minyi.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests hexagon = ArchTests.in(HexagonRules.class);

    @ArchTest
    static final ArchRule domainLogsNothing = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAPackage("org.slf4j..");

    @ArchTest
    static final ArchRule webServesViewsNotDocuments = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("..persistence..");

    @ArchTest
    static final ArchRule spreadsheetsOnlyInTheExports = noClasses().that().resideOutsideOfPackage("..assessment.web..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");
}
