package org.deputyflow.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands each browser test class a {@link Browser} (through its constructor) on the application's
 * random port: one Chromium per test class, closed when the class is done.
 */
class BrowserExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext.getStore(ExtensionContext.Namespace.create(BrowserExtension.class))
            .getOrComputeIfAbsent(Browser.class, key -> {
                int port = SpringExtension.getApplicationContext(context).getEnvironment()
                    .getRequiredProperty("local.server.port", Integer.class);
                return Browser.open(port);
            }, Browser.class);
    }
}
