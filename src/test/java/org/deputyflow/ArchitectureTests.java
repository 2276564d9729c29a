package org.deputyflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.springframework.stereotype.Controller;

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

    /** A plain {@code @Controller} would answer its errors with problem JSON; pages need the error page. */
    @ArchTest
    static final ArchRule page_controllers_are_marked_as_pages = noClasses().that().areNotAnnotations()
        .should().beAnnotatedWith(Controller.class)
        .because("pages use @PageController and the JSON API uses @RestController");

    /** Key suggestions know of suggestions; the suggestion module asks them through its own port only. */
    @ArchTest
    static final ArchRule suggestions_do_not_depend_on_key_suggestions_or_disclosure = noClasses().that()
        .resideInAPackage("org.deputyflow.suggestion..")
        .should().dependOnClassesThat().resideInAPackage("org.deputyflow.disclosure..");

    /** Modules may use each other's public API, but never both ways round, however long the way. */
    @ArchTest
    static final ArchRule feature_modules_do_not_depend_on_each_other_in_a_cycle = slices()
        .matching("org.deputyflow.(*)..").should().beFreeOfCycles();
}
