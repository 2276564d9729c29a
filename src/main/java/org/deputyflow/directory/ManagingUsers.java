package org.deputyflow.directory;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.domain.User;
import org.deputyflow.directory.domain.UserEntry;
import org.deputyflow.directory.persistence.DepartmentMapper;
import org.deputyflow.directory.persistence.DeputyMapper;
import org.deputyflow.directory.persistence.UserEntryRow;
import org.deputyflow.directory.persistence.UserMapper;
import org.deputyflow.directory.persistence.UserRoleRow;
import org.deputyflow.directory.persistence.UserRow;
import org.deputyflow.directory.persistence.UserSearch;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins list, create and change users, reset their passwords and deactivate them. Users are never
 * deleted and their login never changes: suggestions, timelines, inboxes and the engine's history name
 * them by it. Every change is an audit line without a password or its hash.
 */
@Service
@Transactional(readOnly = true)
public class ManagingUsers {

    /** Logins are what people type to sign in and what the engine names assignees by. */
    static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

    static final int MAX_DISPLAY_NAME = 50;

    private final UserMapper users;
    private final DepartmentMapper departments;
    private final DeputyMapper deputies;
    private final PasswordEncoder passwordEncoder;
    private final ChangingPasswords passwords;
    private final SignInAttempts signInAttempts;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    ManagingUsers(
            UserMapper users,
            DepartmentMapper departments,
            DeputyMapper deputies,
            PasswordEncoder passwordEncoder,
            ChangingPasswords passwords,
            SignInAttempts signInAttempts,
            ApplicationEventPublisher events,
            AuditTrail audit) {
        this.users = users;
        this.departments = departments;
        this.deputies = deputies;
        this.passwordEncoder = passwordEncoder;
        this.passwords = passwords;
        this.signInAttempts = signInAttempts;
        this.events = events;
        this.audit = audit;
    }

    /** Users whose login or display name starts with {@code q}, optionally holding {@code role}, in login order. */
    public Page<UserEntry> users(String q, Role role, PageRequest request) {
        UserSearch search = new UserSearch(q == null || q.isBlank() ? null : q.strip(), role);
        long total = users.countUsers(search);
        List<UserEntryRow> rows = total == 0 ? List.of() : users.searchUsers(search, request.offset(), request.size());
        return Page.of(withRoles(rows), request, total);
    }

    public UserEntry user(long id) {
        UserEntryRow row = users.findEntryById(id).orElseThrow(() -> NotFoundException.of("user", id));
        return withRoles(List.of(row)).get(0);
    }

    private List<UserEntry> withRoles(List<UserEntryRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        for (UserRoleRow row :
                users.rolesOfUsers(rows.stream().map(UserEntryRow::id).toList())) {
            roles.computeIfAbsent(row.userId(), id -> EnumSet.noneOf(Role.class))
                    .add(row.role());
        }
        return rows.stream()
                .map(r -> new UserEntry(
                        r.id(),
                        r.login(),
                        r.displayName(),
                        r.departmentId(),
                        r.departmentName(),
                        r.deputyId(),
                        r.deputyName(),
                        r.active(),
                        roles.getOrDefault(r.id(), Set.of())))
                .toList();
    }

    /**
     * Creates a user with a BCrypt-hashed password after checking what {@link User} demands (a
     * handler or leader in one department, a deputy user linked to one deputy record).
     *
     * @throws BadRequestException naming the field at fault
     */
    @Transactional
    public long createUser(UserChange change) {
        User user = checkedUser(null, change);
        String password = passwords.checkedPassword("password", change.password(), user.login(), true);
        GeneratedKey key = new GeneratedKey();
        users.insert(
                user.login(),
                user.displayName(),
                passwordEncoder.encode(password),
                user.departmentId(),
                user.deputyId(),
                key);
        // the admin knows it: the user makes it their own at the first sign-in
        users.requirePasswordChange(key.value());
        if (!user.active()) {
            users.updateActive(key.value(), false);
        }
        for (Role role : user.roles()) {
            users.insertRole(key.value(), role);
        }
        audit.record("user.create", "user", user.login(), AuditTrail.SUCCESS, Map.of("after", audited(user)));
        return key.value();
    }

