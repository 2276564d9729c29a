package org.deputyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@BrowserTest
class PublicPagesBrowserTests {

    private final Browser browser;

    PublicPagesBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void the_sign_in_page_speaks_chinese_and_switches_to_english() {
        browser.go("/login");
        assertThat(browser.text()).contains("代表建议办理系统", "用户名", "密码");
        browser.click(By.linkText("English"));
        browser.waitForText("Password");
        browser.click(By.linkText("中文"));
        browser.waitForText("密码");
    }

    @Test
    void a_wrong_password_is_refused_and_stays_on_the_sign_in_page() {
        browser.go("/login");
        browser.type(By.id("username"), "staff1");
        browser.type(By.id("password"), "wrong");
        browser.submit(By.cssSelector("form[action$='/login'] button[type=submit]"));
        assertThat(browser.path()).startsWith("/login");
        assertThat(browser.text()).contains("用户名或密码错误");
    }

    @Test
    void the_pages_policy_refuses_an_inline_script_and_the_browser_tests_notice() {
        browser.go("/login");
        assertThat(browser.policyViolations()).isEmpty();
        browser.script("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                + " document.head.appendChild(s);");

        assertThat(browser.script("return window.injected === true;")).isEqualTo(false);
        assertThat(browser.policyViolations())
                .anySatisfy(message -> assertThat(message).contains("Content Security Policy"));
    }

    @Test
    void swagger_ui_renders_under_its_own_policy() {
        browser.signIn("staff1");
        browser.go("/swagger-ui/index.html");
        browser.find(By.cssSelector(".swagger-ui .opblock-tag"));
    }
}
