package org.deputyflow.browser;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands each browser test class a {@link Browser} (through its constructor) on the application's
 * random port: one Chromium per test class, closed when the class is done. After each test it fails
 * the test if the browser's console reports a Content-Security-Policy violation on any page it opened.
 */
class BrowserExtension implements ParameterResolver, AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = store(classContext(context)).get(Browser.class, Browser.class);
        if (browser == null) {
            return;
        }
        List<String> violations = browser.policyViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(
                    "The Content-Security-Policy refused something on a page:\n" + String.join("\n", violations));
        }
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext;
    }

    private static ExtensionContext.Store store(ExtensionContext classContext) {
        return classContext.getStore(ExtensionContext.Namespace.create(BrowserExtension.class));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store(classContext(context))
                .getOrComputeIfAbsent(
                        Browser.class,
                        key -> {
                            int port = SpringExtension.getApplicationContext(context)
                                    .getEnvironment()
                                    .getRequiredProperty("local.server.port", Integer.class);
                            return Browser.open(port);
                        },
                        Browser.class);
    }
}