    /**
     * Changes a user; a non-blank {@code password} resets the password, which the user must change at
     * the next sign-in, and lifts a lock on the login. The login itself never changes: tasks, claims,
     * timelines and inboxes are keyed by it. A change of what the user may do or see (active, roles,
     * department, deputy) or a reset ends the user's sessions at once.
     */
    @Transactional
    public void updateUser(long id, UserChange change, CurrentUser admin) {
        UserEntry before = user(id);
        if (change.login() != null && !change.login().strip().equals(before.login())) {
            throw new BadRequestException("login", "error.directory.user.login.fixed");
        }
        User user = checkedUser(
                id,
                new UserChange(
                        before.login(),
                        change.displayName(),
                        change.roles(),
                        change.departmentId(),
                        change.deputyId(),
                        change.active(),
                        change.password()));
        String password = passwords.checkedPassword("password", change.password(), before.login(), false);
        if (admin.id() == id && (!user.active() || !user.hasRole(Role.ADMIN))) {
            throw new BadRequestException(user.active() ? "roles" : "active", "error.directory.user.notOwnAdmin");
        }
        users.update(id, user.displayName(), user.departmentId(), user.deputyId(), user.active());
        users.deleteRoles(id);
        for (Role role : user.roles()) {
            users.insertRole(id, role);
        }
        if (password != null) {
            users.updatePassword(id, passwordEncoder.encode(password), true);
            signInAttempts.succeeded(before.login());
        } else if (before.active() != user.active()
                || !before.roles().equals(user.roles())
                || !Objects.equals(before.departmentId(), user.departmentId())
                || !Objects.equals(before.deputyId(), user.deputyId())) {
            users.bumpSecurityStamp(id);
        }
        audit.record(
                "user.update",
                "user",
                before.login(),
                AuditTrail.SUCCESS,
                Map.of(
                        "before",
                                audited(
                                        before.displayName(),
                                        before.roles(),
                                        before.departmentId(),
                                        before.deputyId(),
                                        before.active()),
                        "after", audited(user)));
        if (password != null) {
            audit.record("password.reset", "user", before.login(), AuditTrail.SUCCESS, null);
        }
        if (!user.active()) {
            events.publishEvent(new UserDeactivated(id, user.login()));
        }
    }

    /** Users are deactivated, never deleted: suggestions, timelines and the engine's history name them. */
    @Transactional
    public void setUserActive(long id, boolean active, CurrentUser admin) {
        UserEntry user = user(id);
        if (!active && admin.id() == id) {
            throw new ConflictException("error.directory.user.deactivateSelf");
        }
        users.updateActive(id, active);
        audit.record(active ? "user.activate" : "user.deactivate", "user", user.login(), AuditTrail.SUCCESS, null);
        if (!active) {
            events.publishEvent(new UserDeactivated(id, user.login()));
        }
    }

    /** What the trail keeps of a user after a change: never a password or its hash. */
    static Map<String, Object> audited(User user) {
        return audited(user.displayName(), user.roles(), user.departmentId(), user.deputyId(), user.active());
    }

    private static Map<String, Object> audited(
            String displayName, Set<Role> roles, Long departmentId, Long deputyId, boolean active) {
        Map<String, Object> values = new TreeMap<>();
        values.put("displayName", displayName);
        values.put("roles", roles.stream().map(Role::name).sorted().toList());
        values.put("departmentId", departmentId == null ? "" : departmentId);
        values.put("deputyId", deputyId == null ? "" : deputyId);
        values.put("active", active);
        return values;
    }

    private User checkedUser(Long id, UserChange change) {
        String login = change.login() == null ? "" : change.login().strip();
        if (!LOGIN.matcher(login).matches()) {
            throw new BadRequestException("login", "error.directory.user.login.invalid");
        }
        Optional<UserRow> sameLogin = users.findByLogin(login);
        if (sameLogin.isPresent() && !Long.valueOf(sameLogin.get().id()).equals(id)) {
            throw new BadRequestException("login", "error.directory.user.login.taken", login);
        }
        String displayName =
                change.displayName() == null ? "" : change.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > MAX_DISPLAY_NAME) {
            throw new BadRequestException(
                    "displayName", "error.directory.user.displayName.invalid", String.valueOf(MAX_DISPLAY_NAME));
        }
        Set<Role> roles = change.roles() == null ? Set.of() : change.roles();
        if (roles.isEmpty()) {
            throw new BadRequestException("roles", "error.directory.user.roles.required");
        }
        boolean departmental = roles.stream().anyMatch(Role::belongsToDepartment);
        if (departmental && change.departmentId() == null) {
            throw new BadRequestException("departmentId", "error.directory.user.department.required");
        }
        if (!departmental && change.departmentId() != null) {
            throw new BadRequestException("departmentId", "error.directory.user.department.notAllowed");
        }
        if (departmental) {
            Department department = departments
                    .findById(change.departmentId())
                    .orElseThrow(
                            () -> new BadRequestException("departmentId", "error.directory.user.department.unknown"));
            if (!department.active()) {
                throw new BadRequestException(
                        "departmentId", "error.directory.user.department.inactive", department.name());
            }
        }
        boolean deputy = roles.contains(Role.DEPUTY);
        if (deputy && change.deputyId() == null) {
            throw new BadRequestException("deputyId", "error.directory.user.deputy.required");
        }
        if (!deputy && change.deputyId() != null) {
            throw new BadRequestException("deputyId", "error.directory.user.deputy.notAllowed");
        }
        if (deputy) {
            if (deputies.findById(change.deputyId()).isEmpty()) {
                throw new BadRequestException(
                        "deputyId", "error.directory.user.deputy.unknown", String.valueOf(change.deputyId()));
            }
            Optional<Long> linked = users.findIdByDeputy(change.deputyId());
            if (linked.isPresent() && !linked.get().equals(id)) {
                throw new BadRequestException("deputyId", "error.directory.user.deputy.linked");
            }
        }
        return new User(id, login, displayName, change.departmentId(), change.deputyId(), change.active(), roles);
    }
}
