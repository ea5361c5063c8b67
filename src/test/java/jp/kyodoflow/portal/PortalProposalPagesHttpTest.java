package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.proposals.ProposalService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.PortalSession;
import jp.kyodoflow.support.ReviewFlow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The group's proposal pages over real HTTP: the call page, the draft form and its refusals, the proposal page, isolation. */
@IntegrationTest
class PortalProposalPagesHttpTest {

    static final CurrentUser APPLICANT1 = new CurrentUser("applicant1", java.util.Set.of("applicant", "group-1"));

    @Autowired TestRestTemplate rest;
    @Autowired ProposalRoundService calls;
    @Autowired ProposalService proposals;
    @Autowired ReviewFlow review;
    @Autowired Clock clock;

    @Test
    void theCallPageShowsItsRulesWithoutSigningInAndLeadsThroughTheLoginToTheForm() {
        long call = ProposalCalls.open(calls, review, clock, "ポータル提案テストの募集A");
        PortalSession visitor = new PortalSession(rest, null);
        ResponseEntity<String> page = visitor.get("/calls/" + call);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("ポータル提案テストの募集A", "締切は", "時", "事前相談", "必要ありません", "1年目 90%",
                "500,000円", "1団体につき提案は1件まで", "この募集に提案する");
        assertThat(visitor.get("/").getBody()).contains("/calls/" + call);
        ResponseEntity<String> propose = visitor.get("/mypage/proposals/new?call=" + call);
        assertThat(propose.getHeaders().getLocation().getPath()).isEqualTo("/login");

        PortalSession member = signedIn("applicant1");
        assertThat(member.get("/mypage/proposals/new?call=" + call).getHeaders().getLocation().toString())
                .endsWith("/mypage/groups/1/proposals/new?call=" + call);
        ResponseEntity<String> form = member.get("/mypage/groups/1/proposals/new?call=" + call);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("提案書の作成", "事業協力・協定", "子育て支援課", "1年目（市の負担割合 90%）", "消耗品費",
                "下書き保存", "提出", "10MB", "PDF", "市の役割1を削除", "団体の役割1を削除")
                .doesNotContain(">COOPERATION_AGREEMENT<", ">dept-kosodate<", "??", "2,02"); // no missing message, no "2,026年度"
        assertThat(visitor.get("/calls/" + call).getBody()).doesNotContain("??", "2,02");
    }

    @Test
    void aBudgetThatDoesNotBalanceIsShownAtItsFieldWithTheInputKeptAndNothingStored() {
        long call = ProposalCalls.open(calls, review, clock, "ポータル提案テストの募集B");
        PortalSession member = signedIn("applicant1");
        member.get("/mypage/groups/1/proposals/new?call=" + call);
        MultiValueMap<String, String> form = ProposalCalls.form(clock, "釣り合わない提案", "400000");
        form.add("action", "submit");
        ResponseEntity<String> refused = member.post("/mypage/groups/1/proposals?call=" + call, form, true);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getBody()).contains("入力内容を確認してください", "収入合計（450,000円）と支出合計（500,000円）が一致しません",
                "id=\"err-budget-balance\"", "href=\"#area-budget-balance\"", "value=\"釣り合わない提案\"", "value=\"400000\"",
                "-50,000円");
        assertThat(proposals.list(APPLICANT1, call, null, jp.kyodoflow.common.Paging.first(200)).rows()).isEmpty();

