package org.deputyflow;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The coverage gate: a test class that drives a BPMN process (it registers
 * {@code ProcessEngineCoverageTestExecutionListener}) must pass at least 90% of its flow nodes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverageTestConfiguration {

    public static final double MINIMUM_CLASS_COVERAGE = 0.9;

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(MINIMUM_CLASS_COVERAGE).build();
    }
}
