package org.deputyflow.notification;

import java.util.Set;
import java.util.UUID;

import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.DepartmentKind;
import org.deputyflow.directory.domain.Deputy;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.domain.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Departments, deputies and users that only one test knows, all with the password {@code demo}:
 * on a database shared by every test class (and kept between runs on MariaDB) their inboxes start empty.
 */
public class TestDirectory {

    public static final String PASSWORD = "demo";

    private final DirectoryService directory;
    private final JdbcTemplate jdbc;
    private final String hash;
    private final String prefix = "nt" + UUID.randomUUID().toString().substring(0, 8);

    public TestDirectory(DirectoryService directory, PasswordEncoder encoder, JdbcTemplate jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.hash = encoder.encode(PASSWORD);
    }

    /** A key or code nobody else uses. */
    public String unique(String name) {
        return prefix + "-" + name;
    }

    public long department(String name) {
        return directory.addDepartment(new Department(null, unique(name), "测试局" + name, DepartmentKind.GOVERNMENT, true));
    }

    public String user(String name, Role role, Long departmentId) {
        String login = unique(name);
        directory.addUser(new User(null, login, "测试用户" + name, departmentId, null, true, Set.of(role)), hash);
        return login;
    }

    public String handler(long departmentId, String name) {
        return user(name, Role.DEPT_HANDLER, departmentId);
    }

    public String leader(long departmentId, String name) {
        return user(name, Role.DEPT_LEADER, departmentId);
    }

    /** A deputy and their login; the login is the unique name. */
    public long deputy(String name) {
        long deputyId = directory.addDeputy(new Deputy(null, "测试代表" + name, "测试代表团", null, "第十六届", true));
        directory.addUser(new User(null, unique(name), "测试代表" + name, null, deputyId, true, Set.of(Role.DEPUTY)), hash);
        return deputyId;
    }

    /** A deputy with no login of their own. */
    public long deputyWithoutLogin(String name) {
        return directory.addDeputy(new Deputy(null, "测试代表" + name, "测试代表团", null, "第十六届", true));
    }

    public void deactivate(String login) {
        jdbc.update("UPDATE app_user SET active = FALSE WHERE login = ?", login);
    }

    public void email(String login, String address) {
        jdbc.update("UPDATE app_user SET email = ? WHERE login = ?", address, login);
    }
}
