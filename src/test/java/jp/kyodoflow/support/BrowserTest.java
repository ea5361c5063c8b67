package jp.kyodoflow.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: one Debian Chromium for the class (started before its first test, quit
 * after its last), the app's port, and a loopback address of the class's own ({@link #host()}: the login
 * throttle counts per source address, so classes never slow each other down). The helpers find, type and
 * check the way a person's page is read; each class says how a test starts (signed out, on a tablet, …).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// not while a class beside the shared context runs (TwoNodesTest starts two application JVMs at once): on 2 cores
// Tasklist's pages then took longer to load than a browser test waits
@org.junit.jupiter.api.parallel.ResourceLock(BesideTheSharedContext.LANE)
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;
    protected WebDriver browser;

    /** The loopback address (127.0.0.x) this class's browser talks to. */
    protected abstract String host();

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The app's base URL on the class's own address. */
    protected String base() {
        return "http://" + host() + ":" + port;
    }

    protected void open(String path) {
        browser.get(base() + path);
    }

    /**
     * Signs in on the portal's login page and waits for the page the login leads to (the person's page, or
     * the login page again with its error): reading the address right after the click may still read /login.
     */
    protected void signIn(String user, String password) {
        open("/login");
        type("username", user);
        type("password", password);
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("#login-form button[type=submit]")));
    }

    protected WebElement id(String id) {
        return browser.findElement(By.id(id));
    }

    protected void type(String id, String text) {
        WebElement e = id(id);
        e.clear();
        e.sendKeys(text);
    }

    /** Sets a date field as its picker would (ISO value, then the input event the page listens to). */
    protected void date(String id, String iso) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", id(id), iso);
    }

    /** axe-core on the page as it is now: no critical or serious violation. */
    protected void checked() {
        Accessibility.assertNoSeriousViolations(browser);
    }
}
