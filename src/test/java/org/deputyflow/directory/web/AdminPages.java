package org.deputyflow.directory.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.deputyflow.directory.DirectoryService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs in as a demo user the way a browser session does: the principal, and no Authorization header. */
final class AdminPages {

    private AdminPages() {}

    static RequestPostProcessor as(DirectoryService directory, String login) {
        return user(directory.account(login).orElseThrow());
    }
}
