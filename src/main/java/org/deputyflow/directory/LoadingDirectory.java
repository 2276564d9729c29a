package org.deputyflow.directory;

import java.util.Map;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.Deputy;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.domain.User;
import org.deputyflow.directory.persistence.DepartmentMapper;
import org.deputyflow.directory.persistence.DeputyMapper;
import org.deputyflow.directory.persistence.UserMapper;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments, deputies and users taken as they come, for the demo directory and for tests: the
 * records check their own links, but none of an admin's form checks runs and a user's password comes
 * already hashed.
 */
@Service
@Transactional
public class LoadingDirectory {

    private final DepartmentMapper departments;
    private final DeputyMapper deputies;
    private final UserMapper users;
    private final AuditTrail audit;

    LoadingDirectory(DepartmentMapper departments, DeputyMapper deputies, UserMapper users, AuditTrail audit) {
        this.departments = departments;
        this.deputies = deputies;
        this.users = users;
        this.audit = audit;
    }

    public long addDepartment(Department department) {
        GeneratedKey key = new GeneratedKey();
        departments.insert(department, key);
        return key.value();
    }

    public long addDeputy(Deputy deputy) {
        GeneratedKey key = new GeneratedKey();
        deputies.insert(deputy, key);
        return key.value();
    }

    /** Adds a user whose password is already hashed; the {@link User} record checks its links. */
    public long addUser(User user, String passwordHash) {
        GeneratedKey key = new GeneratedKey();
        users.insert(user.login(), user.displayName(), passwordHash, user.departmentId(), user.deputyId(), key);
        for (Role role : user.roles()) {
            users.insertRole(key.value(), role);
        }
        audit.record(
                "user.create", "user", user.login(), AuditTrail.SUCCESS, Map.of("after", ManagingUsers.audited(user)));
        return key.value();
    }
}
