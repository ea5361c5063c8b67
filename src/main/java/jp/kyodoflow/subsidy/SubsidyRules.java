package jp.kyodoflow.subsidy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;

/**
 * The rules of one fiscal year's subsidy (rules.md §5), as configured under {@code kyodo.subsidy}. Stored as a
 * numbered version ({@link SubsidyRulebook}); an application and a call keep the version they started with.
 *
 * @param programmes        programmes by area (Saku: 佐久っと支援金 for 佐久・臼田・浅科, 駒の里 for 望月); one programme
 *                          without areas takes every address
 * @param tracks            少額 / 通常 / 重点テーマ with cap, rate and review method
 * @param priorityThemes    the year's priority themes (a 重点 application names one)
 * @param rounding          how computed amounts are rounded
 * @param expenseCategories eligible and ineligible expense categories
 * @param changeThresholdPercent a change of the total by more than this share needs approval (変更承認申請)
 * @param report            the report deadline (実績報告)
 * @param combinableFunds   other public funds that may be combined with this subsidy (the prefecture's)
 * @param awards            ranks of the yearly award (最優秀賞 ×1, 優秀賞 ×2, …), best first
 * @param reviewConfigName  the committee's review configuration for tracks reviewed by the committee
 * @param repaymentPeriod   time a group has to repay after a 返還命令
 * @param windows           the call windows of the year (opened as calls when the year's rules are stored)
 */
public record SubsidyRules(List<Programme> programmes, List<Track> tracks, List<String> priorityThemes, Rounding rounding,
                           List<ExpenseCategory> expenseCategories, int changeThresholdPercent, ReportDeadline report,
                           List<String> combinableFunds, List<Award> awards, String reviewConfigName,
                           Period repaymentPeriod, List<Window> windows) {

    public SubsidyRules {
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        priorityThemes = priorityThemes == null ? List.of() : List.copyOf(priorityThemes);
        expenseCategories = expenseCategories == null ? List.of() : List.copyOf(expenseCategories);
        combinableFunds = combinableFunds == null ? List.of() : List.copyOf(combinableFunds);
        awards = awards == null ? List.of() : List.copyOf(awards);
        windows = windows == null ? List.of() : List.copyOf(windows);
    }

    /**
     * A programme.
     *
     * @param section          the section that runs it, named on documents (広報広聴課, 望月支所)
     * @param coordinatorGroup the Camunda group of its coordinators (a department, e.g. dept-koho)
     * @param areas            parts of an address that route a group here (佐久, 臼田, …); empty: every address
     * @param documentPrefix   prefix of its document numbers (佐広 → 佐広第12号)
     */
    public record Programme(String code, String name, String section, String coordinatorGroup, List<String> areas,
                            String documentPrefix) {
        public Programme {
            areas = areas == null ? List.of() : List.copyOf(areas);
        }
    }

    /** How a track's applications are reviewed: on documents (coordinator and approver) or by the committee. */
    public enum Review { DOCUMENTS, COMMITTEE }

    /** A track: at most {@code capYen}, at rate numerator/denominator of the eligible expenses. */
    public record Track(String code, String label, long capYen, int rateNumerator, int rateDenominator, Review review,
                        boolean needsTheme) {

        /** 1/2, 3/4, 10/10. */
        public String rateLabel() {
            return rateNumerator + "/" + rateDenominator;
        }
    }

    public enum RoundingMode { DOWN, HALF_UP, UP }

    /** Computed amounts are rounded to a multiple of {@code unitYen} (1,000 and DOWN: 1,000円未満切り捨て). */
    public record Rounding(long unitYen, RoundingMode mode) {

        public String label() {
            if (unitYen <= 1) {
                return "1円未満" + switch (mode) {
                    case DOWN -> "切り捨て";
                    case HALF_UP -> "四捨五入";
                    case UP -> "切り上げ";
                };
            }
            return String.format("%,d円未満", unitYen) + switch (mode) {
                case DOWN -> "切り捨て";
                case HALF_UP -> "四捨五入";
                case UP -> "切り上げ";
            };
        }
    }

    /** An expense category; an ineligible one says why (shown next to the flagged line). */
    public record ExpenseCategory(String code, String label, boolean eligible, String reason) {
    }

    /**
     * The report is due {@code daysAfterEnd} days after the project ends, and no later than {@code latest}
     * (MM-DD, in the calendar year in which the fiscal year ends), whichever comes first.
     */
    public record ReportDeadline(int daysAfterEnd, String latest) {

        public LocalDate dueFor(LocalDate projectEnd, FiscalYear year) {
            LocalDate due = projectEnd.plusDays(daysAfterEnd);
            if (latest != null && !latest.isBlank()) {
                LocalDate fixed = MonthDay.parse("--" + latest.trim()).atYear(year.year() + 1);
                if (fixed.isBefore(due)) {
                    return fixed;
                }
            }
            return due;
        }
    }

    /** A rank of the yearly award and how many projects receive it. */
    public record Award(String label, int count) {
    }

    /** A call window (dates in Tokyo; the window closes at 17:00 of its last day). */
    public record Window(LocalDate opensOn, LocalDate closesOn) {
    }

    public Track track(String code) {
        return tracks.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("区分「" + code + "」はこの年度の支援金にありません"));
    }

    public Programme programme(String code) {
        return programmes.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("支援金「" + code + "」はこの年度にありません"));
    }

    /** The programme whose areas appear in the address (the first that matches), or the one without areas. */
    public Optional<Programme> programmeFor(String address) {
        String a = address == null ? "" : address;
        return programmes.stream().filter(p -> p.areas().stream().anyMatch(a::contains)).findFirst()
                .or(() -> programmes.stream().filter(p -> p.areas().isEmpty()).findFirst());
    }

    public Optional<ExpenseCategory> category(String code) {
        return expenseCategories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public boolean combinable(String fundName) {
        String f = fundName == null ? "" : fundName.replaceAll("\\s", "");
        return !f.isEmpty() && combinableFunds.stream().anyMatch(c -> f.contains(c.replaceAll("\\s", "")));
    }
}
