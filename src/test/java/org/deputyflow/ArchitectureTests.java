package org.deputyflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Controller;

/**
 * The layering the README's "Where things live" describes, checked on every build: plain-Java domains,
 * controllers that call services, modules that keep their tables to themselves and never depend on each
 * other both ways round.
 */
@AnalyzeClasses(packages = "org.deputyflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domain_is_plain_java = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.camunda..",
                    "org.apache.ibatis..",
                    "org.mybatis..",
                    "jakarta.servlet..",
                    "com.fasterxml..");

    @ArchTest
    static final ArchRule controllers_use_services_not_the_engine_or_mappers = noClasses()
            .that()
            .resideInAPackage("..web..")
            .and()
            .resideOutsideOfPackage("org.deputyflow.shared..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.camunda.bpm.engine..", "..persistence..")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Mapper");

    /**
     * A module's tables are its own: another module reads them through the module's services (or, for
     * reports, through SQL of its own), never through its mappers or query objects. {@code shared} is
     * every module's, so its persistence helpers are open to all.
     */
    @ArchTest
    static final ArchRule features_do_not_reach_into_each_others_persistence = classes()
            .that()
            .resideInAPackage("org.deputyflow..")
            .should(new ArchCondition<JavaClass>("use no other module's persistence package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String own = module(origin.getPackageName());
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        String target = dependency.getTargetClass().getPackageName();
                        String other = module(target);
                        if (other != null
                                && !other.equals(own)
                                && !"shared".equals(other)
                                && target.startsWith("org.deputyflow." + other + ".")
                                && target.substring(("org.deputyflow." + other).length())
                                        .contains(".persistence")) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    /** The module of a package: the first name after {@code org.deputyflow}, or null outside. */
    private static String module(String packageName) {
        if (!packageName.startsWith("org.deputyflow.")) {
            return null;
        }
        String rest = packageName.substring("org.deputyflow.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** A plain {@code @Controller} would answer its errors with problem JSON; pages need the error page. */
    @ArchTest
    static final ArchRule page_controllers_are_marked_as_pages = noClasses()
            .that()
            .areNotAnnotations()
            .should()
            .beAnnotatedWith(Controller.class)
            .because("pages use @PageController and the JSON API uses @RestController");

    /** Key suggestions know of suggestions; the suggestion module asks them through its own port only. */
    @ArchTest
    static final ArchRule suggestions_do_not_depend_on_key_suggestions_or_disclosure = noClasses()
            .that()
            .resideInAPackage("org.deputyflow.suggestion..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.deputyflow.disclosure..");

    /** Modules may use each other's public API, but never both ways round, however long the way. */
    @ArchTest
    static final ArchRule feature_modules_do_not_depend_on_each_other_in_a_cycle =
            slices().matching("org.deputyflow.(*)..").should().beFreeOfCycles();

    /**
     * Engine tasks ({@link Task}, {@link TaskQuery}) are found, read and completed by a module's
     * {@code process} package, behind the module's own services, so that a switch of engine touches few
     * files and no use case or controller depends on the engine's task model.
     */
    @ArchTest
    static final ArchRule engine_tasks_are_used_only_in_process_packages = noClasses()
            .that()
            .resideOutsideOfPackage("..process..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(Task.class, TaskQuery.class)
            .because("engine tasks belong to the process packages (README: Where things live)");
}
