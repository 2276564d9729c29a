package org.deputyflow.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.function.Supplier;
import org.deputyflow.directory.ChangingPasswords;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.shared.web.FormPosts;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's own account: who they are and a form to change their password. A user whose password an
 * admin set is sent here after signing in and may do nothing else until they changed it.
 */
@PageController
class AccountController {

    private static final Set<String> FORM_FIELDS = Set.of("currentPassword", "newPassword", "confirmPassword");

    private final DirectoryService directory;
    private final ChangingPasswords passwords;
    private final PageMessages messages;

    AccountController(DirectoryService directory, ChangingPasswords passwords, PageMessages messages) {
        this.directory = directory;
        this.passwords = passwords;
        this.messages = messages;
    }

    @GetMapping("/account")
    String initChange(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(model, user, PasswordForm.empty());
    }

    @PostMapping("/account/password")
    String processChange(
            @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (form.newPassword() != null && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "account.password.mismatch");
        }
        Supplier<String> change = () -> {
            CurrentUser account = passwords.changeOwnPassword(user, form.currentPassword(), form.newPassword());
            SignedInSession.carryOn(account, request, response);
            redirect.addFlashAttribute("flash", messages.get("account.password.changed"));
            return "redirect:/";
        };
        return FormPosts.save(result, FORM_FIELDS, null, response, change, () -> page(model, user, form));
    }

    private String page(Model model, CurrentUser user, PasswordForm form) {
        model.addAttribute("passwordForm", form);
        model.addAttribute("account", user);
        model.addAttribute(
                "mustChange",
                directory
                        .accountState(user.id())
                        .map(state -> state.passwordMustChange())
                        .orElse(false));
        model.addAttribute("passwordPolicy", passwords.passwordPolicy());
        return "account";
    }

    /** What the form posts; the page's password inputs are not bound, so the passwords never go back to it. */
    public record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {

        static PasswordForm empty() {
            return new PasswordForm(null, null, null);
        }
    }
}
