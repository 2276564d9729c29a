package org.deputyflow.directory;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.deputyflow.directory.domain.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.StaticMessageSource;

class FirstAdminTests {

    static final AccountProperties ACCOUNTS = new AccountProperties(
            new AccountProperties.Password(8, 3),
            new AccountProperties.Lockout(5, Duration.ofMinutes(15)),
            new AccountProperties.AddressThrottle(20, Duration.ofMinutes(5)));

    static final StaticMessageSource MESSAGES = new StaticMessageSource();

    static {
        MESSAGES.addMessage("role.ADMIN", Locale.SIMPLIFIED_CHINESE, "系统管理员");
    }

    DirectoryService directory = mock(DirectoryService.class);
    ManagingUsers users = mock(ManagingUsers.class);

    @Test
    void without_an_admin_and_without_a_password_the_application_refuses_to_start() {
        when(directory.hasActiveUserWithRole(Role.ADMIN)).thenReturn(false);
        FirstAdmin firstAdmin = new FirstAdmin(directory, users, ACCOUNTS, MESSAGES, "");

        assertThatIllegalStateException()
                .isThrownBy(() -> firstAdmin.run(null))
                .withMessageContaining("DEPUTYFLOW_ADMIN_PASSWORD");
        verify(users, never()).createUser(any());
    }

    @Test
    void without_an_admin_the_first_admin_gets_the_configured_password_and_must_change_it() {
        when(directory.hasActiveUserWithRole(Role.ADMIN)).thenReturn(false);
        when(directory.account("admin")).thenReturn(Optional.empty());

        new FirstAdmin(directory, users, ACCOUNTS, MESSAGES, "s3cret-Passw0rd").run(null);

        // createUser is the path of every admin-set password: policy, BCrypt, must change at the next sign-in
        verify(users)
                .createUser(argThat(user -> user.login().equals("admin")
                        && user.displayName().equals("系统管理员")
                        && user.roles().contains(Role.ADMIN)
                        && user.active()
                        && user.password().equals("s3cret-Passw0rd")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "password", "12345678", "Admin-2026!", "长密码长密码长密码长密码长密码长密码长密码长密码长1!"})
    void a_first_admin_password_outside_the_policy_refuses_the_start_and_says_why(String password) {
        when(directory.hasActiveUserWithRole(Role.ADMIN)).thenReturn(false);
        when(directory.account("admin")).thenReturn(Optional.empty());
        FirstAdmin firstAdmin = new FirstAdmin(directory, users, ACCOUNTS, MESSAGES, password);

        assertThatIllegalStateException()
                .isThrownBy(() -> firstAdmin.run(null))
                .withMessageContaining("DEPUTYFLOW_ADMIN_PASSWORD does not satisfy the password policy")
                .withMessageContaining("at least 8 characters");
        verify(users, never()).createUser(any());
    }

    @Test
    void an_existing_admin_needs_no_password() {
        when(directory.hasActiveUserWithRole(Role.ADMIN)).thenReturn(true);

        new FirstAdmin(directory, users, ACCOUNTS, MESSAGES, "").run(null);

        verify(users, never()).createUser(any());
    }
}
