package jp.kyodoflow.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jp.kyodoflow.notices.NoticeService.NoticeView;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.themes.events.ThemeApproved;
import jp.kyodoflow.themes.events.ThemeCase;
import jp.kyodoflow.themes.events.ThemeForwarded;
import jp.kyodoflow.themes.events.ThemePartnerSelected;
import jp.kyodoflow.themes.events.ThemePublished;
import jp.kyodoflow.themes.events.ThemeQuestionAnswered;
import jp.kyodoflow.themes.events.ThemeQuestionAsked;
import jp.kyodoflow.themes.events.ThemeRepublished;
import jp.kyodoflow.themes.events.ThemeReturned;
import jp.kyodoflow.themes.events.ThemeSelectionDeclined;
import jp.kyodoflow.themes.events.ThemeWithdrawn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is told what in the administration-proposed scheme: each theme event, published as the themes
 * services publish it (inside the decision's transaction), leaves its notices on the theme's case.
 */
@IntegrationTest
class ThemeNoticesTest {

    static final AtomicLong IDS = new AtomicLong(970_000);
    static final String DEPT = "dept-kosodate";
    static final OffsetDateTime OPENS = OffsetDateTime.of(2027, 5, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));
    static final OffsetDateTime CLOSES = OffsetDateTime.of(2027, 6, 30, 17, 0, 0, 0, ZoneOffset.ofHours(9));

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired NoticeService notices;

    final long themeId = IDS.incrementAndGet();

    List<NoticeView> after(Object event) {
        tx.executeWithoutResult(status -> events.publishEvent(event));
        return notices.forCase(ThemeCase.TYPE, themeId);
    }

    @Test
    void aReturnedThemeTellsItsDepartmentWhereAndWhy() {
        var sent = after(new ThemeReturned(themeId, "子どもの居場所", DEPT, "テーマ審査", "上限額の根拠を書いてください", "coord1"));

        assertThat(sent).singleElement().satisfies(n -> {
            assertThat(n.recipientId()).isEqualTo(DEPT);
            assertThat(n.kind()).isEqualTo("RETURNED");
            assertThat(n.title()).isEqualTo("テーマの差戻し");
            assertThat(n.body()).isEqualTo("テーマ「子どもの居場所」がテーマ審査で差し戻されました。理由：上限額の根拠を書いてください"
                    + "　テーマを修正して、もう一度確認に回してください。");
        });
    }

    @Test
    void aForwardedThemeTellsTheApprovers() {
        var sent = after(new ThemeForwarded(themeId, "子どもの居場所", "内容を確認しました", "coord1"));

        assertThat(sent).extracting(NoticeView::recipientType, NoticeView::recipientId, NoticeView::kind)
                .containsExactly(tuple("GROUP", "approver", "FORWARDED"));
        assertThat(sent.get(0).body()).contains("「子どもの居場所」", "決裁を待っています", "内容を確認しました");
    }

    @Test
    void anApprovedThemeTellsItsDepartmentAndTheCoordinators() {
        var sent = after(new ThemeApproved(themeId, "子どもの居場所", DEPT, "boss1"));

        assertThat(sent).extracting(NoticeView::recipientId).containsExactlyInAnyOrder(DEPT, "coordinator");
        assertThat(sent).allSatisfy(n -> assertThat(n.body())
                .isEqualTo("テーマ「子どもの居場所」（子育て支援課）が決裁で承認されました。公募に載せることができます。"));
    }

    @Test
    void aPublishedThemeTellsItsDepartmentTheWindow() {
        var sent = after(new ThemePublished(themeId, 41L, 42L, "子どもの居場所", DEPT, OPENS, CLOSES, "coord1"));

        assertThat(sent).singleElement().satisfies(n -> {
            assertThat(n.recipientId()).isEqualTo(DEPT);
            assertThat(n.kind()).isEqualTo("PUBLISHED");
            assertThat(n.body()).isEqualTo("テーマ「子どもの居場所」の公募を2027年5月1日 9時00分から2027年6月30日 17時00分まで"
                    + "行います。団体からの質問には、タスク一覧（Tasklist）で回答してください。");
        });
    }

    @Test
    void aQuestionGoesToTheDepartmentWithoutTheAskerAndItsAnswerToTheAskingGroupOnly() {
        var asked = after(new ThemeQuestionAsked(501L, themeId, "子どもの居場所", DEPT, 7L, "member7"));

        assertThat(asked).singleElement().satisfies(n -> {
            assertThat(n.recipientId()).isEqualTo(DEPT);
            assertThat(n.body()).contains("Q-501").doesNotContain("member7").doesNotContain("group-7");
            assertThat(n.civicGroupId()).isNull();
        });

        var all = after(new ThemeQuestionAnswered(501L, themeId, "子どもの居場所", 7L, "kato"));

        assertThat(all).hasSize(2).last().satisfies(n -> {
            assertThat(n.recipientId()).isEqualTo("group-7");
            assertThat(n.civicGroupId()).isEqualTo(7L);
            assertThat(n.kind()).isEqualTo("QUESTION_ANSWERED");
            assertThat(n.body()).contains("「子どもの居場所」", "Q-501", "回答しました");
        });
    }

    @Test
    void aSelectedPartnerTellsTheDepartmentAndTheCoordinators() {
        var sent = after(new ThemePartnerSelected(themeId, 41L, 812L, 7L, "子どもの居場所", DEPT, null, "boss1"));

        assertThat(sent).extracting(NoticeView::recipientId, NoticeView::kind)
                .containsExactlyInAnyOrder(tuple(DEPT, "PARTNER_SELECTED"), tuple("coordinator", "PARTNER_SELECTED"));
        assertThat(sent).allSatisfy(n -> assertThat(n.body()).contains("PR-812", "子育て支援課"));
    }

    @Test
    void noPartnerSelectedAsksTheDepartmentAloneToDecide() {
        var sent = after(new ThemeSelectionDeclined(themeId, 41L, "子どもの居場所", DEPT, "事業費が見合わない", "boss1"));

        assertThat(sent).singleElement().satisfies(n -> {
            assertThat(n.recipientId()).isEqualTo(DEPT);
            assertThat(n.kind()).isEqualTo("NONE_SELECTED");
            assertThat(n.body()).contains("事業費が見合わない", "再公募するか取り下げるか");
        });
    }

    @Test
    void aRepublishedOrWithdrawnThemeTellsTheCoordinatorsAndTheDepartment() {
        var republished = after(new ThemeRepublished(themeId, 41L, 43L, "子どもの居場所", DEPT, CLOSES, "提案がなかったため",
                "system"));

        assertThat(republished).extracting(NoticeView::recipientId).containsExactlyInAnyOrder(DEPT, "coordinator");
        assertThat(republished).allSatisfy(n -> assertThat(n.body()).contains("再公募しました", "新しい締切：2027年6月30日 17時00分"));

        var all = after(new ThemeWithdrawn(themeId, 43L, "子どもの居場所", DEPT, "需要を見直す", "kato"));

        assertThat(all).filteredOn(n -> n.kind().equals("WITHDRAWN")).extracting(NoticeView::recipientId)
                .containsExactlyInAnyOrder(DEPT, "coordinator");
        assertThat(all).filteredOn(n -> n.kind().equals("WITHDRAWN"))
                .allSatisfy(n -> assertThat(n.body()).contains("取り下げられました", "需要を見直す"));
    }

    @Test
    void aDecisionThatRollsBackTellsNobody() {
        tx.executeWithoutResult(status -> {
            events.publishEvent(new ThemeApproved(themeId, "子どもの居場所", DEPT, "boss1"));
            status.setRollbackOnly();
        });

        assertThat(notices.forCase(ThemeCase.TYPE, themeId)).isEmpty();
    }
}
