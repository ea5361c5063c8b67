package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.support.Browser;
import jp.kyodoflow.support.BrowserTest;
import jp.kyodoflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A group member in a real Chromium finds a theme on /themes, reads it, asks a question, and proposes to it
 * through the proposal form (department and form of collaboration fixed by the theme); axe-core on every
 * page. Its own loopback address 127.0.0.16 (the login throttle counts per source).
 */
@IntegrationTest
class ThemePortalBrowserTest extends BrowserTest {

    @Override
    protected String host() {
        return "127.0.0.16";
    }

    @Autowired ThemeData data;
    @Autowired Clock clock;

    @BeforeEach
    void signedOut() {
        open("/");
        browser.manage().deleteAllCookies();
    }

    @Test
    void aGroupMemberFindsAThemeAsksAQuestionAndProposesToIt() {
        var theme = data.published("ブラウザで提案するテーマ");
        open("/themes");
        checked();
        Browser.clickAndWait(browser, browser.findElement(By.linkText("ブラウザで提案するテーマ")));
        assertThat(id("theme-facts").getText()).contains(ThemeData.PROBLEM, "600,000円", "10/10", "子育て支援課", "任意です");
        assertThat(id("theme-call").getText()).contains("締切は", "市役所 301会議室");
        checked();

        signIn("applicant1", "demo");
        open("/themes/" + theme.id());
        checked();
        type("question", "活動の保険は市で用意しますか");
        Browser.clickAndWait(browser, id("send-question"));
        assertThat(id("asked").getText()).contains("質問を送信しました");
        assertThat(browser.findElement(By.cssSelector(".own-questions")).getText())
                .contains("活動の保険は市で用意しますか", "回答待ち");
        checked();

        Browser.clickAndWait(browser, id("propose"));
        assertThat(browser.getCurrentUrl()).endsWith("/mypage/groups/1/proposals/new?call=" + theme.current().proposalRoundId());
        assertThat(id("theme-fixed").getText()).contains("ブラウザで提案するテーマ", "事業協力・協定", "子育て支援課", "600,000円");
        assertThat(browser.findElements(By.id("collaborationForm"))).as("fixed, not a choice").isEmpty();
        checked();
        fillProposal();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> id("difference").getText().equals("0円"));
        assertThat(id("max-city-share").getText()).contains("500,000円", "100%", "上限 600,000円");
        Browser.clickAndWait(browser, id("submit-proposal"));
        assertThat(browser.getCurrentUrl()).contains("/mypage/proposals/").endsWith("?submitted");
        assertThat(id("timeline").getText()).contains("受付", "済み", "要件審査");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("子育て支援課");
        checked();

        open("/mypage/groups/1");
        assertThat(id("proposals").getText()).contains("ブラウザのテーマ提案", "テーマ「ブラウザで提案するテーマ」");
        checked();
    }

    @Test
    void theCoordinatorIsRefusedThenPublishesAThemeFromTheStaffPages() {
        long id = data.approved("ブラウザで公募するテーマ");
        signIn("coord1", "demo");
        open("/staff");
        Browser.clickAndWait(browser, id("staff-themes-link"));
        checked();
        WebElement box = browser.findElement(By.cssSelector("input[name=themeIds][value='" + id + "']"));
        box.click();
        type("title", "ブラウザからの公募");
        Browser.clickAndWait(browser, id("publish-submit"));
        assertThat(id("error-summary").getText()).contains("審査の設定を選んでください", "審査委員を1人以上選んでください");
        assertThat(id("title").getAttribute("value")).isEqualTo("ブラウザからの公募");
        checked();

        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock).withSecond(0).withNano(0);
        date("opensAt", now.minusMinutes(5).toString());
        date("closesAt", now.plusDays(5).toString());
        date("questionsCloseAt", now.plusDays(3).toString());
        new Select(id("reviewConfigId")).selectByIndex(1);
        browser.findElement(By.cssSelector("input[name=members][value=committee1]")).click();
        Browser.clickAndWait(browser, id("publish-submit"));
        assertThat(browser.getCurrentUrl()).contains("/staff/themes?published=");
        Browser.clickAndWait(browser, browser.findElement(By.linkText("ブラウザで公募するテーマ")));
        assertThat(id("theme-status").getText()).isEqualTo("公募中・審査中");
        assertThat(browser.findElement(By.cssSelector(".publication")).getText()).contains("ブラウザからの公募", "未決定");
        checked();
    }

    private void fillProposal() {
        FiscalYear year = FiscalYear.current(clock);
        type("title", "ブラウザのテーマ提案");
        for (String t : new String[] {"problem", "purpose", "content", "expectedEffect", "whyCollaboration"}) {
            type(t, "ブラウザで入力した" + t);
        }
        type("targets-0-description", "居場所の開設");
        type("targets-0-targetValue", "週3日");
        type("cityRoles-0", "会場の提供");
        type("groupRoles-0", "運営");
        date("periodFrom", year.lastDay().minusMonths(3).toString());
        date("periodTo", year.lastDay().toString());
        new Select(id("projectYear")).selectByIndex(1);
        type("budget-incomeOwnFunds", "50000");
        type("budget-incomeCityShare", "450000");
        type("budget-incomeOther", "0");
        new Select(id("budget-expenses-0-category")).selectByVisibleText("消耗品費");
        type("budget-expenses-0-description", "教材");
        type("budget-expenses-0-amount", "500000");
    }
}
