package jp.kyodoflow.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/** The accessibility check can fail: a page with an unlabelled field and unreadable text is refused. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

    ChromeDriver browser;

    @BeforeAll
    void start() {
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        browser.quit();
    }

    @Test
    void aPageWithAnUnlabelledFieldAndFaintTextFails() {
        show("<input type=text><p style='color:#eee;background:#fff'>薄い文字</p>");
        assertThatThrownBy(() -> Accessibility.assertNoSeriousViolations(browser))
                .hasMessageContaining("label").hasMessageContaining("color-contrast");
    }

    @Test
    void aPlainLabelledPagePasses() {
        show("<label for=n>団体名</label><input id=n type=text><p>読める文字</p>");
        assertThatCode(() -> Accessibility.assertNoSeriousViolations(browser)).doesNotThrowAnyException();
    }

    private void show(String body) {
        String page = "<!DOCTYPE html><html lang=ja><head><meta charset=utf-8><title>確認</title></head><body><main>"
                + body + "</main></body></html>";
        browser.get("data:text/html;charset=utf-8," + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
