package org.deputyflow.directory.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.persistence.IdentityFilter;
import org.deputyflow.shared.OfficeWords;
import org.springframework.context.MessageSource;

/**
 * How the directory appears as engine groups: one group per role (type {@code ROLE}), one per
 * department named by its code and one for its leaders ({@code code-leaders}, type
 * {@code DEPARTMENT}), and {@code camunda-admin} for admins. Names are engine data, in the office's
 * language like the directory's own names.
 */
final class DirectoryGroups {

    static final String ROLE_TYPE = "ROLE";
    static final String DEPARTMENT_TYPE = "DEPARTMENT";

    private DirectoryGroups() {}

    static List<String> groupIdsOf(CurrentUser user) {
        List<String> groups = new ArrayList<>();
        user.roles().forEach(role -> groups.add(role.name()));
        if (user.departmentCode() != null) {
            groups.add(user.departmentCode());
            if (user.hasRole(Role.DEPT_LEADER)) {
                groups.add(Department.leadersGroupOf(user.departmentCode()));
            }
        }
        if (user.hasRole(Role.ADMIN)) {
            groups.add(Groups.CAMUNDA_ADMIN);
        }
        return groups;
    }

    static Optional<Role> roleOf(String groupId) {
        if (Groups.CAMUNDA_ADMIN.equals(groupId)) {
            return Optional.of(Role.ADMIN);
        }
        for (Role role : Role.values()) {
            if (role.name().equals(groupId)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The members of a group as a user filter; a department group filters by its code. */
    static IdentityFilter membersOf(String groupId) {
        if (groupId.endsWith(Department.LEADERS_SUFFIX)) {
            String code = groupId.substring(0, groupId.length() - Department.LEADERS_SUFFIX.length());
            return new IdentityFilter(null, null, null, Role.DEPT_LEADER, code);
        }
        return roleOf(groupId)
                .map(role -> new IdentityFilter(null, null, null, role, null))
                .orElseGet(() -> new IdentityFilter(null, null, null, null, groupId));
    }

    static GroupEntity roleGroup(String id, MessageSource names) {
        return group(
                id,
                Groups.CAMUNDA_ADMIN.equals(id)
                        ? names.getMessage("label.directory.group.camundaAdmin", null, OfficeWords.OFFICE_LANGUAGE)
                        : id,
                ROLE_TYPE);
    }

    static GroupEntity departmentGroup(Department department) {
        return group(department.code(), department.name(), DEPARTMENT_TYPE);
    }

    static GroupEntity leadersGroup(Department department, MessageSource names) {
        return group(
                department.leadersGroup(),
                names.getMessage(
                        "label.directory.group.leaders", new Object[] {department.name()}, OfficeWords.OFFICE_LANGUAGE),
                DEPARTMENT_TYPE);
    }

    static List<String> roleGroupIds() {
        List<String> ids = new ArrayList<>();
        for (Role role : Role.values()) {
            ids.add(role.name());
        }
        ids.add(Groups.CAMUNDA_ADMIN);
        return ids;
    }

    private static GroupEntity group(String id, String name, String type) {
        GroupEntity group = new GroupEntity(id);
        group.setName(name);
        group.setType(type);
        return group;
    }
}
