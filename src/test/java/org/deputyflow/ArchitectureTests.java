package org.deputyflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering STYLE.md asks for, checked on every build. */
@AnalyzeClasses(packages = "org.deputyflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domain_is_plain_java = noClasses().that().resideInAPackage("..domain..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "org.camunda..", "org.apache.ibatis..", "org.mybatis..",
            "jakarta.servlet..", "com.fasterxml..");

    @ArchTest
    static final ArchRule controllers_use_services_not_the_engine_or_mappers = noClasses().that()
        .resideInAPackage("..web..").and().resideOutsideOfPackage("org.deputyflow.shared..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.camunda.bpm.engine..", "..persistence..")
        .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Mapper");

    @ArchTest
    static final ArchRule features_do_not_reach_into_each_others_persistence = noClasses().that()
        .resideOutsideOfPackage("org.deputyflow.directory..")
        .should().dependOnClassesThat().resideInAPackage("org.deputyflow.directory.persistence..")
        .allowEmptyShould(true);

    /** Modules may use each other's public API, but never both ways round, however long the way. */
    @ArchTest
    static final ArchRule feature_modules_do_not_depend_on_each_other_in_a_cycle = slices()
        .matching("org.deputyflow.(*)..").should().beFreeOfCycles();
}
