package jp.kyodoflow.projects.process;

import jp.kyodoflow.projects.CollaborationPlanning;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordInformalCollaboration: 情報交換 and 企画計画への参画 are recorded and end. */
@Component
class RecordInformalCollaborationDelegate implements JavaDelegate {

    private final CollaborationPlanning planning;

    RecordInformalCollaborationDelegate(CollaborationPlanning planning) {
        this.planning = planning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        planning.recordInformalCollaboration(jp.kyodoflow.workflow.CaseKeys.id(execution, jp.kyodoflow.workflow.CaseKeys.PROJECT));
    }
}
