package org.deputyflow.directory;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.DepartmentKind;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.persistence.DepartmentMapper;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins create departments, rename and reclassify them and deactivate them; a department's code never
 * changes, since it is the engine queue its open tasks wait in. Every change is an audit line.
 */
@Service
@Transactional(readOnly = true)
public class ManagingDepartments {

    /** A department code is also an engine group id: plain ASCII, no spaces. */
    static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    static final int MAX_DEPARTMENT_NAME = 100;

    private final DepartmentMapper departments;
    private final AuditTrail audit;

    ManagingDepartments(DepartmentMapper departments, AuditTrail audit) {
        this.departments = departments;
        this.audit = audit;
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
            throw new BadRequestException("code", "error.directory.department.code.invalid");
        }
        if (c.endsWith(Department.LEADERS_SUFFIX)) {
            throw new BadRequestException(
                    "code", "error.directory.department.code.leadersSuffix", Department.LEADERS_SUFFIX);
        }
        // the code is an engine group id beside the roles' groups: STAFF as a department would queue
        // the department's tasks for the committee staff
        if (Arrays.stream(Role.values()).anyMatch(role -> role.name().equalsIgnoreCase(c))
                || "camunda-admin".equalsIgnoreCase(c)) {
            throw new BadRequestException("code", "error.directory.department.code.roleName", c);
        }
        if (departments.findByCode(c).isPresent()) {
            throw new BadRequestException("code", "error.directory.department.code.taken", c);
        }
        Department created = new Department(null, c, checkedName(name), checkedKind(kind), active);
        GeneratedKey key = new GeneratedKey();
        departments.insert(created, key);
        audit.record("department.create", "department", c, AuditTrail.SUCCESS, Map.of("after", audited(created)));
        return key.value();
    }

    /** Changes a department's name, kind and active flag; its code stays, since open tasks are queued under it. */
    @Transactional
    public void updateDepartment(long id, String name, DepartmentKind kind, boolean active) {
        Department current = department(id);
        Department changed = new Department(id, current.code(), checkedName(name), checkedKind(kind), active);
        departments.update(changed);
        audit.record(
                "department.update",
                "department",
                current.code(),
                AuditTrail.SUCCESS,
                Map.of("before", audited(current), "after", audited(changed)));
    }

    @Transactional
    public void setDepartmentActive(long id, boolean active) {
        Department department = department(id);
        departments.updateActive(id, active);
        audit.record(
                active ? "department.activate" : "department.deactivate",
                "department",
                department.code(),
                AuditTrail.SUCCESS,
                null);
    }

    private Department department(long id) {
        return departments.findById(id).orElseThrow(() -> NotFoundException.of("department", id));
    }

    private static Map<String, Object> audited(Department department) {
        return Map.of("name", department.name(), "kind", department.kind().name(), "active", department.active());
    }

    private static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_DEPARTMENT_NAME) {
            throw new BadRequestException(
                    "name", "error.directory.department.name.invalid", String.valueOf(MAX_DEPARTMENT_NAME));
        }
        return n;
    }

    private static DepartmentKind checkedKind(DepartmentKind kind) {
        if (kind == null) {
            throw new BadRequestException("kind", "error.directory.department.kind.required");
        }
        return kind;
    }
}
