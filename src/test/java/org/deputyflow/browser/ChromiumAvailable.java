package org.deputyflow.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests need Debian's {@code chromium} and {@code chromium-driver} (CI installs both).
 * Where they are missing the tests are skipped, and the build says so.
 */
class ChromiumAvailable implements ExecutionCondition {

    static final Path CHROMIUM = Path.of(System.getProperty("deputyflow.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("deputyflow.chromedriver", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium found at " + CHROMIUM);
        }
        String reason = "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing (apt-get install chromium chromium-driver)";
        System.out.println("[WARNING] " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
