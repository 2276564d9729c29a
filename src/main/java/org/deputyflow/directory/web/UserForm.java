package org.deputyflow.directory.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.deputyflow.directory.UserChange;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.domain.UserEntry;
import org.deputyflow.shared.web.FormText;
import org.springframework.validation.Errors;

/**
 * What the user form posts, bound by its constructor. Every field is text (a ticked box posts "true"), so that a
 * typo in the deputy id, the department or a role is an error next to it, not a 500.
 */
public record UserForm(
        String login,
        String displayName,
        List<String> roles,
        String departmentId,
        String deputyId,
        String deputyQuery,
        String active,
        String password) {

    public UserForm {
        roles = roles == null ? List.of() : roles;
    }

    /** A new user is active and has no role yet. */
    static UserForm empty() {
        return new UserForm(null, null, null, null, null, null, "true", null);
    }

    static UserForm of(UserEntry user) {
        return new UserForm(
                user.login(),
                user.displayName(),
                user.roles().stream().map(Role::name).toList(),
                user.departmentId() == null ? null : String.valueOf(user.departmentId()),
                user.deputyId() == null ? null : String.valueOf(user.deputyId()),
                null,
                String.valueOf(user.active()),
                null);
    }

    /** The same form with the deputy the picker chose. */
    UserForm withDeputyId(String chosen) {
        return new UserForm(login, displayName, roles, departmentId, chosen, deputyQuery, active, password);
    }

    /** Reports what is not a role, a department id or a deputy id; returns the deputy's id, if any. */
    Long check(Errors errors) {
        if (roles.stream().anyMatch(r -> role(r) == null)) {
            errors.rejectValue("roles", "typeMismatch");
        }
        if (FormText.unreadable(departmentId, department())) {
            errors.rejectValue("departmentId", "typeMismatch");
        }
        Long deputy = deputy();
        if (FormText.unreadable(deputyId, deputy)) {
            errors.rejectValue("deputyId", "admin.user.deputyId.invalid");
        }
        return deputy;
    }

    UserChange change(Long deputy) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.stream().map(UserForm::role).filter(Objects::nonNull).forEach(chosen::add);
        return new UserChange(login, displayName, chosen, department(), deputy, "true".equals(active), password);
    }

    Long department() {
        return FormText.id(departmentId);
    }

    Long deputy() {
        return FormText.id(deputyId);
    }

    public List<Role> roleList() {
        return roles.stream().map(UserForm::role).filter(Objects::nonNull).toList();
    }

    static Role role(String name) {
        return FormText.enumOf(Role.class, name);
    }
}
