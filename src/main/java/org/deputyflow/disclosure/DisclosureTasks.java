package org.deputyflow.disclosure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deputyflow.disclosure.domain.Disclosure;
import org.deputyflow.disclosure.persistence.DisclosureMapper;
import org.deputyflow.disclosure.process.DisclosureProcess;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.tasks.OpenTask;
import org.deputyflow.tasks.RecordType;
import org.deputyflow.tasks.TaskItem;
import org.deputyflow.tasks.TaskSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarterly disclosures in the task lists: the staff's review and the council's approval. The
 * number is the quarter as the public pages name it ({@code 2026-Q1}), with the version after a
 * correction ({@code 2026-Q1v2}).
 */
@Service
@Transactional(readOnly = true)
class DisclosureTasks implements TaskSource {

    private final DisclosureMapper disclosures;

    DisclosureTasks(DisclosureMapper disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public RecordType recordType() {
        return RecordType.DISCLOSURE;
    }

    @Override
    public String processKey() {
        return DisclosureProcess.KEY;
    }

    @Override
    public List<TaskItem> describe(List<OpenTask> tasks) {
        // at most a few disclosures are ever in review at once
        Map<Long, Disclosure> byId = new HashMap<>();
        return tasks.stream()
                .map(task -> {
                    Disclosure d = byId.computeIfAbsent(
                            task.recordId(),
                            id -> disclosures.findById(id).orElseThrow(() -> NotFoundException.of("disclosure", id)));
                    String number =
                            "%d-Q%d".formatted(d.year(), d.quarter()) + (d.version() > 1 ? "v" + d.version() : "");
                    return task.item(RecordType.DISCLOSURE, d.id(), number, d.title(), null, null);
                })
                .toList();
    }
}
