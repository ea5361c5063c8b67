package jp.kyodoflow.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.committee.ReviewQueries;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.projects.ProjectQueries;
import jp.kyodoflow.proposals.ProposalContent;
import jp.kyodoflow.proposals.ProposalInputs;
import jp.kyodoflow.proposals.ProposalService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.HearingRounds;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProposalFixtures;
import jp.kyodoflow.support.ReviewFlow;
import jp.kyodoflow.support.TestTime;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administration-proposed scheme through its services and models on the real engine and database: a
 * department's theme returned, revised and approved; published; two groups propose; the committee ranks;
 * the approver chooses the second with a reason; the partner's project starts at 協議 with the theme's
 * ceiling. And a theme nobody proposed to is published again and then found its partner.
 */
@IntegrationTest
class AdministrationSchemeFlowTest {

    @Autowired ThemeService themes;
    @Autowired ThemeCalls calls;
    @Autowired ThemeSelection selection;
    @Autowired ProposalService proposals;
    @Autowired ProjectQueries projects;
    @Autowired ReviewQueries reviews;
    @Autowired ReviewFlow review;
    @Autowired Flow flow;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired jp.kyodoflow.notices.NoticeService notices;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    final List<String> members = List.of("committee1", "committee2", "committee3");

    static Map<String, Object> themeForm(String title, long ceiling) {
        var year = TestTime.thisFiscalYear();
        Map<String, Object> v = new HashMap<>(ThemeService.formValues(new ThemeInputs.ThemeDraft(year.year(), title,
                "災害時に支援が必要な高齢者の把握が進んでいない", "地区ごとの見守り名簿と訓練の仕組みができる",
                "名簿づくりの説明会、訓練の企画・運営", ceiling, 100, year.lastDay().minusMonths(3), year.lastDay(),
                "COOPERATION_AGREEMENT", false)));
        return v;
    }

    long approvedTheme(String title, long ceiling) {
        var view = themes.draft(flow.user("kosodate1"), FormValues.JSON.convertValue(ThemeService.formValues(
                new ThemeInputs.ThemeDraft(TestTime.thisFiscalYear().year(), title, "課題", "成果", "事業内容", ceiling, 100,
                        TestTime.thisFiscalYear().lastDay().minusMonths(3), TestTime.thisFiscalYear().lastDay(),
                        "COOPERATION_AGREEMENT", false)), ThemeInputs.ThemeDraft.class));
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("TH-" + view.id()).singleResult().getId();
        flow.complete(pi, "Task_ReviewTheme", "coord1", Map.of("reviewDecision", "FORWARD"));
        flow.complete(pi, "Task_ApproveTheme", "approver1", Map.of("approvalDecision", "APPROVE"));
        return view.id();
    }

    ThemeCalls.CallView publish(List<Long> themeIds, OffsetDateTime closes, ReviewScope scope) {
        long config = review.config("行政提案型テスト " + System.nanoTime(), HearingRounds.RULES);
        List<RoundInputs.MemberInput> roster = new ArrayList<>();
        members.forEach(m -> roster.add(new RoundInputs.MemberInput(m, "委員", m.equals("committee1"))));
        OffsetDateTime now = ProposalFixtures.now();
        return calls.publish(flow.user("coord1"), new ThemeInputs.PublishCall(null, themeIds, now.minusHours(1), closes,
                closes.minusHours(1), null, now.plusDays(2), "市役所 301会議室", config, roster, scope));
    }

    long propose(long roundId, long groupId, String title, long cityShare) {
        Map<String, Object> content = ProposalFixtures.content(title);
        content.put("budget", ProposalFixtures.budget(700000 - cityShare, cityShare, 0, 700000));
        CurrentUser member = new CurrentUser("applicant3", Set.of(Roles.APPLICANT, Roles.civicGroup(groupId)));
        return proposals.create(member, roundId, new ProposalInputs.ProposalInput(groupId,
                FormValues.JSON.convertValue(content, ProposalContent.class), true)).id();
    }

