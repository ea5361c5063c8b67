package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kyodoflow.support.HearingRounds;
import jp.kyodoflow.support.HearingRounds.Hearing;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.PortalSession;
import jp.kyodoflow.support.ReviewFlow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The hearing console and the secretariat's paper entry over real HTTP: every page, every refusal (a
 * non-member, another round's member, a recused proposal, a forged criterion or score, a stale task), and
 * what is stored (nothing after a refusal).
 */
@IntegrationTest
class HearingConsoleHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired HearingRounds hearings;
    @Autowired ReviewFlow review;
    @Autowired JdbcTemplate jdbc;

    static final List<String> TITLES = List.of("提案イ 子ども食堂の拡充", "提案ロ 防災マップ", "提案ハ 川辺の清掃");

    PortalSession signIn(String user) {
        PortalSession s = new PortalSession(rest, "203.0.113.121");
        assertThat(s.login(user, "demo").getStatusCode()).isEqualTo(HttpStatus.FOUND);
        return s;
    }

    static MultiValueMap<String, String> form(String... keyValues) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            f.add(keyValues[i], keyValues[i + 1]);
        }
        return f;
    }

    long scores(long roundId, String member) {
        return jdbc.queryForObject("select count(*) from review_score where round_id = ? and user_id = ?", Long.class, roundId, member);
    }

    String proposalPage(Hearing h, int i) {
        return "/hearing/rounds/" + h.roundId() + "/proposals/" + h.proposalIds().get(i);
    }

    @Test
    void aMemberScoresOneProposalAtATimeAndSubmitsTheSheet() {
        Hearing h = hearings.start("採点画面テスト1", List.of("hc1-a", "hc1-b"), TITLES, null);
        PortalSession a = signIn("hc1-a");

        assertThat(a.get("/hearing").getBody()).contains("審査会の採点", "テスト審査会", "公開プレゼンテーションの採点",
                "2027年2月14日", "13時30分から", "佐久市役所 大会議室", "採点済み 0件／採点する提案 3件");
        String hearing = a.get("/hearing/rounds/" + h.roundId()).getBody();
        // the hearing's order: the proposals in reverse, slots of 15 minutes from 13:30
        assertThat(hearing).contains("1番 13:30〜", "2番 13:45〜", "3番 14:00〜", "佐久こども食堂ネットワーク", "未採点")
                .doesNotContain(">TODO<", "HEARING", "DOCUMENT");
        assertThat(hearing.indexOf(TITLES.get(2))).isLessThan(hearing.indexOf(TITLES.get(1)));
        assertThat(hearing.indexOf(TITLES.get(1))).isLessThan(hearing.indexOf(TITLES.get(0)));

        String page = a.get(proposalPage(h, 2)).getBody();
        assertThat(page).contains("公益性", "1〜5点・重み ×2", "実現可能性", "1〜5点・重み ×1", "name=\"score.public\"",
                "id=\"running-total\"", "点／15点", "次の提案：" + TITLES.get(1)).doesNotContain("前の提案");

        // saved: the next proposal in order of appearance opens; the total is the weighted one (2×4 + 1×3)
        ResponseEntity<String> saved = a.post(proposalPage(h, 2), form("score.public", "4", "score.feasible", "3",
                "comment", "地域の実情に合っている"), true);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(saved.getHeaders().getLocation().getPath()).isEqualTo(proposalPage(h, 1));
        String back = a.get(proposalPage(h, 2)).getBody();
        assertThat(back).contains(">11</output>", "地域の実情に合っている").containsPattern("value=\"4\"\\s+checked");
        assertThat(a.get("/hearing/rounds/" + h.roundId()).getBody()).contains("採点済み", "合計 11点／15点");
        assertThat(scores(h.roundId(), "hc1-a")).isZero(); // a draft on the member's task, not yet a submission
        // the draft is the sheet Tasklist's form shows: the same rows, this proposal's scores filled in
        assertThat(review.sheet(review.task(h.round(), "Task_ScoreAtHearing", "hc1-a"), "scoreSheet"))
                .filteredOn(r -> ((Number) r.get("proposalId")).longValue() == h.proposalIds().get(2))
                .extracting(r -> r.get("criterionCode") + "|" + r.get("range") + "|" + r.get("score"))
                .containsExactlyInAnyOrder("public|1〜5点（重み×2）|4", "feasible|1〜5点|3");

        // the sheet with two proposals missing: refused by title and criterion, the task stays open
        a.get("/hearing/rounds/" + h.roundId());
        ResponseEntity<String> early = a.post("/hearing/rounds/" + h.roundId() + "/submit", form(), true);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(early.getBody()).contains("「" + TITLES.get(0) + "／公益性」", "「" + TITLES.get(1) + "／実現可能性」")
                .doesNotContain("「" + h.proposalIds().get(0) + "／");
        assertThat(review.task(h.round(), "Task_ScoreAtHearing", "hc1-a")).isNotNull();
        assertThat(scores(h.roundId(), "hc1-a")).isZero();

        for (int i : new int[] {1, 0}) {
            a.get(proposalPage(h, i));
            assertThat(a.post(proposalPage(h, i), form("score.public", "5", "score.feasible", "5"), true).getStatusCode())
                    .isEqualTo(HttpStatus.FOUND);
        }
        a.get("/hearing/rounds/" + h.roundId());
        ResponseEntity<String> submitted = a.post("/hearing/rounds/" + h.roundId() + "/submit", form(), true);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(a.get(submitted.getHeaders().getLocation().getPath() + "?submitted").getBody())
                .contains("採点票を提出しました", "提出済み");
        assertThat(scores(h.roundId(), "hc1-a")).isEqualTo(6);
        assertThat(jdbc.queryForObject("select score from review_score where round_id = ? and user_id = 'hc1-a'"
                + " and proposal_id = ? and criterion_code = 'public'", Integer.class, h.roundId(), h.proposalIds().get(2))).isEqualTo(4);
        assertThat(review.task(h.round(), "Task_ScoreAtHearing", "hc1-a")).isNull();
        // the member's comment stays with the sheet: an internal line of the round's history
        assertThat(jdbc.queryForObject("select reason from case_event where case_id = ? and actor = 'hc1-a'"
                + " and outcome = 'SUBMITTED' and internal", String.class, h.roundId())).contains("所見：", "地域の実情に合っている");

        // a stale page: the task is done, a save is refused and stores nothing
        ResponseEntity<String> stale = a.post(proposalPage(h, 0), form("score.public", "1", "score.feasible", "1"), true);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(stale.getBody()).contains("いま採点できる作業がありません");
        assertThat(a.get(proposalPage(h, 0)).getBody()).doesNotContain("name=\"score.public\"");
        assertThat(a.get("/hearing").getBody()).doesNotContain("採点画面テスト1").contains("いま採点できる審査会はありません");
    }

    @Test
    void aRecusedProposalShowsJosekiHasNoInputsAndAForgedPostIsRefused() {
        Hearing h = hearings.start("採点画面テスト2", List.of("hc2-a", "hc2-b"), TITLES, "hc2-b");
        PortalSession b = signIn("hc2-b");
        assertThat(b.get("/hearing/rounds/" + h.roundId()).getBody()).contains("除斥");
        String page = b.get(proposalPage(h, 0)).getBody();
        assertThat(page).contains("除斥", "利害関係があるため").doesNotContain("name=\"score.", "id=\"score-form\"");
        ResponseEntity<String> forged = b.post(proposalPage(h, 0), form("score.public", "5", "score.feasible", "5"), true);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(forged.getBody()).contains("「" + TITLES.get(0) + "」は除斥");
        assertThat(review.sheet(review.task(h.round(), "Task_ScoreAtHearing", "hc2-b"), "scoreSheet"))
                .noneMatch(r -> ((Number) r.get("proposalId")).longValue() == h.proposalIds().get(0));
        // the other two are enough for the sheet: the recused one is not asked for
        for (int i : new int[] {1, 2}) {
            b.get(proposalPage(h, i));
            b.post(proposalPage(h, i), form("score.public", "3", "score.feasible", "2"), true);
        }
        b.get("/hearing/rounds/" + h.roundId());
        assertThat(b.post("/hearing/rounds/" + h.roundId() + "/submit", form(), true).getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(scores(h.roundId(), "hc2-b")).isEqualTo(4);
    }

    @Test
    void aForgedCriterionOrAScoreOutOfRangeIsRefusedWithTheInputKept() {
        Hearing h = hearings.start("採点画面テスト3", List.of("hc3-a"), TITLES, null);
        PortalSession a = signIn("hc3-a");
        a.get(proposalPage(h, 1));
        ResponseEntity<String> out = a.post(proposalPage(h, 1), form("score.public", "9", "score.feasible", "2",
                "comment", "メモは残る"), true);
        assertThat(out.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(out.getBody()).contains("「" + TITLES.get(1) + "／公益性」は1〜5点で入力してください（入力：9）", "メモは残る",
                "aria-invalid=\"true\"", "aria-describedby=\"error-public\"").containsPattern("value=\"2\"\\s+checked");
        ResponseEntity<String> forged = a.post(proposalPage(h, 1), form("score.public", "3", "score.feasible", "2",
                "score.bonus", "5"), true);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(forged.getBody()).contains("「" + TITLES.get(1) + "／bonus」はこの審査会の採点項目ではありません");
        ResponseEntity<String> missing = a.post(proposalPage(h, 1), form("score.public", "3"), true);
        assertThat(missing.getBody()).contains("「" + TITLES.get(1) + "／実現可能性」の点数を選んでください");
        assertThat(review.sheet(review.task(h.round(), "Task_ScoreAtHearing", "hc3-a"), "scoreSheet"))
                .allMatch(r -> r.get("score") == null);
    }

    @Test
    void nonMembersAndOtherRoundsMembersFindNothing() {
        Hearing h = hearings.start("採点画面テスト4", List.of("hc4-a"), TITLES, null);
        Hearing other = hearings.start("採点画面テスト4b", List.of("hc4-z"), TITLES, null);
        PortalSession z = signIn("hc4-z");
        assertThat(z.get("/hearing/rounds/" + h.roundId()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> page = z.get(proposalPage(h, 0));
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("ページが見つかりません");
        z.get("/hearing/rounds/" + other.roundId());
        assertThat(z.post(proposalPage(h, 0), form("score.public", "5", "score.feasible", "5"), true).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(z.post("/hearing/rounds/" + h.roundId() + "/submit", form(), true).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // a proposal of another round under this round's address
        assertThat(z.get("/hearing/rounds/" + other.roundId() + "/proposals/" + h.proposalIds().get(0)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        PortalSession applicant = signIn("applicant1");
        assertThat(applicant.get("/hearing").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(applicant.get("/hearing/rounds/" + h.roundId()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        PortalSession coordinator = signIn("coord1");
        assertThat(coordinator.get("/hearing/rounds/" + h.roundId()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> anonymous = new PortalSession(rest, null).get("/hearing");
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(anonymous.getHeaders().getLocation().getPath()).isEqualTo("/login");
        assertThat(review.sheet(review.task(h.round(), "Task_ScoreAtHearing", "hc4-a"), "scoreSheet")).allMatch(r -> r.get("score") == null);
    }

    @Test
    void theSecretariatEntersAMembersPaperSheetRecordedAsEnteredByWhomForWhom() {
        Hearing h = hearings.start("代理入力テスト", List.of("hc5-a", "hc5-b"), TITLES, "hc5-b");
        String path = "/staff/rounds/" + h.roundId() + "/paper-sheets/hc5-b";

        PortalSession member = signIn("hc5-a");
        assertThat(member.get(path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        PortalSession approver = signIn("approver1");
        assertThat(approver.get(path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(approver.get("/staff").getBody()).doesNotContain(path);
        PortalSession coord = signIn("coord1");
        assertThat(coord.get("/staff").getBody()).contains("紙の採点票の代理入力", path); // the way there from 本日のページ
        assertThat(coord.get("/staff/rounds/" + h.roundId() + "/paper-sheets/committee1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        String page = coord.get(path).getBody();
        assertThat(page).contains("紙の採点票の代理入力", "hc5-b", "除斥（採点しません）", "score." + h.proposalIds().get(1) + ".public")
                .doesNotContain("score." + h.proposalIds().get(0) + ".");

        // missing and a recused proposal forged in: refused by title, nothing stored, the task stays open
        ResponseEntity<String> refused = coord.post(path, form("score." + h.proposalIds().get(1) + ".public", "4",
                "score." + h.proposalIds().get(0) + ".public", "5"), true);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).contains("「" + TITLES.get(1) + "／実現可能性」の点数を選んでください",
                "「" + TITLES.get(2) + "／公益性」の点数を選んでください", "この委員が採点する提案ではありません");
        assertThat(scores(h.roundId(), "hc5-b")).isZero();

        ResponseEntity<String> entered = coord.post(path, form(
                "score." + h.proposalIds().get(1) + ".public", "4", "score." + h.proposalIds().get(1) + ".feasible", "3",
                "score." + h.proposalIds().get(2) + ".public", "2", "score." + h.proposalIds().get(2) + ".feasible", "1",
                "note", "タブレット故障のため紙で採点"), true);
        assertThat(entered.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(jdbc.queryForList("select distinct entered_by from review_score where round_id = ? and user_id = 'hc5-b'",
                String.class, h.roundId())).containsExactly("coord1");
        assertThat(scores(h.roundId(), "hc5-b")).isEqualTo(4);
        assertThat(review.task(h.round(), "Task_ScoreAtHearing", "hc5-b")).isNull();
        assertThat(jdbc.queryForObject("select reason from case_event where case_id = ? and outcome = 'ENTERED'", String.class,
                h.roundId())).contains("coord1", "hc5-b");

        // the member's task is done: a second entry is refused
        ResponseEntity<String> again = coord.post(path, form("score." + h.proposalIds().get(1) + ".public", "1"), true);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(again.getBody()).contains("提出済み");
        assertThat(scores(h.roundId(), "hc5-b")).isEqualTo(4);
        // and the member's own console says the sheet is in
        assertThat(signIn("hc5-b").get("/hearing/rounds/" + h.roundId()).getBody()).contains("提出済み");
    }

    @Test
    void theDemoGivesCommitteeOneAHearingToScore() {
        PortalSession c = signIn("committee1");
        String rounds = c.get("/hearing").getBody();
        assertThat(rounds).contains("デモ審査会（公開プレゼンテーションの練習）", "公開プレゼンテーションの採点", "佐久市役所 大会議室");
    }
}
