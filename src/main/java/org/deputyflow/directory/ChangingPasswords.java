package org.deputyflow.directory;

import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.domain.PasswordPolicy;
import org.deputyflow.directory.persistence.UserMapper;
import org.deputyflow.directory.persistence.UserRow;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in user changes their own password, within the password policy that every password set
 * through DeputyFlow must meet (an admin's reset as well).
 */
@Service
@Transactional(readOnly = true)
public class ChangingPasswords {

    private final UserMapper users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SignInAttempts signInAttempts;
    private final DirectoryService directory;
    private final AuditTrail audit;

    ChangingPasswords(
            UserMapper users,
            PasswordEncoder passwordEncoder,
            AccountProperties accounts,
            SignInAttempts signInAttempts,
            DirectoryService directory,
            AuditTrail audit) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = accounts.password().policy();
        this.signInAttempts = signInAttempts;
        this.directory = directory;
        this.audit = audit;
    }

    /** What a password set through DeputyFlow must be, for the forms' hints. */
    public PasswordPolicy passwordPolicy() {
        return passwordPolicy;
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
            throw new ConflictException("error.signIn.locked");
        }
        UserRow row = users.findByLogin(user.login()).orElseThrow(() -> NotFoundException.of("user", user.id()));
        if (currentPassword == null
                || currentPassword.isEmpty()
                || !passwordEncoder.matches(currentPassword, row.passwordHash())) {
            signInAttempts.failed(user.login(), null);
            throw new BadRequestException("currentPassword", "error.directory.password.currentWrong");
        }
        String password = checkedPassword("newPassword", newPassword, user.login(), true);
        if (password.equals(currentPassword)) {
            throw new BadRequestException("newPassword", "error.directory.password.sameAsCurrent");
        }
        users.updatePassword(row.id(), passwordEncoder.encode(password), false);
        audit.record("password.change", "user", user.login(), AuditTrail.SUCCESS, null);
        return directory.account(user.login()).orElseThrow();
    }

    /** The password if given and within the policy; null if not given and not required. */
    String checkedPassword(String field, String password, String login, boolean required) {
        if (password == null || password.isEmpty()) {
            if (required) {
                throw new BadRequestException(field, "error.directory.password.required");
            }
            return null;
        }
        passwordPolicy.violation(password, login).ifPresent(rule -> {
            throw new BadRequestException(field, rule.code(), rule.arguments());
        });
        return password;
    }
}
