package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.support.Accessibility;
import jp.kyodoflow.support.Browser;
import jp.kyodoflow.support.BrowserTest;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ReviewFlow;
import jp.kyodoflow.support.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A group drafts, is refused, fixes and submits a proposal in a real Chromium, and another group cannot
 * open it. Its own loopback address 127.0.0.11 (the login throttle counts per source).
 */
@IntegrationTest
class PortalProposalBrowserTest extends BrowserTest {

    @Override
    protected String host() {
        return "127.0.0.11";
    }

    @Autowired ProposalRoundService calls;
    @Autowired ReviewFlow review;
    @Autowired Clock clock;

    @BeforeEach
    void signedOut() {
        open("/");
        browser.manage().deleteAllCookies();
    }

    void waitForText(String id, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.findElement(By.id(id)).getText().contains(text));
    }

    @Test
    void aGroupDraftsWithBudgetLinesAndAnAttachmentIsRefusedFixesItSubmitsAndAnotherGroupCannotOpenIt() throws Exception {
        long call = ProposalCalls.open(calls, review, clock, "ブラウザで提案する募集");
        open("/calls/" + call);
        assertThat(id("call-rules").getText()).contains("締切は", "時", "1年目 90%", "500,000円");
        Accessibility.assertNoSeriousViolations(browser);
        Browser.clickAndWait(browser, id("propose"));
        type("username", "applicant1");
        type("password", "demo");
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("#login-form button[type=submit]")));
        assertThat(browser.getCurrentUrl()).endsWith("/mypage/groups/1/proposals/new?call=" + call);
        Accessibility.assertNoSeriousViolations(browser);

        FiscalYear year = FiscalYear.current(clock);
        type("title", "ブラウザの提案");
        for (String t : new String[] {"problem", "purpose", "content", "expectedEffect", "whyCollaboration"}) {
            type(t, "ブラウザで入力した" + t);
        }
        type("targets-0-description", "居場所の開設");
        type("targets-0-targetValue", "年40回");
        type("cityRoles-0", "会場の提供");
        type("groupRoles-0", "運営");
        new Select(id("collaborationForm")).selectByVisibleText("事業協力・協定");
        browser.findElement(By.xpath("//label[text()='子育て支援課']")).click();
        date("periodFrom", year.firstDay().plusMonths(8).toString());
        date("periodTo", year.lastDay().toString());
        waitForText("periodTo-wareki", "令和");
        new Select(id("projectYear")).selectByIndex(1);
        type("budget-incomeOwnFunds", "50000");
        type("budget-incomeCityShare", "400000");
        type("budget-incomeOther", "0");
        new Select(id("budget-expenses-0-category")).selectByVisibleText("消耗品費");
        type("budget-expenses-0-description", "食材");
        type("budget-expenses-0-amount", "300000");
        Browser.clickAndWait(browser, browser.findElement(By.xpath("//button[text()='支出の行を追加']")));
        assertThat(id("budget-incomeCityShare").getAttribute("value")).as("the round trip keeps the input").isEqualTo("400000");
        new Select(id("budget-expenses-1-category")).selectByVisibleText("謝金");
        type("budget-expenses-1-description", "講師");
        type("budget-expenses-1-amount", "200000");
        waitForText("expense-total", "500,000円");
        assertThat(id("income-total").getText()).isEqualTo("450,000円");
        assertThat(id("difference").getText()).isEqualTo("-50,000円");
        assertThat(id("max-city-share").getText()).contains("450,000円", "90%");

        Browser.clickAndWait(browser, browser.findElement(By.xpath("//button[text()='下書き保存']")));
        assertThat(browser.getCurrentUrl()).contains("/edit?saved");
        long proposalId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/proposals/(\\d+)/edit.*", "$1"));
        Path pdf = Files.createTempFile("keikakusho", ".pdf");
        Files.write(pdf, Uploads.pdf());
        id("file").sendKeys(pdf.toAbsolutePath().toString());
        Browser.clickAndWait(browser, browser.findElement(By.xpath("//button[text()='添付する']")));
        assertThat(id("attachment-list").getText()).contains("keikakusho");
        Accessibility.assertNoSeriousViolations(browser);

        Browser.clickAndWait(browser, id("submit-proposal"));
        assertThat(id("error-summary").getText()).contains("一致しません");
        assertThat(id("err-budget-balance").getText()).contains("収入合計（450,000円）と支出合計（500,000円）が一致しません");
        assertThat(id("budget-incomeCityShare").getAttribute("value")).isEqualTo("400000");
        assertThat(id("title").getAttribute("value")).isEqualTo("ブラウザの提案");
        Accessibility.assertNoSeriousViolations(browser);

        type("budget-incomeCityShare", "450000");
        waitForText("difference", "0円");
        Browser.clickAndWait(browser, id("submit-proposal"));
        assertThat(browser.getCurrentUrl()).endsWith("/mypage/proposals/" + proposalId + "?submitted");
        assertThat(id("timeline").getText()).contains("受付", "済み", "要件審査", "現在の段階");
        assertThat(id("status").getText()).contains("要件審査中");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("keikakusho", "子育て支援課");
        Accessibility.assertNoSeriousViolations(browser);

        // the e-mail of the 受付, as the demo's mail page shows what was sent to the person
        open("/demo/mails");
        WebElement mail = browser.findElements(By.cssSelector("#mails > li")).stream()
                .filter(m -> m.getText().contains("「ブラウザの提案」の提出を受け付けました")).findFirst().orElseThrow();
        assertThat(mail.getText()).contains("提案を受け付けました", "applicant1@");

        Browser.clickAndWait(browser, browser.findElement(By.xpath("//button[text()='ログアウト']")));
        signIn("applicant2", "demo");
        open("/mypage/proposals/" + proposalId);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ページが見つかりません");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("ブラウザの提案");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void aCitizenOpensTheGroupApplicationAndIsToldWhatIsMissingAtEachField() {
        signIn("applicant3", "demo");
        Browser.clickAndWait(browser, browser.findElement(By.linkText("新しい団体の登録を申請する")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("市民活動団体の登録申請");
        Accessibility.assertNoSeriousViolations(browser);
        type("groupName", "ブラウザで申請する会");
        type("memberCount", "0");
        Browser.clickAndWait(browser, id("send-application"));
        assertThat(id("error-summary").getText()).contains("会員数：1以上で入力してください");
        assertThat(id("err-memberCount").getText()).contains("1以上で入力してください");
        assertThat(id("memberCount").getAttribute("aria-describedby")).isEqualTo("err-memberCount");
        assertThat(id("groupName").getAttribute("value")).isEqualTo("ブラウザで申請する会");
        Accessibility.assertNoSeriousViolations(browser);
    }
}
