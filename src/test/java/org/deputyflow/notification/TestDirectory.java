package org.deputyflow.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.deputyflow.directory.LoadingDirectory;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.DepartmentKind;
import org.deputyflow.directory.domain.Deputy;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.domain.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Departments, deputies and users that only one test knows, all with the password {@code demo}:
 * on a database shared by every test class (and kept between runs on MariaDB) their inboxes start
 * empty. {@link #cleanUp()} removes them and every notice the test sent, so that other tests that
 * count users, deputies or departments never see them.
 */
public class TestDirectory {

    public static final String PASSWORD = "demo";

    private final LoadingDirectory loading;
    private final JdbcTemplate jdbc;
    private final String hash;
    private final String prefix = "nt" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> logins = new ArrayList<>();
    private final List<Long> deputies = new ArrayList<>();
    private final List<Long> departments = new ArrayList<>();

    public TestDirectory(LoadingDirectory loading, PasswordEncoder encoder, JdbcTemplate jdbc) {
        this.loading = loading;
        this.jdbc = jdbc;
        this.hash = encoder.encode(PASSWORD);
    }

    /** A login, key or code nobody else uses; notices whose key is made with it are cleaned up. */
    public String unique(String name) {
        return prefix + "-" + name;
    }

    public long department(String name) {
        long id = loading.addDepartment(
                new Department(null, unique(name), "通知测试局" + name, DepartmentKind.GOVERNMENT, true));
        departments.add(id);
        return id;
    }

    public String user(String name, Role role, Long departmentId) {
        String login = unique(name);
        loading.addUser(new User(null, login, "通知测试" + name, departmentId, null, true, Set.of(role)), hash);
        logins.add(login);
        return login;
    }

    public String handler(long departmentId, String name) {
        return user(name, Role.DEPT_HANDLER, departmentId);
    }

    public String leader(long departmentId, String name) {
        return user(name, Role.DEPT_LEADER, departmentId);
    }

    /** A deputy and their login; the login is {@code unique(name)}. */
    public long deputy(String name) {
        long deputyId = deputyWithoutLogin(name);
        String login = unique(name);
        loading.addUser(new User(null, login, "通知测试" + name, null, deputyId, true, Set.of(Role.DEPUTY)), hash);
        logins.add(login);
        return deputyId;
    }

    /** A deputy with no login of their own. */
    public long deputyWithoutLogin(String name) {
        long deputyId = loading.addDeputy(new Deputy(null, "通知测试" + name, "通知测试团", null, "第十六届", true));
        deputies.add(deputyId);
        return deputyId;
    }

    public void deactivate(String login) {
        jdbc.update("UPDATE app_user SET active = FALSE WHERE login = ?", login);
    }

    public void email(String login, String address) {
        jdbc.update("UPDATE app_user SET email = ? WHERE login = ?", address, login);
    }

    public void cleanUp() {
        jdbc.update("DELETE FROM notification WHERE dedup_key LIKE ?", prefix + "-%");
        jdbc.update("DELETE FROM mail_outbox WHERE notice_key LIKE ?", prefix + "-%");
        for (String login : logins) {
            jdbc.update("DELETE FROM mail_outbox WHERE recipient_login = ?", login);
            jdbc.update("DELETE FROM notification WHERE recipient = ?", login);
            jdbc.update("DELETE FROM user_role WHERE user_id IN (SELECT id FROM app_user WHERE login = ?)", login);
            jdbc.update("DELETE FROM app_user WHERE login = ?", login);
        }
        deputies.forEach(id -> jdbc.update("DELETE FROM deputy WHERE id = ?", id));
        departments.forEach(id -> jdbc.update("DELETE FROM department WHERE id = ?", id));
    }
}
