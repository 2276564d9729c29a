package org.deputyflow.config;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.context.annotation.Configuration;

/**
 * DeputyFlow is the engine's process application: {@code META-INF/processes.xml} deploys
 * every BPMN file the build copies from {@code bpmn/}. Kept off the main class so that
 * test slices without an engine stay without one.
 */
@Configuration(proxyBeanMethods = false)
@EnableProcessApplication("deputyflow")
class ProcessEngineConfig {}
