package org.deputyflow.suggestion;

import java.time.LocalDate;
import java.util.List;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.suggestion.domain.DepartmentWorkItem;
import org.deputyflow.suggestion.domain.DepartmentWorkView;
import org.deputyflow.suggestion.persistence.DepartmentWorkMapper;
import org.deputyflow.suggestion.persistence.DepartmentWorkSearch;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work lists of a department's handlers and leaders, always of the caller's own department:
 * its queue, what the caller claimed, replies to sign off, open extension requests, what falls due
 * within the reminder window and what is overdue. The database selects, sorts by due date and pages.
 */
@Service
@Transactional(readOnly = true)
public class DepartmentWork {

    private final DepartmentWorkMapper work;
    private final Deadlines deadlines;
    private final HandlingClocks clocks;

    DepartmentWork(DepartmentWorkMapper work, Deadlines deadlines, HandlingClocks clocks) {
        this.work = work;
        this.deadlines = deadlines;
        this.clocks = clocks;
    }

    public Page<DepartmentWorkItem> list(
            CurrentUser user, DepartmentWorkView view, boolean descending, PageRequest page) {
        if (!user.hasAnyRole(Role.DEPT_HANDLER, Role.DEPT_LEADER) || user.departmentId() == null) {
            throw new AccessDeniedException("only a department's handlers and leaders have its work lists");
        }
        DepartmentWorkSearch search = DepartmentWorkSearch.of(
                user.departmentId(), view, user.login(), deadlines.today(), dueSoonDays(), descending);
        long total = work.count(search);
        List<DepartmentWorkItem> items = total == 0 ? List.of() : work.search(search, page.offset(), page.size());
        return Page.of(items, page, total);
    }

    /** "Due soon" is the first reminder's window: the reminder has gone out, the due date has not passed. */
    public int dueSoonDays() {
        return clocks.dueSoonDays();
    }

    public LocalDate today() {
        return deadlines.today();
    }
}
