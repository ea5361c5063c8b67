package jp.kyodoflow.subsidy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.subsidy.SubsidyRules.Rounding;
import jp.kyodoflow.subsidy.SubsidyRules.Track;

/**
 * The subsidy's arithmetic, exact in yen (no floating point): which expense lines count, the most that may be
 * granted, the final amount after the report, and what is paid or repaid. Every figure carries its working, in
 * the words the documents and the ledger show.
 */
public final class SubsidyArithmetic {

    private SubsidyArithmetic() {
    }

    /** A budget line of an application (planned) or a report (actual, with the receipt's date). */
    public record Line(String category, String description, long amountYen, LocalDate receiptOn) {
        public Line(String category, String description, long amountYen) {
            this(category, description, amountYen, null);
        }
    }

    /** A line as checked: whether it counts, and why not. */
    public record CheckedLine(Line line, boolean eligible, String reason) {
    }

    /** An amount and how it was reached. */
    public record Figure(long yen, String working) {
    }

    /** What the final amount leaves to pay (請求・支払) or to repay (返還). */
    public record Settlement(long toPayYen, long toRepayYen) {
    }

    /** Planned lines: lines in an ineligible (or unknown) category do not count, with the reason. */
    public static List<CheckedLine> checkPlanned(List<Line> lines, SubsidyRules rules) {
        List<CheckedLine> out = new ArrayList<>();
        for (Line l : lines) {
            out.add(checkCategory(l, rules));
        }
        return out;
    }

    /**
     * Actual lines of a report: as planned lines, and a receipt dated before the grant decision does not count
     * (支援金は交付決定の後の支出が対象).
     */
    public static List<CheckedLine> checkActual(List<Line> lines, SubsidyRules rules, LocalDate decidedOn) {
        List<CheckedLine> out = new ArrayList<>();
        for (Line l : lines) {
            CheckedLine c = checkCategory(l, rules);
            if (c.eligible() && l.receiptOn() != null && l.receiptOn().isBefore(decidedOn)) {
                c = new CheckedLine(l, false, "領収日（" + JapaneseFormat.day(l.receiptOn()) + "）が交付決定日（"
                        + JapaneseFormat.day(decidedOn) + "）より前のため対象外");
            } else if (c.eligible() && l.receiptOn() == null) {
                c = new CheckedLine(l, false, "領収日がないため対象外");
            }
            out.add(c);
        }
        return out;
    }

    private static CheckedLine checkCategory(Line l, SubsidyRules rules) {
        return rules.category(l.category())
                .map(cat -> cat.eligible() ? new CheckedLine(l, true, null)
                        : new CheckedLine(l, false, cat.label() + "は対象外（" + cat.reason() + "）"))
                .orElseGet(() -> new CheckedLine(l, false, "経費の区分「" + l.category() + "」は対象外"));
    }

    public static long total(List<CheckedLine> lines) {
        return lines.stream().mapToLong(c -> c.line().amountYen()).reduce(0L, Math::addExact);
    }

    public static long eligibleTotal(List<CheckedLine> lines) {
        return lines.stream().filter(CheckedLine::eligible).mapToLong(c -> c.line().amountYen()).reduce(0L, Math::addExact);
    }

    /** The most that may be granted: min(cap, rate × eligible expenses, rounded). */
    public static Figure maxGrant(Track track, long eligibleYen, Rounding rounding) {
        long byRate = round(eligibleYen, track, rounding);
        long max = Math.min(track.capYen(), byRate);
        String working = "対象経費 " + yen(eligibleYen) + " × " + track.rateLabel() + " = " + exact(eligibleYen, track)
                + " → " + rounding.label() + " " + yen(byRate) + "、上限 " + yen(track.capYen()) + " → " + yen(max);
        return new Figure(max, working);
    }

    /** 額の確定: the lowest of the granted amount, rate × actual eligible expenses (rounded) and the cap. */
    public static Figure finalAmount(long grantedYen, long actualEligibleYen, Track track, Rounding rounding) {
        long byRate = round(actualEligibleYen, track, rounding);
        long fin = Math.min(grantedYen, Math.min(byRate, track.capYen()));
        String working = "min（交付決定額 " + yen(grantedYen) + "、実支出の対象経費 " + yen(actualEligibleYen) + " × "
                + track.rateLabel() + " = " + exact(actualEligibleYen, track) + " → " + rounding.label() + " " + yen(byRate)
                + "、上限 " + yen(track.capYen()) + "） = " + yen(fin);
        return new Figure(fin, working);
    }

    /** What remains after the advances already paid. */
    public static Settlement settle(long finalYen, long advancedYen) {
        return new Settlement(Math.max(0, finalYen - advancedYen), Math.max(0, advancedYen - finalYen));
    }

    /**
     * Whether a change needs the city's approval (変更承認申請): the plan's content changes, or the total changes
     * by more than {@code thresholdPercent} of the total the decision was based on (exactly the threshold is minor).
     */
    public static boolean needsApproval(long decidedTotalYen, long newTotalYen, boolean contentChanged, int thresholdPercent) {
        if (contentChanged) {
            return true;
        }
        long diff = Math.abs(newTotalYen - decidedTotalYen);
        return Math.multiplyExact(diff, 100L) > Math.multiplyExact(decidedTotalYen, (long) thresholdPercent);
    }

    /** rate × amount, rounded to the unit as configured; exact for any amount up to ~9×10^15 / rate. */
    static long round(long amountYen, Track track, Rounding rounding) {
        long num = Math.multiplyExact(amountYen, (long) track.rateNumerator());
        long den = Math.multiplyExact((long) track.rateDenominator(), Math.max(1L, rounding.unitYen()));
        long units = switch (rounding.mode()) {
            case DOWN -> Math.floorDiv(num, den);
            case UP -> -Math.floorDiv(-num, den);
            case HALF_UP -> Math.floorDiv(Math.addExact(Math.multiplyExact(num, 2L), den), Math.multiplyExact(den, 2L));
        };
        return Math.multiplyExact(units, Math.max(1L, rounding.unitYen()));
    }

    /** The exact product before rounding, e.g. 750,000.75円. */
    static String exact(long amountYen, Track track) {
        long num = Math.multiplyExact(amountYen, (long) track.rateNumerator());
        long den = track.rateDenominator();
        long whole = num / den;
        long rest = num % den;
        if (rest == 0) {
            return yen(whole);
        }
        long digits = rest * 10_000 / den;
        boolean inexact = rest * 10_000 % den != 0;
        String fraction = String.format("%04d", digits).replaceAll("0+$", "");
        return String.format("%,d", whole) + "." + fraction + (inexact ? "…" : "") + "円";
    }

    static String yen(long v) {
        return JapaneseFormat.yen(v);
    }
}
