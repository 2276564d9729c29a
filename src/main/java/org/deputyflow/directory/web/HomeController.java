package org.deputyflow.directory.web;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final DirectoryService directory;

    HomeController(DirectoryService directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("department", user.departmentId() == null ? null : directory.department(user.departmentId()));
        return "home";
    }
}
