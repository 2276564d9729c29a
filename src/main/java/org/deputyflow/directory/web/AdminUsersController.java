package org.deputyflow.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.function.Supplier;
import org.deputyflow.directory.ChangingPasswords;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.ManagingUsers;
import org.deputyflow.directory.domain.DeputyEntry;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.domain.UserEntry;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.FormPosts;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Users for admins: a list paged in the database, and one form to create or change a user. The
 * directory service enforces the links a role needs; its complaint shows next to the field it names.
 * A user is deactivated, never deleted.
 */
@PageController
@PreAuthorize("hasRole('ADMIN')")
class AdminUsersController {

    private static final Set<String> FORM_FIELDS =
            Set.of("login", "displayName", "roles", "departmentId", "deputyId", "active", "password");

    private final DirectoryService directory;
    private final ManagingUsers managingUsers;
    private final ChangingPasswords passwords;
    private final PageMessages messages;

    AdminUsersController(
            DirectoryService directory,
            ManagingUsers managingUsers,
            ChangingPasswords passwords,
            PageMessages messages) {
        this.directory = directory;
        this.managingUsers = managingUsers;
        this.passwords = passwords;
        this.messages = messages;
    }

    @InitBinder("userForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/admin/users")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) Integer page,
            Model model) {
        Role roleFilter = UserForm.role(role);
        model.addAttribute("users", managingUsers.users(q, roleFilter, PageRequest.of(page, null)));
        model.addAttribute("q", q);
        model.addAttribute("role", roleFilter);
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String initCreate(Model model) {
        return form(model, UserForm.empty(), null);
    }

    @PostMapping("/admin/users/new")
    String processCreate(
            @ModelAttribute("userForm") UserForm form,
            BindingResult result,
            @RequestParam(required = false) String findDeputy,
            @RequestParam(required = false) Long pickDeputy,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (findDeputy != null || pickDeputy != null) {
            return pick(form, pickDeputy, model, null);
        }
        Long deputyId = form.check(result);
        Supplier<String> create = () -> {
            long id = managingUsers.createUser(form.change(deputyId));
            redirect.addFlashAttribute("flash", messages.get("admin.user.created", form.login()));
            return "redirect:/admin/users/" + id;
        };
        return FormPosts.save(result, FORM_FIELDS, null, response, create, () -> form(model, form, null));
    }

    @GetMapping("/admin/users/{id}")
    String initUpdate(@PathVariable long id, Model model) {
        UserEntry user = managingUsers.user(id);
        return form(model, UserForm.of(user), user);
    }

    @PostMapping("/admin/users/{id}")
    String processUpdate(
            @PathVariable long id,
            @ModelAttribute("userForm") UserForm form,
            BindingResult result,
            @RequestParam(required = false) String findDeputy,
            @RequestParam(required = false) Long pickDeputy,
            @AuthenticationPrincipal CurrentUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UserEntry user = managingUsers.user(id);
        if (findDeputy != null || pickDeputy != null) {
            return pick(form, pickDeputy, model, user);
        }
        Long deputyId = form.check(result);
        Supplier<String> update = () -> {
            managingUsers.updateUser(id, form.change(deputyId), admin);
            redirect.addFlashAttribute("flash", messages.get("admin.user.saved", form.login()));
            return "redirect:/admin/users/" + id;
        };
        return FormPosts.save(result, FORM_FIELDS, null, response, update, () -> form(model, form, user));
    }

    @PostMapping("/admin/users/{id}/deactivation")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        return setActive(id, false, admin, redirect);
    }

    @PostMapping("/admin/users/{id}/activation")
    String activate(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        return setActive(id, true, admin, redirect);
    }

    private String setActive(long id, boolean active, CurrentUser admin, RedirectAttributes redirect) {
        UserEntry user = managingUsers.user(id);
        managingUsers.setUserActive(id, active, admin);
        redirect.addFlashAttribute(
                "flash", messages.get(active ? "admin.user.activated" : "admin.user.deactivated", user.login()));
        return "redirect:/admin/users/" + id;
    }

    /** The deputy picker: a search by name or delegation prefix, or the choice of one result. */
    private String pick(UserForm form, Long pickDeputy, Model model, UserEntry user) {
        if (pickDeputy != null) {
            return form(model, form.withDeputyId(String.valueOf(pickDeputy)), user);
        }
        if (form.deputyQuery() != null && !form.deputyQuery().isBlank()) {
            model.addAttribute(
                    "deputyMatches",
                    directory
                            .deputies(form.deputyQuery(), PageRequest.of(0, 10))
                            .items());
        }
        return form(model, form, user);
    }

    private String form(Model model, UserForm form, UserEntry user) {
        model.addAttribute("userForm", form);
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("passwordPolicy", passwords.passwordPolicy());
        model.addAttribute(
                "departments",
                directory.allDepartments().stream()
                        .filter(d -> d.active() || d.id().equals(form.department()))
                        .toList());
        Long deputyId = form.deputy();
        DeputyEntry deputy = null;
        if (deputyId != null) {
            try {
                deputy = directory.deputy(deputyId);
            } catch (RuntimeException e) {
                deputy = null;
            }
        }
        model.addAttribute("deputy", deputy);
        return "admin/user-form";
    }
}
