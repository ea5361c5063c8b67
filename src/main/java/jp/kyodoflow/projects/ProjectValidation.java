package jp.kyodoflow.projects;

import java.time.LocalDate;
import jp.kyodoflow.common.ActivityField;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;

/** Checks of the project flow's inputs, each refusal a Japanese sentence. */
final class ProjectValidation {
    private ProjectValidation() {
    }

    static void problem(ProjectInputs.Problem p) {
        required(p.title(), "事業・課題の名称");
        required(p.problem(), "地域の課題");
        if (p.title().length() > 200) {
            throw new BusinessRuleException("事業・課題の名称は200文字以内で入力してください");
        }
        if (p.field() == null || !ActivityField.isCode(p.field())) {
            throw new BusinessRuleException("分野を選んでください");
        }
    }

    static void required(String value, String label) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(label + "を入力してください");
        }
    }

    /** The answer a form sent, one of the constants of {@code type} by name. */
    static <E extends Enum<E>> E choice(String value, Class<E> type, String label) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new BusinessRuleException(label + "を選んでください");
    }

    static long id(String value, String label) {
        try {
            return Long.parseLong(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException(label + "を選んでください");
        }
    }

    static void amount(Long yen, String label) {
        if (yen == null || yen < 0) {
            throw new BusinessRuleException(label + "を0円以上の金額で入力してください");
        }
    }

    static void period(LocalDate from, LocalDate to, FiscalYear year, String label) {
        if (from == null || to == null) {
            throw new BusinessRuleException(label + "（開始・終了）を入力してください");
        }
        if (from.isAfter(to)) {
            throw new BusinessRuleException(label + "の開始日が終了日より後になっています");
        }
        if (!year.contains(from) || !year.contains(to)) {
            throw new BusinessRuleException(label + "は" + year.label() + "内（" + year.firstDay() + "〜" + year.lastDay()
                    + "）にしてください");
        }
    }
}
