package jp.kyodoflow.themes.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.common.CurrentExample;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.themes.ReviewScope;
import jp.kyodoflow.themes.ThemeInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request examples of the themes API, valid today: a theme of the current fiscal year drafted by a department,
 * a call with a window from today that publishes approved themes (the example names theme 1; in the demo that one
 * is already published, so a theme drafted and approved first takes its place), and a question of group 1.
 */
@Configuration
class ThemeApiExamples {

    static final String DRAFT = "AdministrationThemeDraft";
    static final String PUBLISH = "AdministrationThemeCall";
    static final String QUESTION = "AdministrationThemeQuestion";

    private final Clock clock;

    ThemeApiExamples(Clock clock) {
        this.clock = clock;
    }

    @Bean
    CurrentExample administrationThemeDraft() {
        return new CurrentExample(DRAFT, "担当課がテーマを作成する（kosodate1）", () -> {
            LocalDate today = LocalDate.now(clock);
            FiscalYear year = FiscalYear.of(today);
            LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
            LocalDate from = nextMonth.isAfter(year.lastDay()) ? year.lastDay() : nextMonth;
            return new ThemeInputs.ThemeDraft(year.year(), "子育て世帯の孤立を防ぐ見守り",
                    "転入した子育て世帯が地域とつながる機会が少ない", "地区ごとに月1回の交流の場ができ、年200世帯が参加する",
                    "交流会の企画・運営、参加の呼びかけ、市の子育て情報の案内", 500_000L, 100, from, year.lastDay(),
                    "COOPERATION_AGREEMENT", false);
        });
    }

    @Bean
    CurrentExample administrationThemeCall() {
        return new CurrentExample(PUBLISH, "決裁で承認されたテーマを公募する（coord1; themeIds: approved themes — the demo's theme 1 is already published)", () -> {
            LocalDate today = LocalDate.now(clock);
            OffsetDateTime opens = today.atStartOfDay(FiscalYear.TOKYO).toOffsetDateTime();
            List<RoundInputs.MemberInput> committee = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                committee.add(new RoundInputs.MemberInput("committee" + i, i == 1 ? "学識経験者（委員長）" : "市民委員", i == 1));
            }
            return new ThemeInputs.PublishCall(FiscalYear.of(today).label() + " 行政提案型協働事業", List.of(1L), opens,
                    at(today.plusDays(30), 17), at(today.plusDays(20), 17), today.plusDays(23), at(today.plusDays(7), 14),
                    "市役所 301会議室", 2L, committee, ReviewScope.THEME);
        });
    }

    @Bean
    CurrentExample administrationThemeQuestion() {
        return new CurrentExample(QUESTION, "団体1が公募中のテーマについて質問する（applicant1）",
                () -> new ThemeInputs.QuestionInput(1L, "会場は市の施設を使えますか。使える場合、使用料は事業費に含めますか。"));
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(FiscalYear.TOKYO).toOffsetDateTime();
    }
}
