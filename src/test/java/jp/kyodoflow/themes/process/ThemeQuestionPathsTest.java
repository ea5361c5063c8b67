package jp.kyodoflow.themes.process;

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
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.support.PlainEngine;
import jp.kyodoflow.themes.ThemeCalls;
import jp.kyodoflow.themes.ThemeQuestions;
import jp.kyodoflow.themes.ThemeSelection;
import jp.kyodoflow.themes.ThemeService;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ThemeQuestionProcess on a plain engine: the theme's department answers a group's question. */
class ThemeQuestionPathsTest {

    static final String DEPARTMENT = "dept-kosodate";

    @RegisterExtension
    final ProcessEngineExtension engine = PlainEngine.extension();

    final ThemeQuestions questions = mock(ThemeQuestions.class);
    final long questionId = PlainEngine.nextId();

    @BeforeEach
    void beans() {
        init(engine.getProcessEngine());
        Mocks.register("themeTasks", new ThemeTasks(mock(ThemeService.class), mock(ThemeCalls.class),
                mock(ThemeSelection.class), questions));
        when(questions.questionText(questionId)).thenReturn("テーマ：子どもの居場所づくり\n質問：会場は市が用意しますか");
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    /** As ThemeQuestions.ask: started from inside, under the question's key, for the theme's department. */
    ProcessInstance asked() {
        return runtimeService().startProcessInstanceByKey(ProcessKeys.THEME_QUESTION, "TQ-" + questionId,
                Map.of("themeDepartment", DEPARTMENT, "caseLabel", "質問 Q-" + questionId + "（子どもの居場所づくり）"));
    }

    @Test
    void theThemesDepartmentAnswersAndTheAnswerIsRecorded() {
        ProcessInstance pi = asked();

        assertThat(pi).isWaitingAt("Task_AnswerQuestion");
        assertThat(task("Task_AnswerQuestion", pi)).hasCandidateGroup(DEPARTMENT);
        assertThat(taskService().getVariableLocal(task("Task_AnswerQuestion", pi).getId(), "questionText"))
                .asString().contains("会場は市が用意しますか");

        completeAs("kato", task("Task_AnswerQuestion", pi), Map.of("answer", "会場は市の公民館を用意します"));

        verify(questions).answer(questionId, "会場は市の公民館を用意します", "kato");
        assertThat(pi).isEnded().hasPassed("EndEvent_QuestionAnswered");
    }

    @Test
    void aRefusedAnswerLeavesTheTaskOpen() {
        ProcessInstance pi = asked();
        doThrow(new BusinessRuleException("回答を入力してください")).when(questions).answer(questionId, null, "kato");

        assertThatThrownBy(() -> completeAs("kato", task("Task_AnswerQuestion", pi), Map.of("answer", "")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("回答を入力してください");

        assertThat(pi).isWaitingAt("Task_AnswerQuestion");
    }

    /** The plain engine has production's trust boundary: the department cannot re-aim the question. */
    @Test
    void aKeyTheAnswerFormLacksIsRefused() {
        ProcessInstance pi = asked();

        assertThatThrownBy(() -> completeAs("kato", task("Task_AnswerQuestion", pi),
                Map.of("answer", "回答", "themeDepartment", "dept-bosai")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("themeDepartment");

        assertThat(pi).isWaitingAt("Task_AnswerQuestion");
        verify(questions, never()).answer(anyLong(), any(), any());
    }
}
