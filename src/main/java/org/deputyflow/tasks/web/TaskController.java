package org.deputyflow.tasks.web;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "tasks", description = "待办任务")
class TaskController {

    private final TaskListService taskList;

    TaskController(TaskListService taskList) {
        this.taskList = taskList;
    }

    @GetMapping("/api/tasks")
    @Operation(summary = "我的待办：建议、议案、测评、季度公开、答复公开审核中指派给我的任务、本单位或本角色可签收的任务，以及代表的附议邀请（可按 recordType 筛选）")
    Page<TaskItem> tasks(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) RecordType recordType, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return taskList.tasksOf(user, recordType, PageRequest.of(page, size));
    }
}
