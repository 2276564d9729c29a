package org.deputyflow.disclosure;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deputyflow.disclosure.domain.InstructionToDepartment;
import org.deputyflow.disclosure.persistence.SupervisionMapper;
import org.deputyflow.disclosure.process.SupervisionProcess;
import org.deputyflow.tasks.OpenTask;
import org.deputyflow.tasks.RecordType;
import org.deputyflow.tasks.TaskItem;
import org.deputyflow.tasks.TaskSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instructions to acknowledge in a department's task list: each line leads to the key suggestion
 * it is about, numbered and titled as the suggestion is, due when the acknowledgement is.
 */
@Service
@Transactional(readOnly = true)
class SupervisionTasks implements TaskSource {

    private final SupervisionMapper mapper;

    SupervisionTasks(SupervisionMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public RecordType recordType() {
        return RecordType.SUGGESTION;
    }

    @Override
    public String processKey() {
        return SupervisionProcess.KEY;
    }

    @Override
    public List<TaskItem> describe(List<OpenTask> tasks) {
        // the business key is the recipient: one department's copy of one instruction
        Map<Long, InstructionToDepartment> byRecipient =
                mapper
                        .byRecipientIds(tasks.stream()
                                .map(OpenTask::recordId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(InstructionToDepartment::recipientId, Function.identity()));
        return tasks.stream()
                .map(task -> {
                    InstructionToDepartment line = byRecipient.get(task.recordId());
                    return task.item(
                            RecordType.SUGGESTION,
                            line.suggestionId(),
                            line.serialNo(),
                            line.title(),
                            null,
                            line.acknowledgeDue());
                })
                .toList();
    }
}
