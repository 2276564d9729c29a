package org.deputyflow.motion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deputyflow.motion.domain.Motion;
import org.deputyflow.motion.domain.MotionAction;
import org.deputyflow.motion.domain.MotionPolicy;
import org.deputyflow.motion.domain.MotionStatus;
import org.deputyflow.motion.persistence.MotionMapper;
import org.deputyflow.motion.process.MotionProcess;
import org.deputyflow.tasks.OpenTask;
import org.deputyflow.tasks.RecordType;
import org.deputyflow.tasks.TaskItem;
import org.deputyflow.tasks.TaskSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Motions in the task lists: a deputy's open invitations to co-sign (the signing wait is not a
 * user task) and the staff's and council's engine tasks, with the committee report's and the
 * implementation report's due dates.
 */
@Service
@Transactional(readOnly = true)
class MotionTasks implements TaskSource {

    /** Where a co-signer's answer is open, as the motion's policy says. */
    private static final MotionStatus SIGNING = MotionPolicy.openIn(MotionAction.CO_SIGN);

    private final MotionMapper motions;

    MotionTasks(MotionMapper motions) {
        this.motions = motions;
    }

    @Override
    public RecordType recordType() {
        return RecordType.MOTION;
    }

    @Override
    public String processKey() {
        return MotionProcess.KEY;
    }

    @Override
    public long countRequests(long deputyId) {
        return motions.countTasks(List.of(), SIGNING, deputyId);
    }

    @Override
    public List<TaskItem> requests(long deputyId, long offset, int limit) {
        List<Long> ids = motions.tasks(List.of(), SIGNING, deputyId, offset, limit).stream()
                .map(t -> t.id())
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Motion> byId = byId(ids);
        return ids.stream()
                .map(byId::get)
                .map(m -> TaskItem.coSignatureRequest(
                        RecordType.MOTION, m.id(), m.number(), m.title(), m.createdAt(), m.signingDue()))
                .toList();
    }

    @Override
    public List<TaskItem> describe(List<OpenTask> tasks) {
        Map<Long, Motion> byId =
                byId(tasks.stream().map(OpenTask::recordId).distinct().toList());
        return tasks.stream()
                .map(task -> {
                    Motion motion = byId.get(task.recordId());
                    return task.item(
                            RecordType.MOTION, motion.id(), motion.number(), motion.title(), null, due(task, motion));
                })
                .toList();
    }

    private LocalDate due(OpenTask task, Motion motion) {
        if (MotionProcess.TASK_RECORD_REPORT.equals(task.taskKey())) {
            return motion.reportDue();
        }
        if (MotionProcess.TASK_REPORT_IMPLEMENTATION.equals(task.taskKey())) {
            return motions.findDeliberation(motion.id()).implementationDue();
        }
        return null;
    }

    private Map<Long, Motion> byId(List<Long> ids) {
        return motions.findByIds(ids).stream().collect(Collectors.toMap(Motion::id, Function.identity()));
    }
}
