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

    /**
     * Clicks something that loads another page (a link, a form's button) and waits until the browser shows
     * the new page: a click returns once the event is dispatched, not when the answer has arrived, so
     * reading the page at once may still read the old one.
     */
    public static void clickAndWait(org.openqa.selenium.WebDriver browser, org.openqa.selenium.WebElement target) {
        org.openqa.selenium.WebElement old = browser.findElement(org.openqa.selenium.By.tagName("html"));
        target.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
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
