package jp.kyodoflow.subsidy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import jp.kyodoflow.common.CurrentExample;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.subsidy.SubsidyInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Request examples of the subsidy API, valid today: a call from today for 21 days, and a consultation of group 1. */
@Configuration
class SubsidyApiExamples {

    static final String CALL = "SubsidyCall";
    static final String CONSULTATION = "SubsidyConsultation";

    private final Clock clock;

    SubsidyApiExamples(Clock clock) {
        this.clock = clock;
    }

    @Bean
    CurrentExample subsidyCall() {
        return new CurrentExample(CALL, "支援金の募集を始める（koho1 または coord1）", () -> {
            LocalDate today = LocalDate.now(clock);
            return new SubsidyInputs.OpenCall(FiscalYear.of(today).label() + " まちづくり活動支援金（追加募集）",
                    today.atStartOfDay(FiscalYear.TOKYO).toOffsetDateTime(),
                    today.plusDays(21).atTime(LocalTime.of(17, 0)).atZone(FiscalYear.TOKYO).toOffsetDateTime(),
                    List.of("committee1", "committee2", "committee3"));
        });
    }

    @Bean
    CurrentExample subsidyConsultation() {
        return new CurrentExample(CONSULTATION, "事前相談を記録する（koho1）", () -> new SubsidyInputs.Consultation(1L,
                LocalDate.now(clock), "COORDINATOR", "代表 佐久 太郎", "支援金の区分と対象経費について相談"));
    }
}
