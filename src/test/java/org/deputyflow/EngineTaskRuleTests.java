package org.deputyflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.deputyflow.architecture.TaskOutsideProcessPackage;
import org.deputyflow.architecture.process.TaskInProcessPackage;
import org.junit.jupiter.api.Test;

/** The engine-task rule of {@link ArchitectureTests} catches a new violator and spares the process packages. */
class EngineTaskRuleTests {

    final JavaClasses fixtures =
            new ClassFileImporter().importClasses(TaskOutsideProcessPackage.class, TaskInProcessPackage.class);

    @Test
    void a_class_outside_a_process_package_that_queries_engine_tasks_breaks_the_rule() {
        EvaluationResult result = ArchitectureTests.engine_tasks_are_used_only_in_process_packages.evaluate(fixtures);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(
                        line -> line.contains(TaskOutsideProcessPackage.class.getName()) && line.contains("TaskQuery"))
                .noneMatch(line -> line.contains(TaskInProcessPackage.class.getName()));
    }
}
