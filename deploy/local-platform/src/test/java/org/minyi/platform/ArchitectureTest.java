package org.minyi.platform;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The launcher holds infrastructure and processes only; the benchmark, the fault suite and the
 * dead-letter tool stand beside it and use it, and the command line uses them all — no circles.
 */
@AnalyzeClasses(packages = "org.minyi.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theLauncherUsesNoTool = noClasses().that().resideInAPackage("org.minyi.platform")
            .should().dependOnClassesThat().resideInAnyPackage("org.minyi.platform.bench..",
                    "org.minyi.platform.faults..", "org.minyi.platform.ops..", "org.minyi.platform.client..",
                    "org.minyi.platform.command..");

    @ArchTest
    static final ArchRule noToolUsesTheCommandLine = noClasses().that().resideOutsideOfPackage("org.minyi.platform.command..")
            .should().dependOnClassesThat().resideInAPackage("org.minyi.platform.command..");

    @ArchTest
    static final ArchRule toolsFormNoCircles = slices().matching("org.minyi.platform.(*)..").should().beFreeOfCycles();
}
