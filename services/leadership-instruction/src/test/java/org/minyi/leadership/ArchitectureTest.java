package org.minyi.leadership;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.minyi.testing.contracts.HexagonRules;

/** Leadership-instruction keeps the hexagon every service keeps. */
@AnalyzeClasses(packages = "org.minyi.leadership", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests hexagon = ArchTests.in(HexagonRules.class);
}
