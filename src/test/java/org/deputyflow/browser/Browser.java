package org.deputyflow.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its own chromedriver: one browser per test class, one
 * signed-in user at a time, as the roles take turns in front of the same screen.
 */
public final class Browser implements ExtensionContext.Store.CloseableResource {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    static Browser open(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumAvailable.CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1280,1000",
                "--lang=zh-CN",
                "--disable-search-engine-choice-screen");
        // the console shows what the pages' Content-Security-Policy refused; the tests read it
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumAvailable.CHROMEDRIVER.toFile())
                .build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    public void signIn(String login) {
        driver.manage().deleteAllCookies();
        go("/login");
        type(By.id("username"), login);
        type(By.id("password"), "demo");
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field's value as the page's own script would: date inputs type differently in each locale. */
    public void set(By by, String value) {
        script("arguments[0].value = arguments[1];", find(by), value);
    }

    public void select(By by, String value) {
        new Select(find(by)).selectByValue(value);
    }

    public void selectByText(By by, String text) {
        new Select(find(by)).selectByVisibleText(text);
    }

    public static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    /**
     * Clicks and, where the page asks "are you sure?", says yes. A panel htmx swaps in while the wait
     * looks at it detaches the node it found; Chromium then reports an inspector error rather than a
     * stale element, and the wait looks again.
     */
    public void click(By by) {
        WebElement element = wait.until(d -> {
            try {
                return ExpectedConditions.elementToBeClickable(by).apply(d);
            } catch (StaleElementReferenceException e) {
                return null;
            } catch (WebDriverException e) {
                if (detached(e)) {
                    return null;
                }
                throw e;
            }
        });
        ((JavascriptExecutor) driver).executeScript("window.confirm = function () { return true; };");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /**
     * Submits the form around the element and waits for the next page: until the element is gone,
     * which Chromium reports either as a stale element or as a node that left the document.
     */
    public void submit(By by) {
        WebElement element = find(by);
        click(by);
        wait.until(d -> {
            try {
                return ExpectedConditions.stalenessOf(element).apply(d);
            } catch (WebDriverException e) {
                if (detached(e)) {
                    return true;
                }
                throw e;
            }
        });
    }

    private static boolean detached(WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        }
    }

    /**
     * Saves the page as a 375-px phone shows it, and fails if the page is wider than the phone:
     * wide tables scroll inside their own box, the page itself never sideways.
     */
    public void phoneScreenshot(String name) {
        resize(375, 800);
        Number pageWidth = (Number) script("return document.documentElement.scrollWidth;");
        Number viewport = (Number) script("return window.innerWidth;");
        screenshot(name + "-phone");
        resize(1280, 1000);
        if (pageWidth.intValue() > viewport.intValue()) {
            throw new AssertionError(path() + " is " + pageWidth + " px wide on a " + viewport + "-px phone");
        }
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * What the browser's console said about the Content-Security-Policy since the last call: each
     * refused script, style, handler, eval or connection. A page that needs anything the policy
     * forbids works in no browser of the office, so every browser test ends by asking this.
     */
    public List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Called by JUnit when the test class is done (the store closes what it holds). */
    @Override
    public void close() {
        driver.quit();
    }
}
