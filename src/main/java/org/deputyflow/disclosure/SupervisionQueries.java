package org.deputyflow.disclosure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.domain.DepartmentProgress;
import org.deputyflow.disclosure.domain.InstructionRecipient;
import org.deputyflow.disclosure.domain.InstructionToDepartment;
import org.deputyflow.disclosure.domain.KeySuggestion;
import org.deputyflow.disclosure.domain.SupervisionActivity;
import org.deputyflow.disclosure.domain.SupervisionInstruction;
import org.deputyflow.disclosure.persistence.KeySuggestionMapper;
import org.deputyflow.disclosure.persistence.SupervisionMapper;
import org.deputyflow.disclosure.persistence.SupervisionMapper.InstructionRow;
import org.deputyflow.disclosure.persistence.SupervisionMapper.SuggestionDepartment;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the supervision of key suggestions (重点建议督办) shows: the leader's key suggestions with each
 * department's clock, one key suggestion's instructions and activities, and the instructions that reached
 * a department.
 */
@Service
public class SupervisionQueries {

    private final SupervisionMapper mapper;
    private final KeySuggestionMapper keySuggestions;
    private final CalendarService calendar;

    SupervisionQueries(SupervisionMapper mapper, KeySuggestionMapper keySuggestions, CalendarService calendar) {
        this.mapper = mapper;
        this.keySuggestions = keySuggestions;
        this.calendar = calendar;
    }

    /** A key suggestion with where each of its departments stands. */
    public record Followed(KeySuggestion key, List<DepartmentProgress> departments) {}

    /** Everything the supervision page shows of one key suggestion, newest first. */
    public record Supervision(
            KeySuggestion key,
            List<DepartmentProgress> departments,
            List<SupervisionInstruction> instructions,
            List<SupervisionActivity> activities) {}

    /** The key suggestions this council member supervises, newest designation first. */
    @Transactional(readOnly = true)
    public Page<Followed> supervisedBy(CurrentUser leader, PageRequest request) {
        long total = mapper.countSupervisedBy(leader.login());
        List<KeySuggestion> keys =
                total == 0 ? List.of() : mapper.supervisedBy(leader.login(), request.offset(), request.size());
        Map<Long, List<DepartmentProgress>> departments =
                departments(keys.stream().map(KeySuggestion::suggestionId).toList());
        return Page.of(
                keys.stream()
                        .map(k -> new Followed(k, departments.getOrDefault(k.suggestionId(), List.of())))
                        .toList(),
                request,
                total);
    }

    /** @throws NotFoundException if the suggestion is not a key suggestion */
    @Transactional(readOnly = true)
    public Supervision supervision(long suggestionId) {
        KeySuggestion key = keySuggestions
                .findBySuggestionId(suggestionId)
                .orElseThrow(() -> NotFoundException.of("keySuggestion", suggestionId));
        Map<Long, List<InstructionRecipient>> recipients = mapper.recipients(key.id()).stream()
                .collect(Collectors.groupingBy(InstructionRecipient::instructionId));
        List<SupervisionInstruction> instructions = new ArrayList<>();
        for (InstructionRow row : mapper.instructions(key.id())) {
            instructions.add(new SupervisionInstruction(
                    row.id(),
                    row.keySuggestionId(),
                    row.content(),
                    row.writtenBy(),
                    row.writtenAt(),
                    recipients.getOrDefault(row.id(), List.of())));
        }
        return new Supervision(
                key,
                departments(List.of(suggestionId)).getOrDefault(suggestionId, List.of()),
                instructions,
                mapper.activities(key.id()));
    }

    /** The instructions that reached the caller's department, open ones first. */
    @Transactional(readOnly = true)
    public Page<InstructionToDepartment> toDepartment(CurrentUser user, boolean openOnly, PageRequest request) {
        if (user.departmentId() == null) {
            return Page.of(List.of(), request, 0);
        }
        long total = mapper.countToDepartment(user.departmentId(), openOnly);
        return Page.of(
                total == 0
                        ? List.of()
                        : mapper.toDepartment(user.departmentId(), openOnly, request.offset(), request.size()),
                request,
                total);
    }

    /** The end of the day the department has to acknowledge by: the BPMN's due date and timer. */
    @Transactional(readOnly = true)
    public Instant acknowledgementDueAt(long recipientId) {
        return calendar.endOfDay(mapper.recipient(recipientId)
                .orElseThrow(() -> NotFoundException.of("instruction", recipientId))
                .acknowledgeDue());
    }

    private Map<Long, List<DepartmentProgress>> departments(List<Long> suggestionIds) {
        if (suggestionIds.isEmpty()) {
            return Map.of();
        }
        return mapper.departments(suggestionIds).stream()
                .collect(Collectors.groupingBy(
                        SuggestionDepartment::suggestionId,
                        LinkedHashMap::new,
                        Collectors.mapping(SuggestionDepartment::progress, Collectors.toList())));
    }
}
