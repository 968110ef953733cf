package faqbot.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium driven through its chromedriver. Without them the browser tests are skipped on a
 * developer's machine, and fail in CI (where the environment variable CI is set): CI must not pass by skipping.
 */
final class HeadlessChromium implements AutoCloseable {

    /** Selenium reports each Chromium newer than the DevTools versions it bundles; that is noise here. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/lib/chromium/chromium", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static HeadlessChromium start() {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        Optional<String> browser = find("FAQBOT_CHROMIUM", BROWSERS);
        Optional<String> chromedriver = find("FAQBOT_CHROMEDRIVER", DRIVERS);
        if (browser.isEmpty() || chromedriver.isEmpty()) {
            String missing = "no headless Chromium found (install Debian's chromium and chromium-driver, or set "
                    + "FAQBOT_CHROMIUM and FAQBOT_CHROMEDRIVER)";
            if (System.getenv("CI") != null) {
                fail("CI is set, so the browser tests must run: " + missing);
            }
            System.err.println("Skipping the browser tests: " + missing);
            Assumptions.abort(missing);
        }
        try {
            Path profile = Files.createTempDirectory("faqbot-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(browser.get());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,800", "--user-data-dir=" + profile);
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver.get()))
                    .withSilent(true)
                    .build();
            return new HeadlessChromium(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path the environment variable names if it is set, else the first of the usual places that exists. */
    private static Optional<String> find(String variable, List<String> candidates) {
        String configured = System.getenv(variable);
        return (configured != null ? Stream.of(configured) : candidates.stream())
                .filter(path -> Files.isExecutable(Path.of(path)))
                .findFirst();
    }

    ChromeDriver driver() {
        return driver;
    }

    /** A new tab, so each test starts with empty sessionStorage; the previous tabs are closed. */
    void freshTab() {
        String old = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        driver.switchTo().window(old).close();
        driver.switchTo().window(fresh);
        viewport(1280, 800, false);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    /** The page's viewport in CSS pixels, as a phone or a desktop browser would have it. */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Emulates a user preference such as prefers-color-scheme: dark. */
    void prefer(String feature, String value) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", feature, "value", value))));
    }

    Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser console since the last call: CSP violations and script errors show up here. */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
