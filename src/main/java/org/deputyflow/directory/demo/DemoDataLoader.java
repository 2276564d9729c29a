package org.deputyflow.directory.demo;

import java.util.Set;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.LoadingDirectory;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.Deputy;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.domain.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty directory with the demo departments, deputies and one login for every role,
 * all with the password {@code demo}. Runs in the default profile, and in the mysql profile
 * only with {@code DEPUTYFLOW_DEMO=true}.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "deputyflow.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DirectoryService directory;
    private final LoadingDirectory loading;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;

    DemoDataLoader(
            DirectoryService directory,
            LoadingDirectory loading,
            PasswordEncoder passwordEncoder,
            PlatformTransactionManager transactions) {
        this.directory = directory;
        this.loading = loading;
        this.passwordEncoder = passwordEncoder;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Two nodes starting at once on an empty database: one loads, the other finds it loaded. */
    @Override
    public void run(ApplicationArguments args) {
        try {
            transaction.executeWithoutResult(status -> {
                if (directory.isEmpty()) {
                    load();
                }
            });
        } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
            if (directory.isEmpty()) {
                throw e;
            }
            log.info("Another node loaded the demo data at the same moment");
        }
        log.warn(
                "Demo users are active: staff1, council1, admin, auditor, deputy001…deputy100, deptNN-handler, "
                        + "deptNN-leader and member01…member35 all sign in with the password '{}'. "
                        + "Never run demo data in production.",
                PASSWORD);
    }

    private void load() {
        DemoDirectory demo = DemoDirectory.load();
        // one hash for all demo logins: hashing 260 passwords one by one would cost seconds at every fresh start
        String hash = passwordEncoder.encode(PASSWORD);
        int index = 0;
        for (DemoDirectory.DemoDepartment d : demo.departments()) {
            long departmentId = loading.addDepartment(new Department(null, d.code(), d.name(), d.kind(), true));
            addUser(
                    d.code() + "-handler",
                    d.name() + " " + demo.handlerName(index++),
                    Role.DEPT_HANDLER,
                    departmentId,
                    hash);
            addUser(
                    d.code() + "-handler2",
                    d.name() + " " + demo.handlerName(index++),
                    Role.DEPT_HANDLER,
                    departmentId,
                    hash);
            addUser(
                    d.code() + "-leader",
                    d.name() + " " + demo.handlerName(index++),
                    Role.DEPT_LEADER,
                    departmentId,
                    hash);
        }
        for (DemoDirectory.DemoDeputy d : demo.deputies()) {
            long deputyId = loading.addDeputy(new Deputy(null, d.name(), d.delegation(), d.phone(), demo.term(), true));
            loading.addUser(new User(null, d.login(), d.name(), null, deputyId, true, Set.of(Role.DEPUTY)), hash);
        }
        String staff = demo.name("staffPrefix") + " ";
        addUser("staff1", staff + demo.handlerName(index++), Role.STAFF, null, hash);
        addUser("staff2", staff + demo.handlerName(index++), Role.STAFF, null, hash);
        addUser("council1", demo.name("councilPrefix") + " " + demo.handlerName(index++), Role.COUNCIL, null, hash);
        for (int i = 1; i <= 35; i++) {
            addUser(
                    "member%02d".formatted(i),
                    demo.name("memberPrefix") + " " + demo.handlerName(index++),
                    Role.MEMBER,
                    null,
                    hash);
        }
        addUser("admin", demo.name("admin"), Role.ADMIN, null, hash);
        addUser("auditor", demo.name("auditor"), Role.AUDITOR, null, hash);
        log.info(
                "Demo directory loaded: {} departments, {} deputies and their users",
                demo.departments().size(),
                DemoDirectory.DEPUTIES);
    }

    private void addUser(String login, String displayName, Role role, Long departmentId, String hash) {
        loading.addUser(new User(null, login, displayName, departmentId, null, true, Set.of(role)), hash);
    }
}
