package jp.kyodoflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Stands in for a process that a call activity starts ({@code calledElementBinding="latest"}), while
 * one test class runs: a model of the same key with a single wait, deployed after the real one and
 * deleted (with its instances) afterwards. The caller's test sees what the call passes in and decides
 * what comes back; the called model's own paths are its own test's. Test classes of one engine run one
 * at a time, so no other test meets the stub.
 */
public final class CalledProcessStub implements AutoCloseable {

    public static final String WAIT = "Task_CalledProcessStub";

    private final ProcessEngine engine;
    private final String deploymentId;

    private CalledProcessStub(ProcessEngine engine, String deploymentId) {
        this.engine = engine;
        this.deploymentId = deploymentId;
    }

    public static CalledProcessStub deploy(ProcessEngine engine, String processKey) {
        var model = Bpmn.createExecutableProcess(processKey).camundaHistoryTimeToLive(1)
                .startEvent().userTask(WAIT).endEvent().done();
        String id = engine.getRepositoryService().createDeployment().name("stub " + processKey)
                .addModelInstance(processKey + "-stub.bpmn", model).deploy().getId();
        return new CalledProcessStub(engine, id);
    }

    /** The stub's one running instance called by that process instance. */
    public ProcessInstance calledBy(ProcessInstance caller) {
        ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(caller.getId()).singleResult();
        assertThat(called).as("process called by %s", caller.getId()).isNotNull();
        return called;
    }

    /** Ends the called instance with what the real process would hand back (its out-mapped variables). */
    public void finish(ProcessInstance called, Map<String, Object> result) {
        Task wait = engine.getTaskService().createTaskQuery().processInstanceId(called.getId()).singleResult();
        engine.getTaskService().complete(wait.getId(), result);
    }

    @Override
    public void close() {
        engine.getRepositoryService().deleteDeployment(deploymentId, true, true);
    }
}
