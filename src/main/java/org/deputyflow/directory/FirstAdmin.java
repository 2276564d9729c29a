package org.deputyflow.directory;

import java.util.Set;
import org.deputyflow.directory.domain.PasswordPolicy;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.OfficeWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure somebody can administer DeputyFlow: without any active admin, the first admin is
 * created with the password from {@code DEPUTYFLOW_ADMIN_PASSWORD}, and without that the
 * application refuses to start rather than run with nobody in charge. The password must satisfy
 * the password policy, and since it sits in the deployment's environment, the admin must change
 * it at the first sign-in.
 */
@Component
@Order(1)
class FirstAdmin implements ApplicationRunner {

    static final String LOGIN = "admin";

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final DirectoryService directory;
    private final ManagingUsers managingUsers;
    private final PasswordPolicy policy;
    private final MessageSource messages;
    private final String password;

    FirstAdmin(
            DirectoryService directory,
            ManagingUsers managingUsers,
            AccountProperties accounts,
            MessageSource messages,
            @Value("${deputyflow.admin.password:}") String password) {
        this.directory = directory;
        this.managingUsers = managingUsers;
        this.policy = accounts.password().policy();
        this.messages = messages;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (directory.hasActiveUserWithRole(Role.ADMIN)) {
            return;
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("There is no administrator yet: set DEPUTYFLOW_ADMIN_PASSWORD to the "
                    + "first admin's password (login '" + LOGIN + "'), or DEPUTYFLOW_DEMO=true for demo data.");
        }
        policy.violation(password, LOGIN).ifPresent(rule -> {
            throw new IllegalStateException("DEPUTYFLOW_ADMIN_PASSWORD does not satisfy the password policy ("
                    + rule + "): it needs at least " + policy.minLength() + " characters, " + policy.minKinds()
                    + " of the kinds letters, digits and symbols, at most 72 bytes, and must not contain the login '"
                    + LOGIN + "'.");
        });
        if (directory.account(LOGIN).isPresent()) {
            throw new IllegalStateException("The login '" + LOGIN + "' exists but is no active administrator; "
                    + "repair it in the database before starting.");
        }
        String displayName = messages.getMessage("role." + Role.ADMIN.name(), null, OfficeWords.OFFICE_LANGUAGE);
        managingUsers.createUser(new UserChange(LOGIN, displayName, Set.of(Role.ADMIN), null, null, true, password));
        log.info(
                "Created the first administrator '{}' from DEPUTYFLOW_ADMIN_PASSWORD; "
                        + "the password must be changed at the first sign-in",
                LOGIN);
    }
}
