package org.deputyflow.suggestion.process;

/**
 * An open step of a suggestion's process as the use cases hold it between finding and completing
 * it: the engine's task, the element it waits at and the execution its department's flags belong
 * to, without the engine's task model.
 */
public record OpenStep(String taskId, String taskKey, String executionId) {}
