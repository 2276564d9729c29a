package org.deputyflow.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Pages answer errors with the site's own page and the right status; the API keeps problem JSON. */
@DeputyFlowTest
class PageExceptionHandlerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void a_page_that_does_not_exist_is_a_404_page() throws Exception {
        page(get("/suggestions/999999999"), "staff1")
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("页面不存在")));
        page(get("/suggestions/abc"), "staff1")
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("页面不存在")));
    }

    @Test
    void a_filter_with_a_value_that_means_nothing_is_a_400_page() throws Exception {
        page(get("/staff/suggestions").param("status", "NONSENSE"), "staff1")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("提交的内容有误")));
    }

    @Test
    void a_page_of_another_role_is_a_403_page() throws Exception {
        page(get("/staff"), "deputy001")
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您无权访问此页面")));
    }

    @Test
    void the_api_still_answers_with_problem_json() throws Exception {
        mvc.perform(get("/api/suggestions/999999999").with(user(users.loadUserByUsername("staff1"))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private ResultActions page(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String login)
            throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(login))).accept(MediaType.TEXT_HTML))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    }
}
