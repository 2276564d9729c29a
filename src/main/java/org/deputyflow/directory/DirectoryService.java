package org.deputyflow.directory;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.Deputy;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.domain.User;
import org.deputyflow.directory.persistence.DepartmentMapper;
import org.deputyflow.directory.domain.DeputyEntry;
import org.deputyflow.directory.persistence.DeputyMapper;
import org.deputyflow.directory.persistence.IdentityFilter;
import org.deputyflow.directory.persistence.UserEmail;
import org.deputyflow.directory.persistence.UserMapper;
import org.deputyflow.directory.persistence.UserRow;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory module's API: departments, deputies and users. */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    private final DepartmentMapper departments;
    private final DeputyMapper deputies;
    private final UserMapper users;

    DirectoryService(DepartmentMapper departments, DeputyMapper deputies, UserMapper users) {
        this.departments = departments;
        this.deputies = deputies;
        this.users = users;
    }

    public Page<Department> departments(boolean activeOnly, PageRequest request) {
        long total = departments.count(activeOnly);
        List<Department> items = total == 0 ? List.of()
                : departments.search(activeOnly, request.offset(), request.size());
        return Page.of(items, request, total);
    }

    public Department department(long id) {
        return departments.findById(id).orElseThrow(() -> NotFoundException.of("承办单位", id));
    }

    public List<Department> departmentsByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : departments.findByIds(ids);
    }

    public Page<DeputyEntry> deputies(String query, PageRequest request) {
        String q = query == null ? null : query.strip();
        long total = deputies.count(q);
        List<DeputyEntry> items = total == 0 ? List.of() : deputies.search(q, request.offset(), request.size());
        return Page.of(items, request, total);
    }

    public DeputyEntry deputy(long id) {
        return deputies.findById(id).orElseThrow(() -> NotFoundException.of("代表", id));
    }

    /** Which of these ids name an active deputy. */
    public Set<Long> existingDeputyIds(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(deputies.findExistingIds(ids));
    }

    public Optional<CurrentUser> account(String login) {
        return users.findByLogin(login).map(this::toCurrentUser);
    }

    private CurrentUser toCurrentUser(UserRow row) {
        return new CurrentUser(row.id(), row.login(), row.displayName(), row.passwordHash(),
                toSet(users.rolesOf(row.id())), row.departmentId(), row.departmentCode(), row.deputyId(), row.active());
    }

    /** Active users for the engine's identity queries, in login order. */
    public List<CurrentUser> identities(IdentityFilter filter, long offset, int limit) {
        return users.searchIdentities(filter, offset, limit).stream().map(this::toCurrentUser).toList();
    }

    public long countIdentities(IdentityFilter filter) {
        return users.countIdentities(filter);
    }

    /**
     * Every department, for the engine's group queries. Departments are a short, bounded list
     * (an NPC has about 210 units), unlike deputies or suggestions.
     */
    public List<Department> allDepartments() {
        return departments.search(false, 0, Integer.MAX_VALUE);
    }

    public Optional<Department> departmentByCode(String code) {
        return departments.findByCode(code);
    }

    /** Logins of the department's active users that hold any of {@code roles}, in login order. */
    public List<String> loginsInDepartment(long departmentId, Set<Role> roles) {
        return roles.isEmpty() ? List.of() : users.findActiveLogins(departmentId, roles, null);
    }

    /** Logins of the active users that hold {@code role}, in login order. */
    public List<String> loginsWithRole(Role role) {
        return users.findActiveLogins(null, Set.of(role), null);
    }

    /** Logins of the active users linked to these deputies; a deputy without a login has none. */
    public List<String> loginsOfDeputies(Collection<Long> deputyIds) {
        return deputyIds.isEmpty() ? List.of() : users.findActiveLogins(null, null, deputyIds);
    }

    /** The e-mail address of each of these logins whose user is active and has one. */
    public Map<String, String> emailAddresses(Collection<String> logins) {
        Map<String, String> addresses = new LinkedHashMap<>();
        if (!logins.isEmpty()) {
            for (UserEmail row : users.findEmails(logins)) {
                addresses.put(row.login(), row.email());
            }
        }
        return addresses;
    }

    public boolean hasActiveUserWithRole(Role role) {
        return users.countActiveWithRole(role) > 0;
    }

    public boolean isEmpty() {
        return users.countAll() == 0;
    }

    @Transactional
    public long addDepartment(Department department) {
        GeneratedKey key = new GeneratedKey();
        departments.insert(department, key);
        return key.value();
    }

    @Transactional
    public long addDeputy(Deputy deputy) {
        GeneratedKey key = new GeneratedKey();
        deputies.insert(deputy, key);
        return key.value();
    }

    /** Adds a user whose password is already hashed; the {@link User} record checks its links. */
    @Transactional
    public long addUser(User user, String passwordHash) {
        GeneratedKey key = new GeneratedKey();
        users.insert(user.login(), user.displayName(), passwordHash, user.departmentId(), user.deputyId(), key);
        for (Role role : user.roles()) {
            users.insertRole(key.value(), role);
        }
        return key.value();
    }

    private static Set<Role> toSet(List<Role> roles) {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
