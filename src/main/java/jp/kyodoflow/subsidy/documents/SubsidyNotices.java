package jp.kyodoflow.subsidy.documents;

import static jp.kyodoflow.common.JapaneseFormat.yen;

import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.subsidy.documents.Notice.Entry;
import jp.kyodoflow.subsidy.documents.Notice.Row;

/**
 * The wording of the three documents (all Japanese text they print is here): each record becomes a
 * {@link Notice}, its amounts in figures (350,000円) and, where the amount is the point of the document, in
 * words (金参拾五万円也); dates in the era calendar.
 */
final class SubsidyNotices {

    private static final String GRANT_BODY = "%s付けで申請のあった%s%sについて、交付要綱に基づき審査した結果、"
            + "下記のとおり交付することに決定したので通知します。";
    private static final String CHANGE_BODY = "%s付けで申請のあった%s%sについて、交付要綱に基づき、"
            + "先に通知した交付決定の内容を下記のとおり変更することに決定したので通知します。";
    private static final String FINAL_BODY = "%s付けで交付を決定した%s%sについて、提出された実績報告書を審査した結果、"
            + "交付する額を下記のとおり確定したので、交付要綱に基づき通知します。";
    private static final String REPAY_BODY = "%s%sについて、%sに伴い、既に交付した支援金のうち下記の額の返還を命じます。"
            + "納期限までに納付してください。";
    private static final String NOTE_REPAY = "返還額については、別に送付する返還命令書により納付してください。";
    private static final String NOTE_PAY = "支払額は、請求書の提出を受けてからお支払いします。";
    private static final String NOTE_SETTLED = "概算払により確定額の全額を交付済みのため、今後の支払及び返還はありません。";
    private static final String NOTE_ASK = "納付の方法など、ご不明な点は下記の問い合わせ先にお尋ねください。";

    private SubsidyNotices() {
    }

    static Notice grantDecision(GrantDecision d) {
        String kind = d.isChange() ? "変更交付決定通知書" : "交付決定通知書";
        String body = (d.isChange() ? CHANGE_BODY : GRANT_BODY)
                .formatted(WarekiDates.of(d.appliedOn()), d.fiscalYear().label(), d.programmeName());
        List<Row> rows = new ArrayList<>();
        key(rows, d.applicationKey());
        rows.add(Row.of("事業名", d.projectTitle()));
        if (present(d.trackLabel())) {
            rows.add(Row.of("区分", d.trackLabel()));
        }
        if (d.isChange()) {
            rows.add(Row.of("変更前の交付決定額", yen(d.previousGrantedYen())));
            rows.add(Row.of("変更後の交付決定額", yen(d.grantedYen()), inWords(d.grantedYen()), difference(d)));
        } else {
            rows.add(Row.of("交付決定額", yen(d.grantedYen()), inWords(d.grantedYen())));
        }
        rows.add(Row.of("対象経費の額", yen(d.eligibleYen())));
        rows.add(Row.of("交付申請額", yen(d.requestedYen())));
        if (present(d.reductionReason())) {
            rows.add(Row.of("減額の理由", d.reductionReason().strip()));
        }
        rows.add(Row.of("事業期間", WarekiDates.of(d.periodFrom()) + "から" + WarekiDates.of(d.periodTo()) + "まで"));
        rows.add(Row.of("実績報告の期限", WarekiDates.of(d.reportDue())));
        if (!d.conditions().isEmpty()) {
            List<Entry> numbered = new ArrayList<>();
            for (int i = 0; i < d.conditions().size(); i++) {
                numbered.add(new Entry("(" + (i + 1) + ")", d.conditions().get(i)));
            }
            rows.add(new Row("交付の条件", numbered));
        }
        return new Notice(d.documentNumber(), d.issuedOn(), d.to(), d.from(), title(d.fiscalYear(), d.programmeName(), kind),
                List.of(body), rows, List.of());
    }

    static Notice amountFinalisation(AmountFinalisation d) {
        String body = FINAL_BODY.formatted(WarekiDates.of(d.decidedOn()), d.fiscalYear().label(), d.programmeName());
        List<Row> rows = new ArrayList<>();
        key(rows, d.applicationKey());
        rows.add(Row.of("事業名", d.projectTitle()));
        rows.add(Row.of("交付決定額", yen(d.grantedYen())));
        rows.add(Row.of("対象経費の実支出額", yen(d.actualEligibleYen())));
        rows.add(Row.of("確定額", yen(d.finalYen()), inWords(d.finalYen())));
        rows.add(Row.of("概算払済額", yen(d.advancePaidYen())));
        String note;
        if (d.toRepayYen() > 0) {
            rows.add(Row.of("返還額", yen(d.toRepayYen()), inWords(d.toRepayYen())));
            note = NOTE_REPAY;
        } else {
            rows.add(Row.of("支払額", yen(d.toPayYen())));
            note = d.toPayYen() > 0 ? NOTE_PAY : NOTE_SETTLED;
        }
        if (present(d.working())) {
            rows.add(Row.of("確定額の算定", d.working().strip()));
        }
        return new Notice(d.documentNumber(), d.issuedOn(), d.to(), d.from(),
                title(d.fiscalYear(), d.programmeName(), "額確定通知書"), List.of(body), rows, List.of(note));
    }

    static Notice repaymentOrder(RepaymentOrder d) {
        String body = REPAY_BODY.formatted(d.fiscalYear().label(), d.programmeName(), d.cause().strip());
        List<Row> rows = new ArrayList<>();
        key(rows, d.applicationKey());
        rows.add(Row.of("事業名", d.projectTitle()));
        rows.add(Row.of("返還の理由", d.cause().strip()));
        rows.add(Row.of("確定額", yen(d.finalYen())));
        rows.add(Row.of("概算払済額", yen(d.advancePaidYen())));
        rows.add(Row.of("返還額", yen(d.repayYen()), inWords(d.repayYen())));
        rows.add(Row.of("納期限", WarekiDates.of(d.dueOn())));
        return new Notice(d.documentNumber(), d.issuedOn(), d.to(), d.from(),
                title(d.fiscalYear(), d.programmeName(), "返還命令書"), List.of(body), rows, List.of(NOTE_ASK));
    }

    private static String title(FiscalYear year, String programme, String kind) {
        return year.label() + "　" + programme + "　" + kind;
    }

    private static void key(List<Row> rows, String applicationKey) {
        if (present(applicationKey)) {
            rows.add(Row.of("申請番号", applicationKey));
        }
    }

    private static String inWords(long yen) {
        return "（" + KanjiAmounts.of(yen) + "）";
    }

    private static String difference(GrantDecision d) {
        long change = d.grantedYen() - d.previousGrantedYen();
        if (change == 0) {
            return "（変更前と同額）";
        }
        return "（変更前から" + yen(Math.abs(change)) + (change > 0 ? "の増額）" : "の減額）");
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
