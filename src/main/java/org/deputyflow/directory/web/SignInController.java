package org.deputyflow.directory.web;

import org.deputyflow.shared.web.PageController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@PageController
class SignInController {

    private final boolean demo;

    SignInController(@Value("${deputyflow.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
        return "login";
    }
}
