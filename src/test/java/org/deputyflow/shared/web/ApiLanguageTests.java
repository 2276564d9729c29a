package org.deputyflow.shared.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A refusal of the API carries a stable code and says it in the caller's language: {@code Accept-Language}
 * on the API, Chinese without it or for a language the bundles do not have; a page keeps the language the
 * reader chose, whatever the browser asks.
 */
@DeputyFlowTest
class ApiLanguageTests {

    @Autowired
    MockMvc mvc;

    MockHttpServletRequestBuilder missingSuggestion() {
        return get("/api/suggestions/99999999").with(httpBasic("staff1", "demo"));
    }

    @Test
    void without_accept_language_a_refusal_is_chinese_with_its_code() throws Exception {
        mvc.perform(missingSuggestion())
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("error.notFound"))
                .andExpect(jsonPath("$.title").value("未找到"))
                .andExpect(jsonPath("$.detail").value("建议 99999999 不存在或无权查看"));
    }

    @Test
    void an_english_caller_reads_the_same_code_in_english() throws Exception {
        mvc.perform(missingSuggestion().header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("error.notFound"))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("Suggestion 99999999 does not exist or you may not read it"));
        mvc.perform(get("/api/suggestions")
                        .param("size", "0")
                        .header("Accept-Language", "en")
                        .with(httpBasic("staff1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.page.size"))
                .andExpect(jsonPath("$.detail").value("The page size must be between 1 and 200"))
                .andExpect(jsonPath("$.errors.size").value("The page size must be between 1 and 200"));
    }

    @Test
    void a_language_the_bundles_lack_or_a_malformed_header_reads_chinese() throws Exception {
        mvc.perform(missingSuggestion().header("Accept-Language", "fr-FR"))
                .andExpect(jsonPath("$.detail").value("建议 99999999 不存在或无权查看"));
        mvc.perform(missingSuggestion().header("Accept-Language", "!!"))
                .andExpect(jsonPath("$.detail").value("建议 99999999 不存在或无权查看"));
    }

    @Test
    void the_security_refusals_speak_the_callers_language_too() throws Exception {
        mvc.perform(get("/api/me").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("error.signIn.required"))
                .andExpect(jsonPath("$.title").value("Not signed in"));
        mvc.perform(get("/api/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("请先登录，或在请求中提供有效的用户名和密码"));
    }

    @Test
    void a_page_keeps_chinese_whatever_the_browser_asks() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "en-US"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("User name")));
    }

    @Test
    void the_api_documentation_is_written_from_the_bundles_in_the_callers_language() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("DeputyFlow 代表建议办理系统 API"))
                .andExpect(jsonPath("$.tags[?(@.name == 'tasks')].description").value("待办任务"));
        mvc.perform(get("/v3/api-docs").header("Accept-Language", "en").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("DeputyFlow API for deputies' suggestions"))
                .andExpect(jsonPath("$.tags[?(@.name == 'tasks')].description").value("Tasks"));
    }
}
