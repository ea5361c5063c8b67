package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyodoflow.support.Accessibility;
import jp.kyodoflow.support.BrowserTest;
import jp.kyodoflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * The subsidy's pages and the open data page as a visitor and a group member read them, in Chromium, with the
 * accessibility check.
 */
@IntegrationTest
class SubsidyPagesBrowserTest extends BrowserTest {

    @Override
    protected String host() {
        return "127.0.0.21";
    }

    @BeforeEach
    void signedOut() {
        open("/");
        browser.manage().deleteAllCookies();
    }

    void look(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aVisitorReadsTheCallAndTheAwardsAndAMemberOpensTheApplicationForm() throws Exception {
        open("/subsidy");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("支援金");
        look("subsidy-call");
        Accessibility.assertNoSeriousViolations(browser);
        open("/subsidy/awards");
        look("subsidy-awards");
        Accessibility.assertNoSeriousViolations(browser);

        // the open data page, reached from the header's link, with a schema table per dataset
        browser.findElement(By.linkText("オープンデータ")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().endsWith("/open-data"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("オープンデータ");
        assertThat(browser.findElements(By.cssSelector("section[id^=dataset-] table"))).hasSize(5);
        assertThat(browser.findElement(By.id("dataset-committee-results")).getText())
                .contains("committee-results.csv", "committee-results.json", "得点（100点換算）");
        look("open-data");
        Accessibility.assertNoSeriousViolations(browser);

        signIn("applicant1", "demo");
        open("/mypage/subsidies");
        look("subsidy-mine");
        Accessibility.assertNoSeriousViolations(browser);
        open("/mypage/subsidies/new?group=1");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("交付申請");
        look("subsidy-apply");
        Accessibility.assertNoSeriousViolations(browser);
    }
}
