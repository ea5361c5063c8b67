package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.support.Accessibility;
import jp.kyodoflow.support.BrowserTest;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProjectSteps;
import jp.kyodoflow.support.ReviewFlow;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The call page, the case histories and the group's agreement in a real Chromium, keyboard and mouse as the
 * users would, with axe-core on every page. The browser talks to 127.0.0.13, a loopback address of its own.
 */
@IntegrationTest
class PortalCasesBrowserTest extends BrowserTest {

    @Override
    protected String host() {
        return "127.0.0.13";
    }

    @Autowired ProjectSteps steps;
    @Autowired Flow flow;
    @Autowired ReviewFlow review;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;

    @BeforeEach
    void signedOut() {
        open("/");
        browser.manage().deleteAllCookies();
    }

    void signIn(String user) {
        signIn(user, "demo");
    }

    /** Waits for the page the last click led to (a form's answer is a new page) to show the element. */
    void waitFor(By element) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> !d.findElements(element).isEmpty());
    }

    String text() {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.tagName("body"))).getText();
    }

    @Test
    void theGroupSignsTheAgreementInThePortalAndReadsTheEarlierVersion() {
        FiscalYear year = FiscalYear.current(clock);
        var p = steps.raise("ブラウザで署名する協働事業");
        String pi = p.processInstanceId();
        steps.consider(pi, "YES");
        steps.chooseForm(pi, "COOPERATION_AGREEMENT");
        steps.selectPartner(pi, ProjectSteps.GROUP_1);
        steps.negotiate(pi, year, "子ども食堂の運営（第1版）");
        steps.signAsGroup(pi, "REQUEST_CHANGES");
        steps.signAsCity(pi, "SIGN");
        steps.negotiate(pi, year, "子ども食堂の運営（第2版）");

        signIn("applicant1");
        open("/mypage/groups/1");
        assertThat(text()).contains("事業と協定", "対応が必要なこと", "ブラウザで署名する協働事業");
        Accessibility.assertNoSeriousViolations(browser);
        browser.findElement(By.linkText("ブラウザで署名する協働事業")).click();
        assertThat(text()).contains("団体がすること", "協定の確認・署名（団体）", "第1版（1年目）", "第2版（1年目）");
        Accessibility.assertNoSeriousViolations(browser);

        browser.findElement(By.cssSelector("#project-tasks a[href$='/agreement']")).click();
        assertThat(text()).contains("協定書（第2版）", "子ども食堂の運営（第2版）", "協定への回答");
        Accessibility.assertNoSeriousViolations(browser);
        // nothing chosen: the page again with the reason, tied to the choice
        browser.findElement(By.id("comment")).sendKeys("確認しました");
        browser.findElement(By.cssSelector("#answer button[type=submit]")).click();
        waitFor(By.id("answer-error"));
        assertThat(text()).contains("署名するか、修正を求めるかを選んでください");
        assertThat(browser.findElement(By.id("comment")).getAttribute("value")).isEqualTo("確認しました");
        Accessibility.assertNoSeriousViolations(browser);
        // by keyboard: focus the choice, select it with the space bar, send
        browser.findElement(By.id("decision-sign")).sendKeys(" ");
        assertThat(browser.findElement(By.id("decision-sign")).isSelected()).isTrue();
        browser.findElement(By.cssSelector("#answer button[type=submit]")).click();
        waitFor(By.cssSelector("p.message.success"));
        assertThat(text()).contains("署名しました", "団体：署名").doesNotContain("協定への回答");
        assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_SignAgreementAsGroup").count())
                .as("the Tasklist task is completed").isZero();
        assertThat(new jp.kyodoflow.support.Api(rest, "applicant1").list("/api/tasks?processInstanceId=" + pi).getBody())
                .as("Tasklist's list of the group's tasks no longer shows it")
                .noneMatch(t -> pi.equals(t.get("processInstanceId")) && "Task_SignAgreementAsGroup".equals(t.get("taskKey")));

        browser.findElement(By.linkText("第1版（1年目）")).click();
        assertThat(text()).contains("これは以前の版です", "子ども食堂の運営（第1版）", "団体：修正を依頼").doesNotContain("協定への回答");
        Accessibility.assertNoSeriousViolations(browser);

        open("/mypage/cases/PROJECT/" + p.id() + "/history");
        assertThat(text()).contains("協定締結", "団体が署名（第2版）", "市の担当者");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void theCoordinatorOpensTheCallPageAndDownloadsAnExport() {
        CaseData.Call call = new CaseData(rest, review, flow, runtime).call("（ブラウザ）");
        signIn("coord1");
        open("/staff");
        assertThat(text()).contains("本日のページ", "あなたのタスク", "ポータル経過テスト募集（ブラウザ）");
        Accessibility.assertNoSeriousViolations(browser);
        browser.findElement(By.linkText("ポータル経過テスト募集（ブラウザ）")).click();
        assertThat(text()).contains("募集の決まり", "提案（3件）", call.titleA(), "危機管理課：未回答", "審査会：集計・順位（CSV）");
        Accessibility.assertNoSeriousViolations(browser);

        String href = browser.findElement(By.linkText("審査会：集計・順位（CSV）")).getAttribute("href");
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + r.headers.get('content-type')"
                        + " + ' ' + r.headers.get('content-disposition') + ' ' + t.substring(0, 8))));", href);
        assertThat(answer.toString()).startsWith("200 text/csv").contains("attachment", "round-", "順位");
        String list = browser.findElement(By.linkText("提案一覧（CSV）")).getAttribute("href");
        Object csv = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t)));", list);
        assertThat(csv.toString()).startsWith("200 ").contains(call.titleA(), call.titleB());

        browser.findElement(By.cssSelector("tr[data-proposal='" + call.proposalA() + "'] a")).click();
        assertThat(text()).contains("経過：" + call.titleA(), "内部記録（団体には表示されません）", "内部メモ");
        Accessibility.assertNoSeriousViolations(browser);
    }
}
