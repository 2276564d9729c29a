package org.deputyflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * The flow-node coverage gate of a process path test class: of the BPMN file's flow nodes, the
 * share its tests passed through, read from the engine's history of the instances the class
 * tracked. camunda-process-test-coverage draws the same runs as HTML reports under
 * {@code target/process-test-coverage}; this gate does not depend on the order test classes run in.
 */
public final class ProcessCoverageGate {

    public static final double MINIMUM = 0.9;

    private final String processKey;
    private final Set<String> instanceIds = ConcurrentHashMap.newKeySet();

    public ProcessCoverageGate(String processKey) {
        this.processKey = processKey;
    }

    /** Counts this instance's path; tests move the clock, so start times cannot tell whose it is. */
    public ProcessInstance track(ProcessInstance processInstance) {
        instanceIds.add(processInstance.getId());
        return processInstance;
    }

    public void assertCovered(ProcessEngine engine) {
        ProcessDefinition definition = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .latestVersion()
                .singleResult();
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
        Set<String> nodes = model.getModelElementsByType(FlowNode.class).stream()
                .map(FlowNode::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> passed = new TreeSet<>();
        for (String instanceId : instanceIds) {
            engine
                    .getHistoryService()
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(instanceId)
                    .list()
                    .stream()
                    .map(HistoricActivityInstance::getActivityId)
                    .forEach(passed::add);
        }
        Set<String> missed = new TreeSet<>(nodes);
        missed.removeAll(passed);
        double coverage = (double) (nodes.size() - missed.size()) / nodes.size();
        assertThat(coverage)
                .as("flow-node coverage of %s; not passed: %s", processKey, missed)
                .isGreaterThanOrEqualTo(MINIMUM);
    }
}
