package org.deputyflow.directory.web;

import org.deputyflow.directory.AccountProperties;
import org.deputyflow.shared.web.PageController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@PageController
class SignInController {

    private final boolean demo;
    private final long lockMinutes;

    SignInController(@Value("${deputyflow.demo.enabled:false}") boolean demo, AccountProperties accounts) {
        this.demo = demo;
        this.lockMinutes = Math.max(1, accounts.lockout().duration().toMinutes());
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
        model.addAttribute("lockMinutes", lockMinutes);
        return "login";
    }
}
