package org.deputyflow.tasks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.tasks.RecordType;
import org.deputyflow.tasks.TaskItem;
import org.deputyflow.tasks.TaskListService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "tasks", description = "api.tag.tasks")
class TaskController {

    private final TaskListService taskList;

    TaskController(TaskListService taskList) {
        this.taskList = taskList;
    }

    @GetMapping("/api/tasks")
    @Operation(summary = "api.tasks.list")
    Page<TaskItem> tasks(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) RecordType recordType,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return taskList.tasksOf(user, recordType, PageRequest.of(page, size));
    }
}