        MultiValueMap<String, String> letters = ProposalCalls.form(clock, "文字入りの提案", "450000");
        letters.set("budget.expenses[1].amount", "20万");
        letters.set("periodTo", "2026-13-40");
        letters.add("action", "save");
        ResponseEntity<String> bad = member.post("/mypage/groups/1/proposals?call=" + call, letters, true);
        assertThat(bad.getBody()).contains("支出2の金額は半角数字で入力してください", "事業期間の終了日を正しい日付で入力してください",
                "value=\"20万\"", "aria-describedby=\"err-budget-expenses-1-amount\"", "aria-invalid=\"true\"");
    }

    @Test
    void aGroupDraftsComesBackAndSubmitsAndSeesTheTimeline() {
        long call = ProposalCalls.open(calls, review, clock, "ポータル提案テストの募集C");
        PortalSession member = signedIn("applicant1");
        member.get("/mypage/groups/1/proposals/new?call=" + call);
        MultiValueMap<String, String> form = ProposalCalls.form(clock, "下書きから提出", "450000");
        form.add("action", "save");
        ResponseEntity<String> saved = member.post("/mypage/groups/1/proposals?call=" + call, form, true);
        String edit = saved.getHeaders().getLocation().getPath();
        assertThat(edit).matches("/mypage/proposals/\\d+/edit");
        long id = Long.parseLong(edit.split("/")[3]);
        ResponseEntity<String> again = member.get(edit);
        assertThat(again.getBody()).contains("value=\"下書きから提出\"", "500,000円", "450,000円（支出合計の90%、上限 500,000円）",
                "name=\"version\"");
        assertThat(member.get("/mypage/groups/1").getBody()).contains("下書きから提出", "/mypage/proposals/" + id);

        MultiValueMap<String, String> stale = ProposalCalls.form(clock, "下書きから提出", "450000");
        stale.add("version", "99");
        stale.add("action", "save");
        assertThat(member.post(edit, stale, true).getBody()).contains("先に保存されています", "value=\"下書きから提出\"");

        member.get(edit);
        MultiValueMap<String, String> submit = ProposalCalls.form(clock, "下書きから提出", "450000");
        submit.add("version", String.valueOf(proposals.get(APPLICANT1, id).version()));
        submit.add("action", "submit");
        ResponseEntity<String> submitted = member.post(edit, submit, true);
        assertThat(submitted.getHeaders().getLocation().toString()).endsWith("/mypage/proposals/" + id + "?submitted");
        ResponseEntity<String> page = member.get("/mypage/proposals/" + id + "?submitted");
        assertThat(page.getBody()).contains("提案を提出しました", "受付", "済み", "要件審査", "現在の段階", "要件審査中",
                "子育て支援課", "事業協力・協定", "令和", "作成", "提出")
                .doesNotContain(">DRAFTED<", ">SUBMITTED<", ">PASSED<"); // the history in words, not codes
        assertThat(proposals.get(APPLICANT1, id).status()).isEqualTo("SUBMITTED");
    }

    @Test
    void anotherGroupGetsNotFoundForGroupOnesProposalByAddressAndByPost() {
        long call = ProposalCalls.open(calls, review, clock, "ポータル提案テストの募集D");
        PortalSession owner = signedIn("applicant1");
        owner.get("/mypage/groups/1/proposals/new?call=" + call);
        MultiValueMap<String, String> form = ProposalCalls.form(clock, "よその団体には見えない提案", "450000");
        form.add("action", "save");
        long id = Long.parseLong(owner.post("/mypage/groups/1/proposals?call=" + call, form, true)
                .getHeaders().getLocation().getPath().split("/")[3]);

        PortalSession other = signedIn("applicant2");
        other.get("/mypage/groups/2");
        for (String path : new String[] {"/mypage/proposals/" + id, "/mypage/proposals/" + id + "/edit",
                "/mypage/groups/1/proposals/new?call=" + call}) {
            ResponseEntity<String> page = other.get(path);
            assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(page.getBody()).contains("ページが見つかりません").doesNotContain("よその団体には見えない提案");
        }
        other.get("/mypage/groups/2");
        MultiValueMap<String, String> overwrite = ProposalCalls.form(clock, "書き換え", "450000");
        overwrite.add("action", "submit");
        for (String path : new String[] {"/mypage/proposals/" + id + "/edit", "/mypage/proposals/" + id + "/resubmit",
                "/mypage/proposals/" + id + "/revise", "/mypage/groups/1/proposals?call=" + call}) {
            assertThat(other.post(path, overwrite, true).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(proposals.get(APPLICANT1, id).content().title()).isEqualTo("よその団体には見えない提案");
        assertThat(proposals.get(APPLICANT1, id).status()).isEqualTo("DRAFT");
    }

    @Test
    void rowButtonsAddAndRemoveRowsWithoutSaving() {
        long call = ProposalCalls.open(calls, review, clock, "ポータル提案テストの募集E");
        PortalSession member = signedIn("applicant1");
        member.get("/mypage/groups/1/proposals/new?call=" + call);
        MultiValueMap<String, String> form = ProposalCalls.form(clock, "行の追加", "450000");
        form.add("action", "add-expense");
        ResponseEntity<String> added = member.post("/mypage/groups/1/proposals?call=" + call, form, true);
        assertThat(added.getBody()).contains("id=\"budget-expenses-2-amount\"", "支出3を削除", "value=\"行の追加\"");
        form.set("action", "remove-expense-0");
        ResponseEntity<String> removed = member.post("/mypage/groups/1/proposals?call=" + call, form, true);
        assertThat(removed.getBody()).doesNotContain("id=\"budget-expenses-1-amount\"").contains("value=\"200000\"");
        assertThat(proposals.list(APPLICANT1, call, null, jp.kyodoflow.common.Paging.first(200)).rows()).isEmpty();
    }

    private PortalSession signedIn(String user) {
        PortalSession session = new PortalSession(rest, null);
        session.login(user, "demo");
        return session;
    }

    @SuppressWarnings("unused")
    private static MultiValueMap<String, String> of(Map<String, String> values) {
        MultiValueMap<String, String> m = new LinkedMultiValueMap<>();
        values.forEach(m::add);
        return m;
    }
}
