package jp.kyodoflow.portal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.HearingRounds;
import jp.kyodoflow.support.ProposalFixtures;
import jp.kyodoflow.support.ReviewFlow;
import jp.kyodoflow.support.TestTime;
import jp.kyodoflow.themes.ReviewScope;
import jp.kyodoflow.themes.ThemeCalls;
import jp.kyodoflow.themes.ThemeInputs;
import jp.kyodoflow.themes.ThemeService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Themes for the portal's tests, through the themes module's services and models as the departments and
 * the coordinator make them: a draft of 子育て支援課 (kosodate1), its approval (coord1, approver1), its publication.
 */
@Component
class ThemeData {

    static final String PROBLEM = "放課後に一人で過ごす小学生が増えている";
    static final long CEILING = 600_000;

    private final ThemeService themes;
    private final ThemeCalls calls;
    private final Flow flow;
    private final ReviewFlow review;
    private final RuntimeService runtime;

    ThemeData(ThemeService themes, ThemeCalls calls, Flow flow, ReviewFlow review, RuntimeService runtime) {
        this.themes = themes;
        this.calls = calls;
        this.flow = flow;
        this.review = review;
        this.runtime = runtime;
    }

    /** A draft of 子育て支援課, waiting for the coordinator's review (not published). */
    long draft(String title) {
        var year = TestTime.thisFiscalYear();
        return themes.draft(flow.user("kosodate1"), new ThemeInputs.ThemeDraft(year.year(), title, PROBLEM,
                "地域の見守りのある居場所が週3日開く", "居場所の運営、ボランティアの募集", CEILING, 100,
                year.lastDay().minusMonths(3), year.lastDay(), "COOPERATION_AGREEMENT", false)).id();
    }

    long approved(String title) {
        long id = draft(title);
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("TH-" + id).singleResult().getId();
        flow.complete(pi, "Task_ReviewTheme", "coord1", Map.of("reviewDecision", "FORWARD"));
        flow.complete(pi, "Task_ApproveTheme", "approver1", Map.of("approvalDecision", "APPROVE"));
        return id;
    }

    /** An approved theme published now: open for a week, questions for a day, a 説明会 in two days. */
    ThemeService.ThemeView published(String title) {
        long id = approved(title);
        OffsetDateTime now = ProposalFixtures.now();
        calls.publish(flow.user("coord1"), new ThemeInputs.PublishCall(null, List.of(id), now.minusHours(1),
                now.plusDays(7), now.plusDays(1), null, now.plusDays(2), "市役所 301会議室", config(),
                List.of(new RoundInputs.MemberInput("committee1", "委員", true)), ReviewScope.THEME));
        return themes.publishedTheme(id);
    }

    /** A published theme nobody proposed to, withdrawn by its department after the close with that reason. */
    ThemeService.ThemeView withdrawn(String title, String reason) {
        var t = published(title);
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("TC-" + t.current().callId())
                .singleResult().getId();
        flow.fireTimer(pi, "Timer_SubmissionClosed");
        flow.complete(pi, "Task_StartThemeReview", "coord1", Map.of("startReview", true));
        flow.complete(pi, "Task_DecideThemeFuture", "kosodate1", Map.of("themeFuture", "WITHDRAW", "futureReason", reason));
        flow.runJobs(pi);
        return themes.publishedTheme(t.id());
    }

    long config() {
        return review.config("テーマのポータル試験 " + System.nanoTime(), HearingRounds.RULES);
    }
}
