package jp.kyodoflow.committee.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import jp.kyodoflow.common.AuditLine;
import org.junit.jupiter.api.Test;

/**
 * Each event leaves exactly the line of the round's minutes that the committee wrote before it had
 * events (same case, step, outcome, reason and actor): the history views and exports read them.
 */
class CommitteeEventsTest {

    static AuditLine line(long roundId, String step, String outcome, String reason, String actor) {
        return new AuditLine("REVIEW_ROUND", roundId, step, outcome, reason, null, actor);
    }

    /** Members' interests, recusals, individual scoring, quorum handling and the 答申 are internal lines (AuditLine.internal). */
    @Test
    void settingUpOpeningAndConfirming() {
        assertThat(new ReviewRoundCreated(7, "令和8年度 審査会", "SELECTION", "大府市方式", 2, "coord1").audit())
                .isEqualTo(line(7, "審査会の設定", "CREATED", "大府市方式 第2版", "coord1"));
        assertThat(new MemberRecused(7, 31, "committee2", "REGISTER", "役員として名簿に記載（山田 花子）").audit())
                .isEqualTo(line(7, "除斥", "REGISTER:31", "committee2：役員として名簿に記載（山田 花子）", "system").asInternal());
        assertThat(new MemberRecused(7, 32, "committee3", "DECLARED", "委員の申告").audit())
                .isEqualTo(line(7, "除斥", "DECLARED:32", "committee3：委員の申告", "system").asInternal());
        assertThat(new InterestsConfirmed(7, "committee1").audit())
                .isEqualTo(line(7, "利害関係の確認", "CONFIRMED", null, "committee1").asInternal());
    }

    @Test
    void theHearing() {
        assertThat(new HearingScheduled(7, LocalDate.of(2027, 2, 14), LocalTime.of(13, 30), "佐久市役所 大会議室",
                List.of(32L, 31L), "coord1").audit())
                .isEqualTo(line(7, "公開プレゼンテーションの設定", "SCHEDULED", "2027-02-14 佐久市役所 大会議室", "coord1"));
        assertThat(new HearingAttendanceRecorded(7, 31, true, "coord1").audit())
                .isEqualTo(line(7, "公開プレゼンテーション", "ATTENDED:31", null, "coord1"));
        assertThat(new HearingAttendanceRecorded(7, 32, false, "coord1").audit())
                .isEqualTo(line(7, "公開プレゼンテーション", "ABSENT:32", null, "coord1"));
    }

    @Test
    void scoringAggregationAndQuorum() {
        assertThat(new ScoresSubmitted(7, "DOCUMENT", 1, "committee1", 14).audit())
                .isEqualTo(line(7, "採点（DOCUMENT）", "SUBMITTED", "14件", "committee1").asInternal());
        assertThat(new ScoresSubmitted(7, "HEARING", 1, "committee1", 8, "「提案A」：地域の担い手が明確 ").audit())
                .isEqualTo(line(7, "採点（HEARING）", "SUBMITTED", "8件\n所見：「提案A」：地域の担い手が明確", "committee1")
                        .asInternal());
        assertThat(new ScoringAbstained(7, "HEARING", 2, "committee3", "体調不良で欠席").audit())
                .isEqualTo(line(7, "採点（HEARING）", "ABSTAINED", "体調不良で欠席", "committee3").asInternal());
        assertThat(new StageAggregated(7, "HEARING", 1, false, "・提案A：80.00点（基準以上）").audit())
                .isEqualTo(line(7, "集計（HEARING）", "1件が基準以上", "・提案A：80.00点（基準以上）", "system"));
        assertThat(new QuorumResolved(7, "RESCORE", "後日全員で再採点", "coord1").audit())
                .isEqualTo(line(7, "定足数不足への対応", "RESCORE", "後日全員で再採点", "coord1").asInternal());
    }

    @Test
    void theRecommendationTheDecisionsAndTheResult() {
        assertThat(new RecommendationWritten(7, "committee1", "提案Aの採択を答申する").audit())
                .isEqualTo(line(7, "講評・答申", "WRITTEN", "提案Aの採択を答申する", "committee1").asInternal());
        assertThat(new ProposalDecided(7, 31, "CITIZEN_PROPOSAL", 12L, "ADOPT_WITH_CONDITIONS", "予算を精査すること", null,
                "approver1").audit())
                .isEqualTo(line(7, "採否の決定", "ADOPT_WITH_CONDITIONS:31", "予算を精査すること", "approver1"));
        assertThat(new ProposalDecided(7, 32, "CITIZEN_PROPOSAL", 13L, "ADOPT", null, "防災計画上の優先度が高い",
                "approver1").audit())
                .isEqualTo(line(7, "採否の決定", "ADOPT:32", "推薦と異なる：防災計画上の優先度が高い", "approver1"));
        assertThat(new ReviewRoundDecided(7, List.of(new ReviewRoundDecided.Outcome(31, "CITIZEN_PROPOSAL", 12L,
                "ADOPT_WITH_CONDITIONS", "予算を精査すること"))).audit())
                .isEqualTo(line(7, "結果の確定", "DECIDED", null, "system"));
    }
}
