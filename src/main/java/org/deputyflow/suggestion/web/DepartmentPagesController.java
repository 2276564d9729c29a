package org.deputyflow.suggestion.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.suggestion.DepartmentWork;
import org.deputyflow.suggestion.domain.DepartmentWorkView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The homes of a department's handlers (/department) and leaders (/leader): their work lists
 * first, each of the caller's own department only, sorted by due date and paged in the database.
 */
@PageController
class DepartmentPagesController {

    static final String ASCENDING = "asc";
    static final String DESCENDING = "desc";

    private final DepartmentWork work;

    DepartmentPagesController(DepartmentWork work) {
        this.work = work;
    }

    @GetMapping("/department")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String department(
            @AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params, Model model) {
        Lists lists = new Lists(user, params, "/department");
        lists.describe(
                model,
                lists.section("queue", DepartmentWorkView.QUEUE, "department.queue", "department.queue.empty", true),
                lists.section("mine", DepartmentWorkView.MINE, "department.mine", "department.mine.empty", false));
        return "department/home";
    }

    @GetMapping("/leader")
    @PreAuthorize("hasRole('DEPT_LEADER')")
    String leader(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params, Model model) {
        Lists lists = new Lists(user, params, "/leader");
        lists.describe(
                model,
                lists.section("sign-off", DepartmentWorkView.SIGN_OFF, "leader.signOff", "leader.signOff.empty", false),
                lists.section(
                        "extensions",
                        DepartmentWorkView.EXTENSION_PENDING,
                        "leader.extensions",
                        "leader.extensions.empty",
                        false));
        return "department/leader";
    }

    /** The request's sort order, page numbers and size, shared by every list of one home. */
    private final class Lists {

        private final CurrentUser user;
        private final Map<String, String> params;
        private final boolean descending;
        private final Integer size;
        private final UriComponentsBuilder here;
        private final String path;

        Lists(CurrentUser user, Map<String, String> params, String path) {
            this.user = user;
            this.params = params;
            this.path = path;
            this.descending = DESCENDING.equalsIgnoreCase(params.get("due"));
            this.size = number("size");
            this.here = UriComponentsBuilder.fromPath(path).queryParam("due", descending ? DESCENDING : ASCENDING);
            if (size != null) {
                here.queryParam("size", size);
            }
            params.keySet().stream()
                    .filter(name -> name.endsWith("Page") && number(name) != null)
                    .sorted()
                    .forEach(name -> here.queryParam(name, number(name)));
        }

        DepartmentSection section(
                String id, DepartmentWorkView view, String titleKey, String emptyKey, boolean claimable) {
            String pageParam = camel(id) + "Page";
            return DepartmentSection.of(
                    id,
                    titleKey,
                    emptyKey,
                    work.list(user, view, descending, PageRequest.of(number(pageParam), size)),
                    claimable,
                    pageParam,
                    here);
        }

        /** The home's own lists first, then what is due soon and what is overdue, as on every home. */
        void describe(Model model, DepartmentSection... own) {
            List<DepartmentSection> sections = new ArrayList<>(List.of(own));
            sections.add(section(
                    "due-soon", DepartmentWorkView.DUE_SOON, "department.dueSoon", "department.dueSoon.empty", false));
            sections.add(section(
                    "overdue", DepartmentWorkView.OVERDUE, "department.overdue", "department.overdue.empty", false));
            model.addAttribute("sections", List.copyOf(sections));
            model.addAttribute("today", work.today());
            model.addAttribute("dueSoonDays", work.dueSoonDays());
            model.addAttribute("descending", descending);
            model.addAttribute(
                    "toggleSortUrl",
                    UriComponentsBuilder.fromPath(path)
                            .queryParam("due", descending ? ASCENDING : DESCENDING)
                            .build()
                            .toUriString());
        }

        // a page number that is not a number is the first page, as a missing one is
        private Integer number(String name) {
            String value = params.get(name);
            if (value == null || !value.matches("\\d{1,6}")) {
                return null;
            }
            return Integer.valueOf(value);
        }

        private static String camel(String id) {
            int dash = id.indexOf('-');
            return dash < 0
                    ? id
                    : id.substring(0, dash) + Character.toUpperCase(id.charAt(dash + 1)) + id.substring(dash + 2);
        }
    }
}
