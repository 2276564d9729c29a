package org.deputyflow.suggestion.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.suggestion.HandlingClocks;
import org.deputyflow.suggestion.SuggestionQueries;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.deputyflow.tasks.RecordType;
import org.deputyflow.tasks.TaskListService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Committee staff's home: their queues first, each paged on its own so that a long screening
 * queue does not push the disputes out of sight.
 */
@PageController
@PreAuthorize("hasRole('STAFF')")
class StaffHomeController {

    static final int SECTION_SIZE = 10;

    private final TaskListService tasks;
    private final SuggestionQueries queries;
    private final CalendarService calendar;
    private final HandlingClocks clocks;

    StaffHomeController(
            TaskListService tasks, SuggestionQueries queries, CalendarService calendar, HandlingClocks clocks) {
        this.clocks = clocks;
        this.tasks = tasks;
        this.queries = queries;
        this.calendar = calendar;
    }

    /** One line of a queue: which suggestion, what about it, and by when. */
    public record Row(long suggestionId, String number, String title, String detail, LocalDate due, String path) {

        Row(long suggestionId, String number, String title, String detail, LocalDate due) {
            this(suggestionId, number, title, detail, due, "/suggestions/" + suggestionId);
        }

        /** Days from today to the due date: negative once overdue. */
        public long daysLeft(LocalDate today) {
            return ChronoUnit.DAYS.between(today, due);
        }
    }

    /**
     * A paged queue; {@code link(n)} keeps the other queues on the pages they show. A queue of
     * motions, votes or disclosures is only shown when it holds something.
     */
    public record Section(String key, String testId, Page<Row> rows, IntFunction<String> links, boolean always) {

        public boolean shown() {
            return always || rows.total() > 0;
        }

        public String link(int page) {
            return links.apply(page);
        }
    }

    @GetMapping("/staff")
    String home(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params, Model model) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (String key : List.of(
                "screening",
                "assign",
                "dispute",
                "extension",
                "rehandling",
                "followUp",
                "motion",
                "vote",
                "disclosure",
                "reply")) {
            pages.put(key, pageOf(params.get(key)));
        }
        List<Section> sections = List.of(
                section(
                        "screening",
                        "screening-queue",
                        pages,
                        taskRows(user, SuggestionProcess.TASK_SCREEN, pages.get("screening"))),
                section(
                        "assign",
                        "assign-queue",
                        pages,
                        taskRows(user, SuggestionProcess.TASK_ASSIGN, pages.get("assign"))),
                section(
                        "dispute",
                        "dispute-queue",
                        pages,
                        taskRows(user, SuggestionProcess.TASK_DECIDE_DISPUTE, pages.get("dispute"))),
                section(
                        "extension",
                        "extension-queue",
                        pages,
                        queries.pendingExtensions(user, new PageRequest(pages.get("extension"), SECTION_SIZE))
                                .map(x -> new Row(
                                        x.suggestionId(),
                                        x.number(),
                                        x.title(),
                                        x.departmentName() + " · " + x.months(),
                                        x.previousDue()))),
                section(
                        "rehandling",
                        "rehandling-queue",
                        pages,
                        taskRows(user, SuggestionProcess.TASK_DECIDE_REHANDLING, pages.get("rehandling"))),
                section(
                        "followUp",
                        "follow-up-queue",
                        pages,
                        queries.list(
                                        user,
                                        SuggestionStatus.FOLLOW_UP,
                                        null,
                                        null,
                                        new PageRequest(pages.get("followUp"), SECTION_SIZE))
                                .map(s -> new Row(s.id(), s.number(), s.title(), s.submitterName(), null))),
                other("motion", "motion-tasks", pages, user, RecordType.MOTION, "/motions/"),
                other("vote", "vote-tasks", pages, user, RecordType.VOTE, "/votes/"),
                other("disclosure", "disclosure-tasks", pages, user, RecordType.DISCLOSURE, "/disclosures/"),
                other("reply", "reply-review-tasks", pages, user, RecordType.REPLY, "/disclosures/replies/"));
        model.addAttribute("sections", sections);
        model.addAttribute("today", calendar.today());
        model.addAttribute("dueSoonDays", clocks.dueSoonDays());
        return "staff/home";
    }

    private Page<Row> taskRows(CurrentUser user, String kind, int page) {
        return tasks.tasksAt(user, RecordType.SUGGESTION, kind, new PageRequest(page, SECTION_SIZE))
                .map(t -> new Row(t.recordId(), t.number(), t.title(), t.claimedBy(), t.due()));
    }

    /** The staff's tasks on other records, each line named by its step. */
    private Section other(
            String key, String testId, Map<String, Integer> pages, CurrentUser user, RecordType type, String path) {
        Page<Row> rows = tasks.tasksOf(user, type, new PageRequest(pages.get(key), SECTION_SIZE))
                .map(t -> new Row(t.recordId(), t.number(), t.title(), t.name(), t.due(), path + t.recordId()));
        return section(key, testId, pages, rows, false);
    }

    private static Section section(String key, String testId, Map<String, Integer> pages, Page<Row> rows) {
        return section(key, testId, pages, rows, true);
    }

    private static Section section(
            String key, String testId, Map<String, Integer> pages, Page<Row> rows, boolean always) {
        return new Section(
                key,
                testId,
                rows,
                page -> {
                    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/staff");
                    pages.forEach((other, current) -> {
                        int shown = other.equals(key) ? page : current;
                        if (shown > 0) {
                            link.queryParam(other, shown);
                        }
                    });
                    return link.build().toUriString();
                },
                always);
    }

    // a page number in the address that is not one shows the first page rather than an error
    private static int pageOf(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
