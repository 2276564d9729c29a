package org.deputyflow.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.DepartmentKind;
import org.deputyflow.directory.domain.Deputy;
import org.deputyflow.directory.domain.PasswordPolicy;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.domain.User;
import org.deputyflow.directory.domain.UserEntry;
import org.deputyflow.directory.persistence.AccountRow;
import org.deputyflow.directory.persistence.DepartmentLoginRow;
import org.deputyflow.directory.persistence.DepartmentMapper;
import org.deputyflow.directory.domain.DeputyEntry;
import org.deputyflow.directory.persistence.DeputyMapper;
import org.deputyflow.directory.persistence.IdentityFilter;
import org.deputyflow.directory.persistence.UserEmail;
import org.deputyflow.directory.persistence.UserMapper;
import org.deputyflow.directory.persistence.UserEntryRow;
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

/** The directory module's API: departments, deputies and users. */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    private final DepartmentMapper departments;
    private final DeputyMapper deputies;
    private final UserMapper users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SignInAttempts signInAttempts;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    DirectoryService(DepartmentMapper departments, DeputyMapper deputies, UserMapper users,
            PasswordEncoder passwordEncoder, AccountProperties accounts, SignInAttempts signInAttempts,
            ApplicationEventPublisher events, AuditTrail audit) {
        this.departments = departments;
        this.deputies = deputies;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = accounts.password().policy();
        this.signInAttempts = signInAttempts;
        this.events = events;
        this.audit = audit;
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

    /** The account as it is now; every API call reads one, so the user and its roles come in one query. */
    public Optional<CurrentUser> account(String login) {
        List<AccountRow> rows = users.findAccountRows(login);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Role> roles = rows.stream().map(AccountRow::role).filter(Objects::nonNull).toList();
        return Optional.of(toCurrentUser(rows.get(0).user(), roles));
    }

    private CurrentUser toCurrentUser(UserRow row) {
        return toCurrentUser(row, users.rolesOf(row.id()));
    }

    private CurrentUser toCurrentUser(UserRow row, List<Role> roles) {
        return new CurrentUser(row.id(), row.login(), row.displayName(), row.passwordHash(),
                toSet(roles), row.departmentId(), row.departmentCode(), row.deputyId(), row.active(),
                row.securityStamp(), row.passwordMustChange());
    }

    /** What a password set through DeputyFlow must be, for the forms' hints. */
    public PasswordPolicy passwordPolicy() {
        return passwordPolicy;
    }

    /** What a signed-in session is checked against on every request; empty for a user that does not exist. */
    public Optional<AccountState> accountState(long userId) {
        return users.findState(userId)
                .map(row -> new AccountState(row.active(), row.securityStamp(), row.passwordMustChange()));
    }

    /**
     * The signed-in user changes their own password. The current password must be right (a wrong one
     * counts as a failed sign-in, so guessing through this door locks the login too), the new one must
     * satisfy the policy and differ from it. Every other session of the user ends.
     *
     * @return the account as it is now, for the caller's own session to carry on
     * @throws BadRequestException naming {@code currentPassword} or {@code newPassword}
     * @throws ConflictException while the login is locked
     */
    @Transactional
    public CurrentUser changeOwnPassword(CurrentUser user, String currentPassword, String newPassword) {
        if (signInAttempts.lockedUntil(user.login()).isPresent()) {
            throw new ConflictException("密码错误次数过多，账号已暂时锁定，请稍后再试");
        }
        UserRow row = users.findByLogin(user.login()).orElseThrow(() -> NotFoundException.of("用户", user.id()));
        if (currentPassword == null || currentPassword.isEmpty()
                || !passwordEncoder.matches(currentPassword, row.passwordHash())) {
            signInAttempts.failed(user.login(), null);
            throw new BadRequestException("currentPassword", "当前密码不正确");
        }
        String password = checkedPassword("newPassword", newPassword, user.login(), true);
        if (password.equals(currentPassword)) {
            throw new BadRequestException("newPassword", "新密码不能与当前密码相同");
        }
        users.updatePassword(row.id(), passwordEncoder.encode(password), false);
        audit.record("password.change", "user", user.login(), AuditTrail.SUCCESS, null);
        return account(user.login()).orElseThrow();
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
        audit.record("user.create", "user", user.login(), AuditTrail.SUCCESS, Map.of("after", audited(user.displayName(),
                user.roles(), user.departmentId(), user.deputyId(), user.active())));
        return key.value();
    }

    // ---- administration: users and departments ------------------------------------------------

    /** Logins are what people type to sign in and what the engine names assignees by. */
    static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    /** A department code is also an engine group id: plain ASCII, no spaces. */
    static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    static final int MAX_DISPLAY_NAME = 50;
    static final int MAX_DEPARTMENT_NAME = 100;

    /** Users whose login or display name starts with {@code q}, optionally holding {@code role}, in login order. */
    public Page<UserEntry> users(String q, Role role, PageRequest request) {
        UserSearch search = new UserSearch(q == null || q.isBlank() ? null : q.strip(), role);
        long total = users.countUsers(search);
        List<UserEntryRow> rows = total == 0 ? List.of() : users.searchUsers(search, request.offset(), request.size());
        return Page.of(withRoles(rows), request, total);
    }

    public UserEntry user(long id) {
        UserEntryRow row = users.findEntryById(id).orElseThrow(() -> NotFoundException.of("用户", id));
        return withRoles(List.of(row)).get(0);
    }

    private List<UserEntry> withRoles(List<UserEntryRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        for (UserRoleRow row : users.rolesOfUsers(rows.stream().map(UserEntryRow::id).toList())) {
            roles.computeIfAbsent(row.userId(), id -> EnumSet.noneOf(Role.class)).add(row.role());
        }
        return rows.stream().map(r -> new UserEntry(r.id(), r.login(), r.displayName(), r.departmentId(),
                r.departmentName(), r.deputyId(), r.deputyName(), r.active(), roles.getOrDefault(r.id(), Set.of())))
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
        String password = checkedPassword("password", change.password(), user.login(), true);
        GeneratedKey key = new GeneratedKey();
        users.insert(user.login(), user.displayName(), passwordEncoder.encode(password), user.departmentId(),
                user.deputyId(), key);
        // the admin knows it: the user makes it their own at the first sign-in
        users.requirePasswordChange(key.value());
        if (!user.active()) {
            users.updateActive(key.value(), false);
        }
        for (Role role : user.roles()) {
            users.insertRole(key.value(), role);
        }
        audit.record("user.create", "user", user.login(), AuditTrail.SUCCESS, Map.of("after", audited(user.displayName(),
                user.roles(), user.departmentId(), user.deputyId(), user.active())));
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
            throw new BadRequestException("login", "登录名不能修改：任务、认领记录和通知都以登录名记载。如需新的登录名，请新建用户并停用旧用户");
        }
        User user = checkedUser(id, new UserChange(before.login(), change.displayName(), change.roles(),
                change.departmentId(), change.deputyId(), change.active(), change.password()));
        String password = checkedPassword("password", change.password(), before.login(), false);
        if (admin.id() == id && (!user.active() || !user.hasRole(Role.ADMIN))) {
            throw new BadRequestException(user.active() ? "roles" : "active", "不能停用自己的账号或取消自己的管理员角色");
        }
        users.update(id, user.displayName(), user.departmentId(), user.deputyId(), user.active());
        users.deleteRoles(id);
        for (Role role : user.roles()) {
            users.insertRole(id, role);
        }
        if (password != null) {
            users.updatePassword(id, passwordEncoder.encode(password), true);
            signInAttempts.succeeded(before.login());
        } else if (before.active() != user.active() || !before.roles().equals(user.roles())
                || !Objects.equals(before.departmentId(), user.departmentId())
                || !Objects.equals(before.deputyId(), user.deputyId())) {
            users.bumpSecurityStamp(id);
        }
        audit.record("user.update", "user", before.login(), AuditTrail.SUCCESS, Map.of(
                "before", audited(before.displayName(), before.roles(), before.departmentId(), before.deputyId(),
                        before.active()),
                "after", audited(user.displayName(), user.roles(), user.departmentId(), user.deputyId(), user.active())));
        if (password != null) {
            audit.record("password.reset", "user", before.login(), AuditTrail.SUCCESS, null);
        }
        if (!user.active()) {
            events.publishEvent(new UserDeactivated(id, user.login()));
        }
    }

    /** What the trail keeps of a user before and after a change: never a password or its hash. */
    private static Map<String, Object> audited(String displayName, Set<Role> roles, Long departmentId, Long deputyId,
            boolean active) {
        Map<String, Object> values = new java.util.TreeMap<>();
        values.put("displayName", displayName);
        values.put("roles", roles.stream().map(Role::name).sorted().toList());
        values.put("departmentId", departmentId == null ? "" : departmentId);
        values.put("deputyId", deputyId == null ? "" : deputyId);
        values.put("active", active);
        return values;
    }

    /** Users are deactivated, never deleted: suggestions, timelines and the engine's history name them. */
    @Transactional
    public void setUserActive(long id, boolean active, CurrentUser admin) {
        UserEntry user = user(id);
        if (!active && admin.id() == id) {
            throw new ConflictException("不能停用自己的账号");
        }
        users.updateActive(id, active);
        audit.record(active ? "user.activate" : "user.deactivate", "user", user.login(), AuditTrail.SUCCESS, null);
        if (!active) {
            events.publishEvent(new UserDeactivated(id, user.login()));
        }
    }

    private User checkedUser(Long id, UserChange change) {
        String login = change.login() == null ? "" : change.login().strip();
        if (!LOGIN.matcher(login).matches()) {
            throw new BadRequestException("login", "登录名须为 2 到 64 个字母、数字、点、下划线或连字符，以字母或数字开头");
        }
        Optional<UserRow> sameLogin = users.findByLogin(login);
        if (sameLogin.isPresent() && !Long.valueOf(sameLogin.get().id()).equals(id)) {
            throw new BadRequestException("login", "登录名 " + login + " 已被使用");
        }
        String displayName = change.displayName() == null ? "" : change.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > MAX_DISPLAY_NAME) {
            throw new BadRequestException("displayName", "姓名不能为空，且不超过 " + MAX_DISPLAY_NAME + " 个字");
        }
        Set<Role> roles = change.roles() == null ? Set.of() : change.roles();
        if (roles.isEmpty()) {
            throw new BadRequestException("roles", "请至少选择一个角色");
        }
        boolean departmental = roles.stream().anyMatch(Role::belongsToDepartment);
        if (departmental && change.departmentId() == null) {
            throw new BadRequestException("departmentId", "承办单位经办人和负责人必须属于一个承办单位");
        }
        if (!departmental && change.departmentId() != null) {
            throw new BadRequestException("departmentId", "只有承办单位经办人和负责人属于承办单位，请清空所属单位");
        }
        if (departmental) {
            Department department = departments.findById(change.departmentId())
                    .orElseThrow(() -> new BadRequestException("departmentId", "承办单位不存在"));
            if (!department.active()) {
                throw new BadRequestException("departmentId", "承办单位 " + department.name() + " 已停用");
            }
        }
        boolean deputy = roles.contains(Role.DEPUTY);
        if (deputy && change.deputyId() == null) {
            throw new BadRequestException("deputyId", "代表用户必须关联一名代表");
        }
        if (!deputy && change.deputyId() != null) {
            throw new BadRequestException("deputyId", "只有代表用户关联代表，请清空关联代表");
        }
        if (deputy) {
            if (deputies.findById(change.deputyId()).isEmpty()) {
                throw new BadRequestException("deputyId", "代表不存在：" + change.deputyId());
            }
            Optional<Long> linked = users.findIdByDeputy(change.deputyId());
            if (linked.isPresent() && !linked.get().equals(id)) {
                throw new BadRequestException("deputyId", "该代表已关联了另一个用户");
            }
        }
        return new User(id, login, displayName, change.departmentId(), change.deputyId(), change.active(), roles);
    }

    /** The password if given and within the policy; null if not given and not required. */
    private String checkedPassword(String field, String password, String login, boolean required) {
        if (password == null || password.isEmpty()) {
            if (required) {
                throw new BadRequestException(field, "请设置密码");
            }
            return null;
        }
        passwordPolicy.violation(password, login).ifPresent(message -> {
            throw new BadRequestException(field, message);
        });
        return password;
    }

    /**
     * Creates a department; its code becomes its queue in the engine.
     *
     * @throws BadRequestException naming the field at fault, e.g. a code already used
     */
    @Transactional
    public long createDepartment(String code, String name, DepartmentKind kind, boolean active) {
        String c = code == null ? "" : code.strip();
        if (!DEPARTMENT_CODE.matcher(c).matches()) {
            throw new BadRequestException("code", "单位代码须为 1 到 32 个字母、数字、下划线或连字符");
        }
        if (c.endsWith(Department.LEADERS_SUFFIX)) {
            throw new BadRequestException("code", "单位代码不能以 " + Department.LEADERS_SUFFIX + " 结尾");
        }
        // the code is an engine group id beside the roles' groups: STAFF as a department would queue
        // the department's tasks for the committee staff
        if (Arrays.stream(Role.values()).anyMatch(role -> role.name().equalsIgnoreCase(c))
                || "camunda-admin".equalsIgnoreCase(c)) {
            throw new BadRequestException("code", "单位代码不能与角色名相同：" + c);
        }
        if (departments.findByCode(c).isPresent()) {
            throw new BadRequestException("code", "单位代码 " + c + " 已被使用");
        }
        Department created = new Department(null, c, checkedName(name), checkedKind(kind), active);
        long id = addDepartment(created);
        audit.record("department.create", "department", c, AuditTrail.SUCCESS, Map.of("after", audited(created)));
        return id;
    }

    /** Changes a department's name, kind and active flag; its code stays, since open tasks are queued under it. */
    @Transactional
    public void updateDepartment(long id, String name, DepartmentKind kind, boolean active) {
        Department current = department(id);
        Department changed = new Department(id, current.code(), checkedName(name), checkedKind(kind), active);
        departments.update(changed);
        audit.record("department.update", "department", current.code(), AuditTrail.SUCCESS,
                Map.of("before", audited(current), "after", audited(changed)));
    }

    @Transactional
    public void setDepartmentActive(long id, boolean active) {
        Department department = department(id);
        departments.updateActive(id, active);
        audit.record(active ? "department.activate" : "department.deactivate", "department", department.code(),
                AuditTrail.SUCCESS, null);
    }

    private static Map<String, Object> audited(Department department) {
        return Map.of("name", department.name(), "kind", department.kind().name(), "active", department.active());
    }

    private static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_DEPARTMENT_NAME) {
            throw new BadRequestException("name", "单位名称不能为空，且不超过 " + MAX_DEPARTMENT_NAME + " 个字");
        }
        return n;
    }

    private static DepartmentKind checkedKind(DepartmentKind kind) {
        if (kind == null) {
            throw new BadRequestException("kind", "请选择单位类别");
        }
        return kind;
    }

    private static Set<Role> toSet(List<Role> roles) {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
