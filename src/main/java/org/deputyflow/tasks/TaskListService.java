package org.deputyflow.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.tasks.process.EngineTaskQueries;
import org.deputyflow.tasks.process.EngineTaskQueries.QueuedTask;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's task list across every process: first, for a deputy, the invitations to co-sign
 * (suggestions, then motions), then the engine tasks assigned to them or waiting in one of their
 * groups' queues (role names, department code, department leaders), oldest first. Each part is
 * counted and paged in the database or the engine ({@link EngineTaskQueries}); only the page's records
 * are read.
 */
@Service
@Transactional(readOnly = true)
public class TaskListService {

    private final EngineTaskQueries engine;
    private final List<TaskSource> sources;
    private final Map<String, TaskSource> byProcess;
    private final MessageSource messages;

    TaskListService(EngineTaskQueries engine, List<TaskSource> sources, MessageSource messages) {
        this.engine = engine;
        this.messages = messages;
        this.sources = sources.stream()
                .sorted(Comparator.comparing(TaskSource::recordType))
                .toList();
        this.byProcess = this.sources.stream()
                .collect(Collectors.toMap(
                        TaskSource::processKey,
                        Function.identity(),
                        (a, b) -> {
                            throw new IllegalStateException("two task sources for process " + a.processKey());
                        },
                        LinkedHashMap::new));
    }

    /** One part of the list: how many lines it has and how to read a slice of them. */
    private record Part(long count, Slice slice) {}

    @FunctionalInterface
    private interface Slice {
        List<TaskItem> read(long offset, int limit);
    }

    public Page<TaskItem> tasksOf(CurrentUser user, PageRequest page) {
        return tasksOf(user, null, page);
    }

    /** The caller's tasks on records of one type, or of every type when {@code type} is null. */
    public Page<TaskItem> tasksOf(CurrentUser user, RecordType type, PageRequest page) {
        List<TaskSource> chosen = sources.stream()
                .filter(s -> type == null || s.recordType() == type)
                .toList();
        if (chosen.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        String[] processKeys = chosen.stream().map(TaskSource::processKey).toArray(String[]::new);
        List<Part> parts = new ArrayList<>();
        Long deputyId = user.hasRole(Role.DEPUTY) ? user.deputyId() : null;
        if (deputyId != null) {
            for (TaskSource source : chosen) {
                parts.add(new Part(
                        source.countRequests(deputyId),
                        (offset, limit) -> source.requests(deputyId, offset, limit).stream()
                                .map(request -> request.named(messages.getMessage(
                                        "task.coSignatureInvitation", null, LocaleContextHolder.getLocale())))
                                .toList()));
            }
        }
        parts.add(new Part(
                engine.count(user, processKeys, null),
                (offset, limit) -> engineTasks(user, processKeys, null, offset, limit)));

        long total = parts.stream().mapToLong(Part::count).sum();
        List<TaskItem> items = new ArrayList<>();
        long skip = page.offset();
        for (Part part : parts) {
            int room = page.size() - items.size();
            if (room == 0) {
                break;
            }
            if (skip >= part.count()) {
                skip -= part.count();
                continue;
            }
            items.addAll(part.slice().read(skip, (int) Math.min(room, part.count() - skip)));
            skip = 0;
        }
        return Page.of(items, page, total);
    }

    /**
     * The caller's engine tasks at one step (an element id such as {@code Task_ScreenSuggestion}) of
     * the processes of one record type, oldest first: the queues of a role home, each paged on its own.
     */
    public Page<TaskItem> tasksAt(CurrentUser user, RecordType type, String kind, PageRequest page) {
        String[] processKeys = sources.stream()
                .filter(s -> s.recordType() == type)
                .map(TaskSource::processKey)
                .toArray(String[]::new);
        if (processKeys.length == 0) {
            return Page.of(List.of(), page, 0);
        }
        long total = engine.count(user, processKeys, kind);
        List<TaskItem> items =
                total == 0 ? List.of() : engineTasks(user, processKeys, kind, page.offset(), page.size());
        return Page.of(items, page, total);
    }

    private List<TaskItem> engineTasks(CurrentUser user, String[] processKeys, String taskKey, long offset, int limit) {
        List<QueuedTask> found = engine.page(user, processKeys, taskKey, offset, limit);
        Map<String, List<OpenTask>> byKey = new LinkedHashMap<>();
        for (QueuedTask queued : found) {
            byKey.computeIfAbsent(queued.processKey(), k -> new ArrayList<>()).add(queued.task());
        }
        Map<String, TaskItem> lines = new HashMap<>();
        byKey.forEach((key, open) -> {
            List<TaskItem> described = byProcess.get(key).describe(open);
            for (int i = 0; i < open.size(); i++) {
                lines.put(open.get(i).id(), described.get(i));
            }
        });
        Locale language = LocaleContextHolder.getLocale();
        // a step reads in the reader's language (task.Task_ScreenSuggestion); the BPMN name when none is written
        return found.stream()
                .map(queued -> lines.get(queued.task().id()))
                .map(item -> item.named(messages.getMessage("task." + item.kind(), null, item.name(), language)))
                .toList();
    }
}
