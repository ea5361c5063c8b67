package jp.kyodoflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.Map;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.MutableClock;
import jp.kyodoflow.support.ProjectSteps;
import jp.kyodoflow.support.ReviewFlow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The year turns at midnight on 1 April in Tokyo: a minute before, a new project and a new
 * registration belong to 令和8年度; at midnight, to 令和9年度, and the rules that use the year
 * (the grant period, the register's validity) follow.
 */
@IntegrationTest
class FiscalYearRolloverTest {

    static final ZonedDateTime LAST_MINUTE_OF_R8 = ZonedDateTime.of(2027, 3, 31, 23, 59, 0, 0, FiscalYear.TOKYO);
    static final ZonedDateTime FIRST_MINUTE_OF_R9 = ZonedDateTime.of(2027, 4, 1, 0, 0, 0, 0, FiscalYear.TOKYO);
    static final FiscalYear R9 = new FiscalYear(2027);

    @Autowired MutableClock clock;
    @Autowired ProjectSteps steps;
    @Autowired Flow flow;
    @Autowired ReviewFlow review;
    @Autowired GroupRegister register;

    @Test
    void aProjectRaisedAMinuteBeforeAprilIsInTheOldYearAndItsGrantMustBeToo() {
        clock.setTo(LAST_MINUTE_OF_R8);
        var late = steps.raise("年度末に挙げた課題");
        assertThat(late.fiscalYear()).isEqualTo(2026);
        assertThat(late.fiscalYearLabel()).isEqualTo("令和8年度");
        walkToGrantDecision(late.processInstanceId());
        assertThatThrownBy(() -> decideGrant(late.processInstanceId(), R9))
                .hasMessageContaining("対象期間は令和8年度内（2026-04-01〜2027-03-31）にしてください");

        clock.setTo(FIRST_MINUTE_OF_R9);
        var early = steps.raise("年度初めに挙げた課題");
        assertThat(early.fiscalYear()).isEqualTo(2027);
        assertThat(early.fiscalYearLabel()).isEqualTo("令和9年度");
        walkToGrantDecision(early.processInstanceId());
        decideGrant(early.processInstanceId(), R9);
        assertThat(flow.task(early.processInstanceId(), "Task_RunProject")).isNotNull();
    }

    @Test
    void aGroupRegisteredAMinuteBeforeAprilIsValidForAMinuteAndOneRegisteredAtMidnightForTheWholeYear() {
        clock.setTo(LAST_MINUTE_OF_R8);
        var late = register.find(review.registerGroup("年度末に登録した会", "代表 花子", null)).orElseThrow().group();
        clock.setTo(FIRST_MINUTE_OF_R9);
        var early = register.find(review.registerGroup("年度初めに登録した会", "代表 花子", null)).orElseThrow().group();

        assertThat(late.registrationNumber()).startsWith("R8-");
        assertThat(late.validUntil()).isEqualTo(new FiscalYear(2026).lastDay());
        assertThat(early.registrationNumber()).startsWith("R9-");
        assertThat(early.validUntil()).isEqualTo(R9.lastDay());
        assertThat(early.registeredAt().toInstant()).isEqualTo(FIRST_MINUTE_OF_R9.toInstant());
    }

    private void walkToGrantDecision(String pi) {
        steps.consider(pi, "YES");
        steps.chooseForm(pi, "SUBSIDY");
        steps.selectPartner(pi, ProjectSteps.GROUP_1);
    }

    private void decideGrant(String pi, FiscalYear year) {
        flow.complete(pi, "Task_DecideGrant", "approver1", Map.of("grantAmount", 200000,
                "grantPeriodFrom", year.firstDay().toString(), "grantPeriodTo", year.lastDay().toString()));
    }
}
