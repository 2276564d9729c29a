package org.deputyflow.suggestion;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.SignerMapper;
import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What task lists need from suggestions: co-signature requests and, per task, the suggestion and its due date. */
@Service
@Transactional(readOnly = true)
public class SuggestionTasks {

    private final SuggestionMapper suggestions;
    private final AssignmentMapper assignments;
    private final SignerMapper signers;

    SuggestionTasks(SuggestionMapper suggestions, AssignmentMapper assignments, SignerMapper signers) {
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.signers = signers;
    }

    public long countCoSignatureRequests(long deputyId) {
        return signers.countPendingFor(deputyId);
    }

    public List<Long> coSignatureRequests(long deputyId, long offset, int limit) {
        return signers.pendingFor(deputyId, offset, limit);
    }

    public Map<Long, Suggestion> suggestions(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : suggestions.findByIds(ids).stream().collect(Collectors.toMap(Suggestion::id, Function.identity()));
    }

    public Map<Long, Assignment> assignments(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : assignments.findByIds(ids).stream().collect(Collectors.toMap(Assignment::id, Function.identity()));
    }

    /** The date a task is due by: the clock its step runs against. */
    public static LocalDate due(String taskDefinitionKey, Suggestion suggestion, Assignment assignment) {
        return switch (taskDefinitionKey) {
            case SuggestionProcess.TASK_SCREEN -> suggestion == null ? null : suggestion.screeningDue();
            case SuggestionProcess.TASK_WRITE_OPINION -> assignment == null ? null : assignment.opinionDue();
            case SuggestionProcess.TASK_HANDLE, SuggestionProcess.TASK_SIGN_OFF ->
                assignment == null ? null : assignment.replyDue();
            default -> null;
        };
    }
}
