package org.deputyflow.directory.web;

import java.util.List;
import java.util.Map;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.web.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;

/** Everyone lands on the home of their role, where their task list comes first. */
@PageController
class HomeController {

    /** The order decides where a user with several roles lands. */
    private static final List<Map.Entry<Role, String>> HOMES = List.of(
            Map.entry(Role.DEPUTY, "/deputy"),
            Map.entry(Role.DEPT_LEADER, "/leader"),
            Map.entry(Role.DEPT_HANDLER, "/department"),
            Map.entry(Role.STAFF, "/staff"),
            Map.entry(Role.COUNCIL, "/council"),
            Map.entry(Role.MEMBER, "/member"),
            Map.entry(Role.ADMIN, "/admin"),
            Map.entry(Role.AUDITOR, "/audit"));

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        return HOMES.stream()
                .filter(home -> user.hasRole(home.getKey()))
                .findFirst()
                .map(home -> "redirect:" + home.getValue())
                .orElse("redirect:/public");
    }
}
