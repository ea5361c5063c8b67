package jp.kyodoflow.support;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium (package {@code chromium}) driven by its chromedriver (package
 * {@code chromium-driver}), headless; both paths are given, so Selenium Manager never looks for or
 * downloads a browser. .ci/run installs the packages when they are missing.
 */
public final class Browser {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    public static ChromeDriver start() {
        for (String path : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(path).canExecute()) {
                throw new IllegalStateException(path + " is missing: install the Debian packages chromium and chromium-driver"
                        + " (.ci/run does so)");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=ja", "--window-size=1280,1024", "--no-first-run", "--disable-extensions");
        // Headless Chromium ignores --lang for navigator.languages and Accept-Language; Tasklist picks
        // its UI language from navigator.languages[0].
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ja"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
