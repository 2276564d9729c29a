package org.deputyflow.directory.web;

import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.ManagingUsers;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin's home: users, departments, the working-day calendar and the engine's Cockpit. */
@PageController
@PreAuthorize("hasRole('ADMIN')")
class AdminHomeController {

    private final DirectoryService directory;
    private final ManagingUsers managingUsers;
    private final CalendarService calendar;

    AdminHomeController(DirectoryService directory, ManagingUsers managingUsers, CalendarService calendar) {
        this.directory = directory;
        this.managingUsers = managingUsers;
        this.calendar = calendar;
    }

    @GetMapping("/admin")
    String home(Model model) {
        PageRequest one = PageRequest.of(0, 1);
        model.addAttribute("userCount", managingUsers.users(null, null, one).total());
        model.addAttribute("departmentCount", directory.departments(false, one).total());
        model.addAttribute("year", calendar.today().getYear());
        return "admin/home";
    }
}
