package jp.kyodoflow.proposals.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.common.CurrentExample;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.proposals.ProposalContent;
import jp.kyodoflow.proposals.ProposalInputs;
import jp.kyodoflow.proposals.RoundRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request examples of the proposals API, valid today: a call of the current fiscal year, and a
 * proposal of group 1 whose period lies in that year and whose budget balances, with the city's
 * share within the first year's rate (90 %) and the cap (500,000 yen) of the demo call (id 1).
 */
@Configuration
class ProposalApiExamples {

    /** The app's clock, so that the examples follow the same day as the rules they must pass. */
    private final java.time.Clock clock;

    ProposalApiExamples(java.time.Clock clock) {
        this.clock = clock;
    }

    static final String CALL = "ProposalRoundOpening";
    static final String PRE_CONSULTATION = "PreConsultationRecord";
    static final String SUBMISSION = "CitizenProposalSubmission";
    static final String DRAFT = "CitizenProposalDraft";
    static final String EDIT = "CitizenProposalEdit";

    @Bean
    CurrentExample proposalRoundOpening() {
        return new CurrentExample(CALL, "今年度の募集を開始する（coordinator）", () -> {
            LocalDate today = LocalDate.now(clock);
            FiscalYear year = FiscalYear.of(today);
            OffsetDateTime opens = today.atStartOfDay(FiscalYear.TOKYO).toOffsetDateTime();
            OffsetDateTime closes = today.plusDays(30).atTime(LocalTime.of(17, 0)).atZone(FiscalYear.TOKYO).toOffsetDateTime();
            List<RoundInputs.MemberInput> committee = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                committee.add(new RoundInputs.MemberInput("committee" + i, i == 1 ? "学識経験者（委員長）" : "市民委員", i == 1));
            }
            return new ProposalInputs.CreateRound(year.label() + " 市民提案型協働事業", new RoundRules(year.year(), opens,
                    closes, true, today.plusDays(23), true, List.of(90, 80, 70), 500_000, true), 2L, committee);
        });
    }

    @Bean
    CurrentExample preConsultationRecord() {
        return new CurrentExample(PRE_CONSULTATION, "団体1との事前相談を記録する（coordinator or department）",
                () -> new ProposalInputs.PreConsultationInput(1L, LocalDate.now(clock),
                        "佐久 太郎（代表）、子育て支援課 子育 健太", "dept-kosodate", "居場所づくりの提案について、会場と役割分担を相談"));
    }

    @Bean
    CurrentExample citizenProposalSubmission() {
        return new CurrentExample(SUBMISSION, "団体1の提案を提出する（applicant1）",
                () -> new ProposalInputs.ProposalInput(1L, content(clock), true));
    }

    @Bean
    CurrentExample citizenProposalDraft() {
        return new CurrentExample(DRAFT, "団体1の提案を下書きとして保存する（applicant1）",
                () -> new ProposalInputs.ProposalInput(1L, content(clock), false));
    }

    @Bean
    CurrentExample citizenProposalEdit() {
        return new CurrentExample(EDIT, "下書きを書き直す（version: the draft's version from GET）",
                () -> new ProposalController.ContentUpdate(content(clock), 0));
    }

    /** Expenses 500,000 yen = own funds 50,000 + city 450,000 (90 % of the cost, under the cap), this fiscal year. */
    static ProposalContent content(java.time.Clock clock) {
        LocalDate today = LocalDate.now(clock);
        FiscalYear year = FiscalYear.of(today);
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
        LocalDate from = nextMonth.isAfter(year.lastDay()) ? year.lastDay() : nextMonth;
        return new ProposalContent("こども食堂と学習支援の居場所づくり", "放課後に子どもが安心して過ごせる場所が不足している",
                "地域の大人が見守る居場所を週2回開く",
                List.of(new ProposalContent.Target("居場所の開設", "開催回数", "年80回")),
                "公民館を会場に、学習支援と食事提供を行う", "子どもの孤食の減少、保護者の安心",
                "団体の人材と市の施設・広報を組み合わせる", "COOPERATION_AGREEMENT", List.of("会場の提供", "広報"),
                List.of("企画・運営", "ボランティアの確保"), from, year.lastDay(), 1, List.of("dept-kosodate"),
                new ProposalContent.Budget(50_000L, 450_000L, 0L, List.of(
                        new ProposalContent.Expense("消耗品費", "食材・文具", 400_000L),
                        new ProposalContent.Expense("謝金", "学習支援講師", 100_000L))));
    }
}
