package org.deputyflow.directory;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs users in against the directory's own tables. */
@Component
class DirectoryUserDetailsService implements UserDetailsService {

    private final DirectoryService directory;

    DirectoryUserDetailsService(DirectoryService directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        return directory.account(login).orElseThrow(() -> new UsernameNotFoundException("no such login"));
    }
}
