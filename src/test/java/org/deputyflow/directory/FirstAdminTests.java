package org.deputyflow.directory;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.deputyflow.directory.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

class FirstAdminTests {

    DirectoryService directory = mock(DirectoryService.class);

    @Test
    void without_an_admin_and_without_a_password_the_application_refuses_to_start() {
        when(directory.hasActiveUserWithRole(Role.ADMIN)).thenReturn(false);
        FirstAdmin firstAdmin = new FirstAdmin(directory, NoOpPasswordEncoder.getInstance(), "");

        assertThatIllegalStateException().isThrownBy(() -> firstAdmin.run(null))
            .withMessageContaining("DEPUTYFLOW_ADMIN_PASSWORD");
        verify(directory, never()).addUser(any(), anyString());
    }

    @Test
    void without_an_admin_the_first_admin_gets_the_configured_password() {
        when(directory.hasActiveUserWithRole(Role.ADMIN)).thenReturn(false);
        when(directory.account("admin")).thenReturn(Optional.empty());

        new FirstAdmin(directory, NoOpPasswordEncoder.getInstance(), "s3cret-Passw0rd").run(null);

        verify(directory).addUser(argThat(user -> user.login().equals("admin") && user.hasRole(Role.ADMIN)),
                eq("s3cret-Passw0rd"));
    }

    @Test
    void an_existing_admin_needs_no_password() {
        when(directory.hasActiveUserWithRole(Role.ADMIN)).thenReturn(true);

        new FirstAdmin(directory, NoOpPasswordEncoder.getInstance(), "").run(null);

        verify(directory, never()).addUser(any(), anyString());
    }
}
