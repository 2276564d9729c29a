package org.deputyflow.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An end-to-end test in headless Chromium against the whole application on its random port; a test
 * class takes the {@link Browser} in its constructor.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DeputyFlowTest
@Tag("browser")
@ExtendWith({ChromiumAvailable.class, BrowserExtension.class})
public @interface BrowserTest {}
