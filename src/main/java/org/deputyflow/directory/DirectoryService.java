package org.deputyflow.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.DeputyEntry;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.persistence.AccountRow;
import org.deputyflow.directory.persistence.DepartmentLoginRow;
import org.deputyflow.directory.persistence.DepartmentMapper;
import org.deputyflow.directory.persistence.DeputyMapper;
import org.deputyflow.directory.persistence.IdentityFilter;
import org.deputyflow.directory.persistence.UserEmail;
import org.deputyflow.directory.persistence.UserMapper;
import org.deputyflow.directory.persistence.UserRow;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as every module reads it: departments, deputies, accounts and the logins that
 * notices go to. Changes are use cases of their own: {@link ManagingUsers}, {@link ManagingDepartments},
 * {@link ChangingPasswords} and, for demo data and tests, {@link LoadingDirectory}.
 */
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
        List<Department> items =
                total == 0 ? List.of() : departments.search(activeOnly, request.offset(), request.size());
        return Page.of(items, request, total);
    }

    public Department department(long id) {
        return departments.findById(id).orElseThrow(() -> NotFoundException.of("department", id));
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
        return deputies.findById(id).orElseThrow(() -> NotFoundException.of("deputy", id));
    }

    /** Which of these ids name an active deputy. */
    public Set<Long> existingDeputyIds(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(deputies.findExistingIds(ids));
    }

    /**
     * @throws BadRequestException (on {@code field}, coded {@code unknownCode} with the id) for the first id that
     *         names no active deputy
     */
    public void requireDeputies(Collection<Long> ids, String field, String unknownCode) {
        Set<Long> existing = existingDeputyIds(ids);
        for (Long id : ids) {
            if (!existing.contains(id)) {
                throw new BadRequestException(field, unknownCode, String.valueOf(id));
            }
        }
    }

    /**
     * The account as it is now; every API call reads one, so the user and its roles come in one query,
     * which needs no transaction of its own.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<CurrentUser> account(String login) {
        List<AccountRow> rows = users.findAccountRows(login);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Role> roles =
                rows.stream().map(AccountRow::role).filter(Objects::nonNull).toList();
        return Optional.of(toCurrentUser(rows.get(0).user(), roles));
    }

    private CurrentUser toCurrentUser(UserRow row) {
        return toCurrentUser(row, users.rolesOf(row.id()));
    }

    private CurrentUser toCurrentUser(UserRow row, List<Role> roles) {
        return new CurrentUser(
                row.id(),
                row.login(),
                row.displayName(),
                row.passwordHash(),
                toSet(roles),
                row.departmentId(),
                row.departmentCode(),
                row.deputyId(),
                row.active(),
                row.securityStamp(),
                row.passwordMustChange());
    }

    /** What a signed-in session is checked against on every request; empty for a user that does not exist. */
    public Optional<AccountState> accountState(long userId) {
        return users.findState(userId)
                .map(row -> new AccountState(row.active(), row.securityStamp(), row.passwordMustChange()));
    }

    /** Active users for the engine's identity queries, in login order. */
    public List<CurrentUser> identities(IdentityFilter filter, long offset, int limit) {
        return users.searchIdentities(filter, offset, limit).stream()
                .map(this::toCurrentUser)
                .toList();
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

    /**
     * Logins of the active users of each of these departments that hold one of the roles, in login
     * order; a department without such users has an empty list. One query for all departments.
     */
    public Map<Long, List<String>> loginsInDepartments(Collection<Long> departmentIds, Set<Role> roles) {
        Map<Long, List<String>> logins = new LinkedHashMap<>();
        departmentIds.forEach(id -> logins.put(id, new ArrayList<>()));
        if (!departmentIds.isEmpty() && !roles.isEmpty()) {
            for (DepartmentLoginRow row : users.findActiveDepartmentLogins(departmentIds, roles)) {
                logins.get(row.departmentId()).add(row.login());
            }
        }
        return logins;
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

    private static Set<Role> toSet(List<Role> roles) {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
