package org.deputyflow.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.deputyflow.directory.ChangingPasswords;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.DepartmentKind;
import org.deputyflow.directory.domain.DeputyEntry;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "directory", description = "api.tag.directory")
class DirectoryController {

    private final DirectoryService directory;
    private final ChangingPasswords passwords;

    DirectoryController(DirectoryService directory, ChangingPasswords passwords) {
        this.directory = directory;
        this.passwords = passwords;
    }

    @GetMapping("/me")
    @Operation(summary = "api.directory.me")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(
                user.id(),
                user.login(),
                user.displayName(),
                user.roles(),
                user.departmentId(),
                user.departmentCode(),
                user.deputyId(),
                user.passwordMustChange());
    }

    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "api.directory.changePassword")
    void changePassword(
            @RequestBody PasswordChange change,
            @AuthenticationPrincipal CurrentUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        CurrentUser account = passwords.changeOwnPassword(user, change.currentPassword(), change.newPassword());
        SignedInSession.carryOn(account, request, response);
    }

    @GetMapping("/departments")
    @Operation(summary = "api.directory.departments")
    Page<DepartmentView> departments(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(defaultValue = "false") boolean includeInactive,
            @AuthenticationPrincipal CurrentUser user) {
        boolean activeOnly = !(includeInactive && user.hasAnyRole(Role.ADMIN, Role.STAFF));
        return directory.departments(activeOnly, PageRequest.of(page, size)).map(DepartmentView::of);
    }

    @GetMapping("/deputies")
    @Operation(summary = "api.directory.deputies")
    Page<DeputyView> deputies(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal CurrentUser user) {
        // a deputy's phone number is personal data: only staff and admins see it in the directory
        boolean showPhone = user.hasAnyRole(Role.STAFF, Role.ADMIN);
        return directory.deputies(q, PageRequest.of(page, size)).map(entry -> DeputyView.of(entry, showPhone));
    }

    record Me(
            long id,
            String login,
            String displayName,
            Set<Role> roles,
            Long departmentId,
            String departmentCode,
            Long deputyId,
            boolean passwordMustChange) {}

    record PasswordChange(String currentPassword, String newPassword) {}

    record DepartmentView(long id, String code, String name, DepartmentKind kind, boolean active) {
        static DepartmentView of(Department d) {
            return new DepartmentView(d.id(), d.code(), d.name(), d.kind(), d.active());
        }
    }

    record DeputyView(long id, String name, String delegation, String term, String login, String phone) {
        static DeputyView of(DeputyEntry e, boolean showPhone) {
            return new DeputyView(e.id(), e.name(), e.delegation(), e.term(), e.login(), showPhone ? e.phone() : null);
        }
    }
}
