package org.minyi.followup;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.minyi.testing.contracts.HexagonRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Follow-up keeps the hexagon every service keeps; mail stays in its delivery channels, the Word format in
 * the printing adapter.
 */
@AnalyzeClasses(packages = "org.minyi.followup", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests hexagon = ArchTests.in(HexagonRules.class);

    @ArchTest
    static final ArchRule applicationKnowsNoChannel = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage("..delivery..");

    @ArchTest
    static final ArchRule documentFormatsOnlyInPrinting = noClasses().that().resideOutsideOfPackage("..printing..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..");

    @ArchTest
    static final ArchRule mailOnlyInDelivery = noClasses().that().resideOutsideOfPackages("..delivery..", "..config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.mail..", "jakarta.mail..");
}
