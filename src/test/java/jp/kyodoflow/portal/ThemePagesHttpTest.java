package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.proposals.ProposalService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.MutableClock;
import jp.kyodoflow.support.PortalSession;
import jp.kyodoflow.themes.ThemeQuestions;
import jp.kyodoflow.themes.ThemeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The administration-proposed scheme's portal pages over real HTTP: the public list and page, 404 for a theme
 * not published, a group's question (stored, or refused after the cut-off with nothing stored), a proposal
 * through the form with the theme's department fixed, and the staff pages' isolation and publish refusals.
 */
@IntegrationTest
class ThemePagesHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired ThemeData data;
    @Autowired ThemeService themes;
    @Autowired ThemeQuestions questions;
    @Autowired ProposalService proposals;
    @Autowired Flow flow;
    @Autowired MutableClock clock;

    static final CurrentUser APPLICANT1 = new CurrentUser("applicant1", java.util.Set.of("applicant", "group-1"));

    PortalSession signedIn(String user) {
        PortalSession session = new PortalSession(rest, null);
        assertThat(session.login(user, "demo").getHeaders().getLocation().getPath()).isEqualTo("/mypage");
        return session;
    }

    static MultiValueMap<String, String> question(String text) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("question", text);
        return f;
    }

    @Test
    void anyoneReadsThePublishedThemesByYearAndATheme() {
        var t = data.published("放課後の居場所づくり（公開の試験）");
        PortalSession visitor = new PortalSession(rest, null);
        ResponseEntity<String> list = visitor.get("/themes");
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).contains("行政提案型協働事業のテーマ", t.fiscalYearLabel() + "のテーマ", t.title(),
                "子育て支援課", "600,000円", "10/10", "受付中", "締切は", "時").doesNotContain("PUBLISHED", "dept-kosodate");
        assertThat(visitor.get("/").getBody()).contains("受付中のテーマ", t.title(), "href=\"/themes/" + t.id() + "\"");

        ResponseEntity<String> page = visitor.get("/themes/" + t.id());
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(ThemeData.PROBLEM, "地域の見守りのある居場所が週3日開く", "事業協力・協定",
                "事業費の 10/10（上限 600,000円）", "任意です", "質問の受付期限", "市役所 301会議室", "まだ公開された回答はありません",
                "href=\"/mypage/proposals/new?call=" + t.current().proposalRoundId() + "\"", "このテーマに提案する")
                .doesNotContain("id=\"ask-form\"", "COOPERATION_AGREEMENT");
    }

    @Test
    void aWithdrawnThemeSaysSoWithItsReasonAndTakesNoProposalsOrQuestions() {
        var t = data.withdrawn("取り下げたテーマ（公開の試験）", "庁内の事業で対応することになったため");
        assertThat(t.status()).isEqualTo("WITHDRAWN");
        PortalSession member = signedIn("applicant1");
        String page = member.get("/themes/" + t.id()).getBody();
        assertThat(page).contains("取り下げ", "取り下げの理由：庁内の事業で対応することになったため")
                .doesNotContain("id=\"propose\"", "id=\"ask-form\"");
        assertThat(member.get("/themes").getBody()).contains("取り下げたテーマ（公開の試験）");
        assertThat(member.get("/").getBody()).as("not among the open themes").doesNotContain("取り下げたテーマ（公開の試験）");
    }

    @Test
    void aThemeNotPublishedIsNotFoundForVisitorsAndGroups() {
        long draft = data.draft("公開前のテーマ（404の試験）");
        for (PortalSession who : new PortalSession[] {new PortalSession(rest, null), signedIn("applicant1")}) {
            ResponseEntity<String> page = who.get("/themes/" + draft);
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(page.getBody()).contains("ページが見つかりません").doesNotContain("公開前のテーマ");
            assertThat(who.get("/themes").getBody()).doesNotContain("公開前のテーマ");
        }
    }

    @Test
    void aGroupMembersQuestionIsStoredAndShownAsWaitingForItsAnswer() {
        var t = data.published("質問を受け付けるテーマ");
        PortalSession member = signedIn("applicant1");
        assertThat(member.get("/themes/" + t.id()).getBody()).contains("id=\"ask-form\"", "質問する",
                "action=\"/mypage/themes/" + t.id() + "/questions\"");

        ResponseEntity<String> blank = member.post("/mypage/themes/" + t.id() + "/questions", question("  "), true);
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(blank.getBody()).contains("質問の内容を入力してください", "id=\"err-question\"", "aria-invalid=\"true\"");
        assertThat(questions.askedBy(APPLICANT1, 1, t.id())).isEmpty();

        ResponseEntity<String> forged = member.post("/mypage/themes/" + t.id() + "/questions?groupId=2", question("他団体として"), true);
        assertThat(forged.getStatusCode()).as("another group's name is refused").isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> sent = member.post("/mypage/themes/" + t.id() + "/questions", question("会場は市が用意しますか"), true);
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(sent.getHeaders().getLocation().toString()).contains("/themes/" + t.id() + "?asked");
        assertThat(questions.askedBy(APPLICANT1, 1, t.id())).singleElement()
                .satisfies(q -> assertThat(q.question()).isEqualTo("会場は市が用意しますか"));
        assertThat(questions.askedBy(new CurrentUser("applicant2", java.util.Set.of("group-2")), 2, t.id())).isEmpty();
        ResponseEntity<String> after = member.get(sent.getHeaders().getLocation().getPath() + "?asked");
        assertThat(after.getBody()).contains("質問を送信しました", "あなたの団体の質問", "会場は市が用意しますか", "回答待ち");
        assertThat(new PortalSession(rest, null).get("/themes/" + t.id()).getBody()).as("not public before its answer")
                .doesNotContain("会場は市が用意しますか");
    }

    @Test
    void aQuestionAfterTheCutOffIsRefusedWithTheTimeAndNothingIsStored() {
        var t = data.published("質問の締切を過ぎたテーマ");
        PortalSession member = signedIn("applicant1");
        member.get("/themes/" + t.id());
        clock.setTo(t.current().questionsCloseAt().toInstant().plus(Duration.ofMinutes(1)));
        assertThat(member.get("/themes/" + t.id()).getBody()).as("no form after the cut-off").doesNotContain("id=\"ask-form\"");

        ResponseEntity<String> late = member.post("/mypage/themes/" + t.id() + "/questions", question("締切後の質問"), true);
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(late.getBody()).contains("質問の受付期間外です", JapaneseFormat.dayTime(t.current().questionsCloseAt()),
                "締切後の質問", "id=\"err-question\"");
        assertThat(questions.askedBy(APPLICANT1, 1, t.id())).isEmpty();
    }

    @Test
    void aProposalToAThemeTakesTheThemesDepartmentAndFormWithoutChoosingThem() {
        var t = data.published("提案フォームの試験のテーマ");
        long round = t.current().proposalRoundId();
        PortalSession member = signedIn("applicant1");
        ResponseEntity<String> form = member.get("/mypage/groups/1/proposals/new?call=" + round);
        assertThat(form.getBody()).contains("このテーマで決まっていること", "子育て支援課", "事業協力・協定",
                "市の負担額の上限は 600,000円、事業費の 10/10 までです").doesNotContain("id=\"collaborationForm\"", "name=\"departments\"");
        MultiValueMap<String, String> f = ProposalCalls.form(clock, "テーマへの提案（HTTP）", "450000");
        f.remove("collaborationForm");
        f.remove("departments");
        f.add("action", "submit");
        ResponseEntity<String> sent = member.post("/mypage/groups/1/proposals?call=" + round, f, true);
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        long id = Long.parseLong(sent.getHeaders().getLocation().getPath().replaceAll("\\D+", ""));
        var stored = proposals.get(flow.user("coord1"), id);
        assertThat(stored.content().departments()).containsExactly("dept-kosodate");
        assertThat(stored.content().collaborationForm()).isEqualTo("COOPERATION_AGREEMENT");
        assertThat(member.get("/mypage/groups/1").getBody()).contains("テーマへの提案（HTTP）", "テーマ「提案フォームの試験のテーマ」");
    }

    @Test
    void staffReadOnlyTheThemesTheirDepartmentMayReadAndGroupsNone() {
        long draft = data.draft("子育て支援課の作成中テーマ");
        PortalSession kosodate = signedIn("kosodate1");
        assertThat(kosodate.get("/staff/themes").getBody()).contains("子育て支援課の作成中テーマ", "協働推進担当の確認中")
                .doesNotContain("id=\"publish-form\"");
        assertThat(kosodate.get("/staff/themes/" + draft).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(kosodate.get("/staff").getBody()).contains("href=\"/staff/themes\"");

        PortalSession bosai = signedIn("bosai1");
        assertThat(bosai.get("/staff/themes").getBody()).doesNotContain("子育て支援課の作成中テーマ");
        ResponseEntity<String> foreign = bosai.get("/staff/themes/" + draft);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody()).contains("ページが見つかりません").doesNotContain("子育て支援課の作成中テーマ");
        assertThat(signedIn("applicant1").get("/staff/themes").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theStaffThemePageShowsThePublicationsProposalsAndTheUnansweredQuestion() {
        var t = data.published("職員ページの試験のテーマ");
        questions.ask(APPLICANT1, t.id(), new jp.kyodoflow.themes.ThemeInputs.QuestionInput(1L, "保険は必要ですか"));
        PortalSession member = signedIn("applicant1");
        member.get("/mypage/groups/1/proposals/new?call=" + t.current().proposalRoundId());
        MultiValueMap<String, String> f = ProposalCalls.form(clock, "職員ページに載る提案", "450000");
        f.add("action", "submit");
        long id = Long.parseLong(member.post("/mypage/groups/1/proposals?call=" + t.current().proposalRoundId(), f, true)
                .getHeaders().getLocation().getPath().replaceAll("\\D+", ""));

        String page = signedIn("kosodate1").get("/staff/themes/" + t.id()).getBody();
        assertThat(page).contains("職員ページに載る提案", "佐久こども食堂ネットワーク", "450,000円",
                "href=\"/staff/cases/PROPOSAL/" + id + "/history\"", "保険は必要ですか", "未回答", "未回答の質問が1件あります");
        String other = signedIn("bosai1").get("/staff/themes/" + t.id()).getBody();
        assertThat(other).as("published: readable, but not its proposals and questions").contains("職員ページの試験のテーマ")
                .doesNotContain("職員ページに載る提案", "保険は必要ですか");
    }

    MultiValueMap<String, String> publishForm(long themeId, LocalDateTime opens, LocalDateTime closes) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("themeIds", String.valueOf(themeId));
        f.add("title", "ポータルから公募する試験");
        f.add("opensAt", opens.toString());
        f.add("closesAt", closes.toString());
        f.add("questionsCloseAt", closes.minusHours(2).toString());
        f.add("reviewConfigId", String.valueOf(data.config()));
        f.add("members", "committee1");
        f.add("members", "committee2");
        f.add("chair", "committee2");
        f.add("reviewScope", "THEME");
        return f;
    }

    @Test
    void theCoordinatorsPublishFormListsRefusalsKeepsTheInputAndPublishesNothingUntilRight() {
        long id = data.approved("ポータルで公募するテーマ");
        PortalSession coord = signedIn("coord1");
        assertThat(coord.get("/staff/themes").getBody()).contains("id=\"publish-form\"", "ポータルで公募するテーマ",
                "name=\"members\" value=\"committee1\"", "name=\"reviewScope\"");
        LocalDateTime now = LocalDateTime.now(clock);

        MultiValueMap<String, String> none = publishForm(id, now, now.plusDays(5));
        none.remove("themeIds");
        none.remove("members");
        ResponseEntity<String> empty = coord.post("/staff/themes/publish", none, true);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(empty.getBody()).contains("id=\"error-summary\"", "公募するテーマを選んでください", "審査委員を1人以上選んでください");

        ResponseEntity<String> past = coord.post("/staff/themes/publish", publishForm(id, now.minusDays(5), now.minusDays(1)), true);
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(past.getBody()).contains("公募できません", "が過ぎています", "value=\"ポータルから公募する試験\"");
        MultiValueMap<String, String> stranger = publishForm(id, now, now.plusDays(5));
        stranger.set("members", "applicant1");
        assertThat(coord.post("/staff/themes/publish", stranger, true).getBody()).contains("審査委員会の委員ではない人が選ばれています");
        assertThat(signedIn("kosodate1").post("/staff/themes/publish", publishForm(id, now, now.plusDays(5)), true)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(themes.get(flow.user("coord1"), id).status()).as("nothing published").isEqualTo("APPROVED");

        ResponseEntity<String> ok = coord.post("/staff/themes/publish", publishForm(id, now.minusMinutes(5), now.plusDays(5)), true);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(ok.getHeaders().getLocation().toString()).contains("/staff/themes?published=");
        var published = themes.get(flow.user("coord1"), id);
        assertThat(published.status()).isEqualTo("PUBLISHED");
        assertThat(published.current().callTitle()).isEqualTo("ポータルから公募する試験");
        assertThat(new PortalSession(rest, null).get("/themes/" + id).getBody()).contains("受付中");
    }
}