    String pi(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    void acceptWithOpinion(long proposalId) {
        String pi = pi("PR-" + proposalId);
        flow.complete(pi, "Task_ConfirmEligibility", "coord1", Map.of("eligibilityDecision", "ELIGIBLE"));
        flow.runJobs(pi);
        flow.complete(pi, flow.tasksOf(pi, "Task_GiveOpinion", "kosodate1"), "kosodate1", Map.of("feasibility", "FEASIBLE",
                "roleFit", "APPROPRIATE", "budgetAvailability", "AVAILABLE"));
        flow.runJobs(pi);
    }

    /** Runs the committee round the call started: interests, the hearing, scores by {@code score}, the chair's comments. */
    void rank(String callPi, Map<Long, Integer> scoreByProposal) {
        List<ProcessInstance> committees = runtime.createProcessInstanceQuery().superProcessInstanceId(callPi).list();
        assertThat(committees).hasSize(1);
        String committeePi = committees.get(0).getId();
        long roundId = ((Number) runtime.getVariable(committeePi, "roundId")).longValue();
        var round = new ReviewFlow.Round(roundId, committeePi);
        review.confirmAll(round, members, Map.of());
        var inRound = reviews.round(flow.user("coord1"), roundId).proposals();
        // the committee's dossier: the plan in short and the department's opinion
        assertThat(inRound).allSatisfy(p -> assertThat(p.dossier()).contains("目的：", "担当課の意見（子育て支援課）：実現性 実施可能"));
        List<Map<String, Object>> order = new ArrayList<>();
        for (int i = 0; i < inRound.size(); i++) {
            order.add(Map.of("proposalId", inRound.get(i).id(), "position", i + 1));
        }
        flow.complete(committeePi, "Task_ScheduleHearing", "coord1", Map.of("heldOn", "2027-02-14", "startTime", "13:30",
                "place", "市役所 大会議室", "presentationMinutes", 7, "questionMinutes", 8, "hearingOrder", order));
        Map<Long, Long> refOf = new HashMap<>();
        inRound.forEach(p -> refOf.put(p.id(), p.refId()));
        review.scoreAll(round, "Task_ScoreAtHearing", members, (reviewProposal, criterion) ->
                scoreByProposal.get(refOf.get(reviewProposal)));
        List<Map<String, Object>> comments = inRound.stream()
                .map(p -> Map.<String, Object>of("proposalId", p.id(), "comment", "講評")).toList();
        flow.complete(committeePi, "Task_WriteComments", "committee1", Map.of("commentSheet", comments,
                "recommendation", "順位のとおり答申する"));
        flow.runJobs(committeePi);
    }

    @Test
    void aThemeFromDraftToItsPartnersProjectAtTheAgreementStep() {
        // テーマ作成 → 差戻し → 修正 → 確認 → 決裁
        var draft = themes.draft(flow.user("kosodate1"), FormValues.JSON.convertValue(
                themeForm("避難行動要支援者の見守り", 600000), ThemeInputs.ThemeDraft.class));
        assertThat(draft.departmentGroup()).isEqualTo("dept-kosodate");
        String themePi = pi("TH-" + draft.id());
        assertThatThrownBy(() -> flow.complete(themePi, "Task_ReviewTheme", "coord1", Map.of("reviewDecision", "RETURN")))
                .hasMessageContaining("理由を入力してください");
        flow.complete(themePi, "Task_ReviewTheme", "coord1", Map.of("reviewDecision", "RETURN",
                "reviewComment", "目指す成果を数字で"));
        assertThat(themes.get(flow.user("kosodate1"), draft.id()).status()).isEqualTo("RETURNED");
        assertThat(themes.get(flow.user("kosodate1"), draft.id()).returnReason()).isEqualTo("目指す成果を数字で");
        Map<String, Object> revised = themeForm("避難行動要支援者の見守り", 500000);
        revised.put("desiredOutcome", "3地区で見守り名簿ができ、年1回の訓練に50人が参加する");
        flow.complete(themePi, "Task_ReviseTheme", "kosodate1", revised);
        flow.complete(themePi, "Task_ReviewTheme", "coord1", Map.of("reviewDecision", "FORWARD"));
        flow.complete(themePi, "Task_ApproveTheme", "approver1", Map.of("approvalDecision", "APPROVE"));
        var approved = themes.get(flow.user("coord1"), draft.id());
        assertThat(approved.status()).isEqualTo("APPROVED");
        assertThat(approved.budgetCeilingYen()).isEqualTo(500000);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(themePi).count()).isZero();
        // not yet published: invisible to a group and to another department
        assertThat(themes.visibleTo(flow.user("bosai1"))).noneMatch(t -> t.id().equals(draft.id()));

        // 公募
        var call = publish(List.of(draft.id()), ProposalFixtures.now().plusDays(7), ReviewScope.THEME);
        long roundId = themes.get(flow.user("coord1"), draft.id()).current().proposalRoundId();
        assertThat(themes.published()).anyMatch(t -> t.id().equals(draft.id()));

        // 提案: two groups; the budget over the ceiling and a second proposal of a group are refused
        long g1 = review.registerGroup("見守りネット東", "会員 東", null);
        long g2 = review.registerGroup("防災サークル西", "会員 西", null);
        assertThatThrownBy(() -> propose(roundId, g1, "上限超え", 500001)).hasMessageContaining("提案内容に不足または誤り")
                .hasMessageContaining("500,000円");
        long p1 = propose(roundId, g1, "東地区の見守り", 450000);
        long p2 = propose(roundId, g2, "西地区の防災訓練", 400000);
        assertThatThrownBy(() -> propose(roundId, g2, "二つ目", 100000)).hasMessageContaining("1団体1件まで");
        assertThat(proposals.get(flow.user("coord1"), p1).content().departments()).containsExactly("dept-kosodate");
        acceptWithOpinion(p1);

        // 締切 → 審査会の開始 (not while a proposal is still in 意見照会) → 順位付け (p1 first)
        String callPi = pi("TC-" + call.id());
        flow.fireTimer(callPi, "Timer_SubmissionClosed");
        assertThatThrownBy(() -> flow.complete(callPi, "Task_StartThemeReview", "coord1", Map.of("startReview", true)))
                .hasMessageContaining("意見照会が終わっていない提案があります").hasMessageContaining("PR-" + p2);
        acceptWithOpinion(p2);
        assertThatThrownBy(() -> propose(roundId, review.registerGroup("遅れた会", "会員 遅", null), "締切後", 100000))
                .hasMessageContaining("締め切りました");
        assertThat(String.valueOf(tasks.getVariableLocal(flow.task(callPi, "Task_StartThemeReview").getId(),
                "readinessSummary"))).contains("○ PR-" + p1, "－ PR-" + p2, "締切時点");
        flow.complete(callPi, "Task_StartThemeReview", "coord1", Map.of("startReview", true));
        rank(callPi, Map.of(p1, 5, p2, 4));

        // 選定: the second needs a reason
        var sheet = selection.sheet(call.id(), draft.id());
        assertThat(sheet.candidates()).extracting(ThemeSelection.Candidate::proposalId).containsExactly(p1, p2);
        var select = flow.task(callPi, "Task_SelectThemePartner");
        assertThatThrownBy(() -> flow.complete(callPi, select, "approver1", Map.of("partner", String.valueOf(p2))))
                .hasMessageContaining("理由を入力してください");
        flow.complete(callPi, select, "approver1", Map.of("partner", String.valueOf(p2),
                "selectionReason", "西地区の訓練は要支援者の多い地区で先に必要"));
        String p2Pi = pi("PR-" + p2);
        flow.runJobs(p2Pi);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(callPi).count()).isZero();
        assertThat(proposals.get(flow.user("coord1"), p1).status()).isEqualTo("REJECTED");
        assertThat(notices.forCase("PROPOSAL", p1)).anySatisfy(n -> assertThat(n.body())
                .contains("不採択", "ほかの提案が選ばれました"));
        var chosen = proposals.get(flow.user("coord1"), p2);
        assertThat(chosen.status()).isEqualTo("TO_AGREEMENT");
        var project = projects.detail(flow.user("kosodate1"), chosen.projectId()).project();
        assertThat(project.departmentGroup()).isEqualTo("dept-kosodate");
        assertThat(project.partnerGroupId()).isEqualTo(g2);
        assertThat(jdbc.queryForObject("select city_share_limit_yen from collaboration_project where id = ?", Long.class,
                chosen.projectId())).isEqualTo(500000L);
        var outcome = themes.get(flow.user("coord1"), draft.id());
        assertThat(outcome.status()).isEqualTo("PARTNER_SELECTED");
        assertThat(outcome.current().partnerProposalId()).isEqualTo(p2);
        assertThat(outcome.current().outcomeReason()).contains("西地区");
        assertThat(themes.publishedTheme(draft.id()).current().outcomeReason()).isNull();
    }

    @Test
    void aThemeWithoutProposalsIsPublishedAgainAndThenFindsItsPartner() {
        long theme = approvedTheme("公園の花壇づくり", 300000);
        var first = publish(List.of(theme), ProposalFixtures.now().plusDays(7), ReviewScope.THEME);
        String firstPi = pi("TC-" + first.id());
        flow.fireTimer(firstPi, "Timer_SubmissionClosed");
        flow.complete(firstPi, "Task_StartThemeReview", "coord1", Map.of("startReview", true));
        // no proposal: no committee, the department decides
        var decide = flow.task(firstPi, "Task_DecideThemeFuture");
        assertThat(decide).isNotNull();
        OffsetDateTime now = ProposalFixtures.now();
        flow.complete(firstPi, decide, "kosodate1", Map.of("themeFuture", "REPUBLISH",
                "newOpensAt", now.minusMinutes(5).toString(), "newClosesAt", now.plusDays(10).toString(),
                "newQuestionsCloseAt", now.plusDays(5).toString(), "futureReason", "周知が足りなかった"));
        flow.runJobs(firstPi);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(firstPi).count()).isZero();
        var again = themes.get(flow.user("coord1"), theme);
        assertThat(again.earlier()).hasSize(1).first().satisfies(p -> assertThat(p.outcome()).isEqualTo("REPUBLISHED"));
        assertThat(again.current().callId()).isNotEqualTo(first.id());
        assertThat(again.current().open()).isTrue();

        long g = review.registerGroup("花と緑の会", "会員 花", null);
        long p = propose(again.current().proposalRoundId(), g, "花壇の手入れ", 250000);
        acceptWithOpinion(p);
        String secondPi = pi("TC-" + again.current().callId());
        flow.fireTimer(secondPi, "Timer_SubmissionClosed");
        flow.complete(secondPi, "Task_StartThemeReview", "coord1", Map.of("startReview", true));
        rank(secondPi, Map.of(p, 4));
        flow.complete(secondPi, "Task_SelectThemePartner", "approver1", Map.of("partner", String.valueOf(p)));
        flow.runJobs(pi("PR-" + p));
        assertThat(proposals.get(flow.user("coord1"), p).status()).isEqualTo("TO_AGREEMENT");
        assertThat(themes.get(flow.user("coord1"), theme).status()).isEqualTo("PARTNER_SELECTED");
    }

    /** One round for the whole call: two themes share a hearing; each is ranked among its own; one is withdrawn. */
    @Test
    void aCallWideRoundRanksEachThemeAmongItsOwnProposals() {
        long parks = approvedTheme("河川敷の清掃活動", 300000);
        long library = approvedTheme("図書館の読み聞かせ", 200000);
        long quiet = approvedTheme("古民家の活用", 400000);
        var call = publish(List.of(parks, library, quiet), ProposalFixtures.now().plusDays(7), ReviewScope.CALL);
        long parksRound = themes.get(flow.user("coord1"), parks).current().proposalRoundId();
        long libraryRound = themes.get(flow.user("coord1"), library).current().proposalRoundId();
        long a = propose(parksRound, review.registerGroup("川をきれいにする会", "会員 川", null), "河川敷のごみ拾い", 200000);
        long b = propose(parksRound, review.registerGroup("水辺の会", "会員 水", null), "水辺の観察会", 250000);
        long c = propose(libraryRound, review.registerGroup("おはなしの会", "会員 話", null), "読み聞かせ", 150000);
        List.of(a, b, c).forEach(this::acceptWithOpinion);
        String callPi = pi("TC-" + call.id());
        flow.fireTimer(callPi, "Timer_SubmissionClosed");
        flow.complete(callPi, "Task_StartThemeReview", "coord1", Map.of("startReview", true));
        // one committee round holds the proposals of both themes; c scores highest overall, b beats a
        rank(callPi, Map.of(a, 3, b, 4, c, 5));
        assertThat(selection.sheet(call.id(), parks).candidates()).extracting(ThemeSelection.Candidate::proposalId)
                .containsExactly(b, a);
        assertThat(selection.sheet(call.id(), parks).candidates().get(0).rank()).isEqualTo(1);
        assertThat(selection.sheet(call.id(), library).candidates()).extracting(ThemeSelection.Candidate::proposalId)
                .containsExactly(c);
        List<org.camunda.bpm.engine.task.Task> selections = tasks.createTaskQuery().processInstanceId(callPi)
                .taskDefinitionKey("Task_SelectThemePartner").list();
        assertThat(selections).hasSize(2);
        // Tasklist tells the two apart: each names its theme
        assertThat(selections).extracting(org.camunda.bpm.engine.task.Task::getName)
                .containsExactlyInAnyOrder("協働の相手の選定｜TH-" + parks + " 河川敷の清掃活動",
                        "協働の相手の選定｜TH-" + library + " 図書館の読み聞かせ");
        // the theme without proposals waits for its department; the others for the approver
        var future = flow.task(callPi, "Task_DecideThemeFuture");
        assertThatThrownBy(() -> flow.complete(callPi, future, "kosodate1", Map.of("themeFuture", "WITHDRAW")))
                .hasMessageContaining("理由を入力してください");
        flow.complete(callPi, future, "kosodate1", Map.of("themeFuture", "WITHDRAW", "futureReason", "所管施設の改修が決まった"));
        for (var t : selections) {
            long themeOfTask = ((Number) runtime.getVariable(t.getExecutionId(), "themeId")).longValue();
            flow.complete(callPi, t, "approver1", Map.of("partner", String.valueOf(themeOfTask == parks ? b : c)));
        }
        List.of(b, c).forEach(p -> flow.runJobs(pi("PR-" + p)));
        assertThat(proposals.get(flow.user("coord1"), b).status()).isEqualTo("TO_AGREEMENT");
        assertThat(proposals.get(flow.user("coord1"), c).status()).isEqualTo("TO_AGREEMENT");
        assertThat(proposals.get(flow.user("coord1"), a).status()).isEqualTo("REJECTED");
        assertThat(themes.publishedTheme(quiet).status()).isEqualTo("WITHDRAWN");
        assertThat(themes.publishedTheme(quiet).current().outcomeReason()).isEqualTo("所管施設の改修が決まった");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(callPi).count()).isZero();
    }
}
