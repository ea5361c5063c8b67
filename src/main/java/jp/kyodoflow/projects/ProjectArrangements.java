package jp.kyodoflow.projects;

import java.time.Clock;
import java.time.OffsetDateTime;
import jp.kyodoflow.agreements.AgreementDraft;
import jp.kyodoflow.agreements.AgreementService;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.projects.ProjectInputs.Contract;
import jp.kyodoflow.projects.ProjectInputs.Grant;
import jp.kyodoflow.projects.events.ContractRecorded;
import jp.kyodoflow.projects.events.GrantDecided;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.security.IdentityDirectory;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.workflow.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a project year needs before it runs, by its form of collaboration: the grant decision (補助),
 * the contract record (委託), or the agreement (協定): drafted in 協議, signed by both sides in either
 * order, each side only by those entitled to sign for it.
 */
@Service
@Transactional
public class ProjectArrangements {

    private final ProjectRepository projects;
    private final GrantRepository grants;
    private final ContractRepository contracts;
    private final AgreementService agreements;
    private final GroupRegister register;
    private final IdentityDirectory identity;
    private final EngineAccess engine;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectArrangements(ProjectRepository projects, GrantRepository grants, ContractRepository contracts,
                        AgreementService agreements, GroupRegister register, IdentityDirectory identity,
                        EngineAccess engine, ApplicationEventPublisher events, Clock clock) {
        this.projects = projects;
        this.grants = grants;
        this.contracts = contracts;
        this.agreements = agreements;
        this.register = register;
        this.identity = identity;
        this.engine = engine;
        this.events = events;
        this.clock = clock;
    }

    public void decideGrant(long id, Grant g, String actor) {
        CollaborationProject p = projects.require(id);
        p.requireStatus(ProjectStatus.ARRANGING);
        ProjectValidation.period(g.periodFrom(), g.periodTo(), new FiscalYear(p.fiscalYear), "対象期間");
        ProjectValidation.amount(g.amountYen(), "交付決定額");
        ProjectRecords.Grant row = new ProjectRecords.Grant(OffsetDateTime.now(clock));
        row.projectId = id;
        row.fiscalYear = p.fiscalYear;
        row.projectYear = p.projectYear;
        row.amountYen = g.amountYen();
        row.periodFrom = g.periodFrom();
        row.periodTo = g.periodTo();
        row.conditions = g.conditions();
        row.decidedBy = actor;
        grants.save(row);
        p.status = ProjectStatus.RUNNING;
        events.publishEvent(new GrantDecided(id, p.projectYear, g.amountYen(), g.periodFrom(), g.periodTo(),
                g.conditions(), actor));
    }

    public void recordContract(long id, Contract c, String actor) {
        CollaborationProject p = projects.require(id);
        p.requireStatus(ProjectStatus.ARRANGING);
        ProjectValidation.required(c.contractNumber(), "契約番号");
        ProjectValidation.period(c.periodFrom(), c.periodTo(), new FiscalYear(p.fiscalYear), "契約期間");
        ProjectValidation.amount(c.amountYen(), "委託料");
        ProjectRecords.Contract row = new ProjectRecords.Contract(OffsetDateTime.now(clock));
        row.projectId = id;
        row.fiscalYear = p.fiscalYear;
        row.projectYear = p.projectYear;
        row.contractNumber = c.contractNumber();
        row.amountYen = c.amountYen();
        row.periodFrom = c.periodFrom();
        row.periodTo = c.periodTo();
        row.summary = c.summary();
        row.recordedBy = actor;
        contracts.save(row);
        p.status = ProjectStatus.RUNNING;
        events.publishEvent(new ContractRecorded(id, p.projectYear, c.contractNumber(), c.amountYen(), c.periodFrom(),
                c.periodTo(), actor));
    }

    /** 協議・役割分担: the agreement version both sides are asked to sign. @return its id. */
    public long negotiateAgreement(long id, AgreementDraft draft, String actor) {
        CollaborationProject p = projects.require(id);
        p.requireStatus(ProjectStatus.ARRANGING, ProjectStatus.AGREEMENT_SIGNING, ProjectStatus.RUNNING);
        p.requirePartner();
        if (p.cityShareLimitYen != null && draft.cityContribution() != null
                && draft.cityContribution() > p.cityShareLimitYen) {
            throw new BusinessRuleException("市の負担金（" + JapaneseFormat.yen(draft.cityContribution())
                    + "）が、提案制度で認められた上限（" + JapaneseFormat.yen(p.cityShareLimitYen) + "）を超えています");
        }
        String groupName = register.find(p.partnerGroupId).map(d -> d.group().name()).orElse("団体");
        long agreementId = agreements.draft(
                new AgreementService.ForProject(id, p.title, new FiscalYear(p.fiscalYear), p.projectYear),
                new AgreementService.Parties(identity.displayName(p.departmentGroup), p.partnerGroupId, groupName),
                draft, actor);
        p.status = ProjectStatus.AGREEMENT_SIGNING;
        return agreementId;
    }

    /**
     * One side's answer to the agreement version of this project: the group's by a member of the partner
     * group, the city's by an approver (決裁者); a step the engine runs itself ({@code system}) may sign.
     */
    public AgreementService.SignOutcome signAgreement(long id, long agreementId, String party, String decision,
                                                      String signer, String comment) {
        CollaborationProject p = projects.require(id);
        requireEntitledToSign(p, party, signer);
        p.requireStatus(ProjectStatus.AGREEMENT_SIGNING);
        if (!agreements.forAgreement(agreementId).projectId().equals(id)) {
            throw new BusinessRuleException("この協定は、このタスクの事業のものではありません");
        }
        AgreementService.SignOutcome outcome = agreements.sign(agreementId, party, decision, signer, comment);
        if (outcome.fullySigned()) {
            p.status = ProjectStatus.RUNNING;
        }
        return outcome;
    }

    private void requireEntitledToSign(CollaborationProject p, String party, String signer) {
        if (AgreementService.GROUP.equals(party)) {
            p.requirePartner();
            if (!Actor.SYSTEM.equals(signer) && !engine.lookup(signer).has(Roles.civicGroup(p.partnerGroupId))) {
                throw new BusinessRuleException("団体側の署名は、協働相手の団体の利用者だけが行えます");
            }
        } else if (AgreementService.CITY.equals(party)) {
            if (!Actor.SYSTEM.equals(signer) && !engine.lookup(signer).has(Roles.APPROVER)) {
                throw new BusinessRuleException("市側の署名（決裁）は、決裁者だけが行えます");
            }
        } else {
            throw new IllegalArgumentException("unknown party of an agreement: " + party);
        }
    }

    /** The agreement as the signing forms show it, under the project's name. */
    @Transactional(readOnly = true)
    public String agreementSummary(long agreementId) {
        var agreement = agreements.forAgreement(agreementId);
        return "事業名：" + projects.require(agreement.projectId()).title + "\n" + agreements.summary(agreementId);
    }
}
