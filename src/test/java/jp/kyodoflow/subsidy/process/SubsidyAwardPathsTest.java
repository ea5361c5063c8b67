package jp.kyodoflow.subsidy.process;

import static jp.kyodoflow.support.PlainEngine.completeAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.subsidy.SubsidyAwardSteps;
import jp.kyodoflow.subsidy.SubsidyCallSteps;
import jp.kyodoflow.subsidy.SubsidyCasework;
import jp.kyodoflow.support.CalledProcessStub;
import jp.kyodoflow.support.PlainEngine;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SubsidyAwardProcess on a plain engine: prepared, ranked by the committee (a stub), confirmed and published. */
class SubsidyAwardPathsTest {

    @RegisterExtension
    final ProcessEngineExtension engine = PlainEngine.extension();
    static CalledProcessStub committee;

    final SubsidyAwardSteps awards = mock(SubsidyAwardSteps.class);
    final long awardId = PlainEngine.nextId();
    final long roundId = PlainEngine.nextId();

    @BeforeAll
    static void stubTheCommittee() {
        committee = CalledProcessStub.deploy(PlainEngine.engine(), ProcessKeys.COMMITTEE_REVIEW);
    }

    @AfterAll
    static void removeTheStub() {
        committee.close();
    }

    @BeforeEach
    void beans() {
        init(engine.getProcessEngine());
        SubsidyCasework casework = mock(SubsidyCasework.class);
        SubsidyCallSteps calls = mock(SubsidyCallSteps.class);
        jp.kyodoflow.security.EngineAccess access = mock(jp.kyodoflow.security.EngineAccess.class);
        when(access.lookup("coord1")).thenReturn(COORDINATOR);
        Mocks.register("subsidySteps", new SubsidySteps(casework, calls, awards, access));
        Mocks.register("subsidyTasks", new SubsidyTasks(casework, calls, awards));
        when(awards.prepare(awardId)).thenReturn(roundId);
        when(awards.sheet(awardId)).thenReturn("1位 子ども食堂の運営（最優秀賞）／2位 川の清掃（優秀賞）");
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    static final jp.kyodoflow.security.CurrentUser COORDINATOR = new jp.kyodoflow.security.CurrentUser("coord1",
            java.util.Set.of("coordinator"));

    ProcessInstance ranked() {
        when(awards.record(org.mockito.ArgumentMatchers.eq(2026), org.mockito.ArgumentMatchers.eq("committee1, committee2"),
                org.mockito.ArgumentMatchers.eq(COORDINATOR), any())).thenReturn(awardId);
        ProcessInstance pi = PlainEngine.startAs("coord1", ProcessKeys.SUBSIDY_AWARD,
                Map.of("fiscalYear", 2026L, "committeeMembers", "committee1, committee2"));
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey())
                .as("the award's business key comes from our record").isEqualTo("SW-" + awardId);
        verify(awards).prepare(awardId);
        ProcessInstance round = committee.calledBy(pi);
        assertThat(round.getBusinessKey()).isEqualTo("SW-" + awardId);
        assertThat(runtimeService().getVariable(round.getId(), "roundId")).isEqualTo(roundId);
        committee.finish(round, Map.of());
        return pi;
    }

    @Test
    void theCommitteesRankingIsConfirmedAndPublished() {
        ProcessInstance pi = ranked();

        Task confirm = task("Task_ConfirmAwards", pi);
        assertThat(confirm).hasCandidateGroup("coordinator");
        assertThat(taskService().getVariableLocal(confirm.getId(), "awardSheet"))
                .isEqualTo("1位 子ども食堂の運営（最優秀賞）／2位 川の清掃（優秀賞）");
        completeAs("coord1", confirm, Map.of("awardsConfirmed", true, "awardNote", "表彰式は3月に行います"));

        verify(awards).confirm(awardId, "表彰式は3月に行います", "coord1");
        assertThat(pi).isEnded().hasPassed("Task_RecordAward", "Task_PrepareAward", "CallActivity_CommitteeReview", "EndEvent_Published");
    }

    @Test
    void aRefusedStartLeavesNothingRunning() {
        when(awards.record(org.mockito.ArgumentMatchers.eq(2026), any(), any(), any()))
                .thenThrow(new BusinessRuleException("令和8年度に完了した支援金事業がありません"));

        assertThatThrownBy(() -> PlainEngine.startAs("coord1", ProcessKeys.SUBSIDY_AWARD,
                Map.of("fiscalYear", 2026L, "committeeMembers", "committee1")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("完了した支援金事業がありません");
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.SUBSIDY_AWARD).count()).isZero();
        verify(awards, never()).prepare(anyLong());
    }

    @Test
    void theAwardsAreNotPublishedWithoutTheConfirmation() {
        ProcessInstance pi = ranked();

        assertThatThrownBy(() -> completeAs("coord1", task("Task_ConfirmAwards", pi), Map.of("awardsConfirmed", false)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("表彰を確定し");

        assertThat(pi).isWaitingAt("Task_ConfirmAwards");
        verify(awards, never()).confirm(anyLong(), any(), any());
    }
}
