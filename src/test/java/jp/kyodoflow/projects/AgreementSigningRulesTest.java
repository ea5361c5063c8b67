package jp.kyodoflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import jp.kyodoflow.agreements.AgreementService;
import jp.kyodoflow.agreements.AgreementService.AgreementView;
import jp.kyodoflow.agreements.AgreementService.SignOutcome;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.security.IdentityDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Who may answer an agreement for which side: the group's signature only by a user of the partner
 * group, the city's only by an approver (決裁者); a refused answer reaches no agreement.
 */
class AgreementSigningRulesTest {

    static final long PROJECT = 7L;
    static final long AGREEMENT = 70L;

    final ProjectRepository projects = mock(ProjectRepository.class);
    final AgreementService agreements = mock(AgreementService.class);
    final EngineAccess engine = mock(EngineAccess.class);
    final ProjectArrangements arrangements = new ProjectArrangements(projects, mock(GrantRepository.class),
            mock(ContractRepository.class), agreements, mock(GroupRegister.class), mock(IdentityDirectory.class),
            engine, mock(ApplicationEventPublisher.class), Clock.systemUTC());
    final CollaborationProject project = new CollaborationProject("子ども食堂の協働運営", "居場所が足りない", null,
            "KOSODATE", "DEPARTMENT", "kosodate1", "dept-kosodate", 3, 2026, "pi-1", OffsetDateTime.now());

    @BeforeEach
    void aProjectWaitingForSignatures() {
        project.id = PROJECT;
        project.partnerGroupId = 1L;
        project.collaborationForm = CollaborationForm.COOPERATION_AGREEMENT;
        project.status = ProjectStatus.AGREEMENT_SIGNING;
        when(projects.require(PROJECT)).thenReturn(project);
        when(agreements.forAgreement(AGREEMENT)).thenReturn(agreementOf(PROJECT));
        user("applicant1", "applicant", "group-1");
        user("applicant2", "applicant", "group-2");
        user("approver1", "approver");
        user("kosodate1", "dept-kosodate");
    }

    void user(String id, String... groups) {
        when(engine.lookup(id)).thenReturn(new CurrentUser(id, Set.of(groups)));
    }

    static AgreementView agreementOf(long projectId) {
        return new AgreementView(AGREEMENT, projectId, 1, 2026, 1, "DRAFT", "目的", null, null, java.util.List.of(),
                java.util.List.of(), 0, 0, null, null, null, null, "kosodate1", null, null, null, java.util.List.of());
    }

    @Test
    void onlyAUserOfThePartnerGroupSignsForTheGroup() {
        assertThatThrownBy(() -> arrangements.signAgreement(PROJECT, AGREEMENT, AgreementService.GROUP, "SIGN",
                "applicant2", null)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("団体側の署名は、協働相手の団体の利用者だけが行えます");
        assertThatThrownBy(() -> arrangements.signAgreement(PROJECT, AGREEMENT, AgreementService.GROUP, "SIGN",
                "approver1", null)).hasMessage("団体側の署名は、協働相手の団体の利用者だけが行えます");
        verify(agreements, never()).sign(anyLong(), anyString(), anyString(), anyString(), any());

        when(agreements.sign(AGREEMENT, AgreementService.GROUP, "SIGN", "applicant1", null))
                .thenReturn(new SignOutcome(false, false));
        arrangements.signAgreement(PROJECT, AGREEMENT, AgreementService.GROUP, "SIGN", "applicant1", null);
        verify(agreements).sign(AGREEMENT, AgreementService.GROUP, "SIGN", "applicant1", null);
        assertThat(project.status).isEqualTo(ProjectStatus.AGREEMENT_SIGNING);
    }

    @Test
    void onlyAnApproverSignsForTheCityAndTheSecondSignatureStartsTheProject() {
        for (String notApprover : new String[] {"kosodate1", "applicant1"}) {
            assertThatThrownBy(() -> arrangements.signAgreement(PROJECT, AGREEMENT, AgreementService.CITY, "SIGN",
                    notApprover, null)).isInstanceOf(BusinessRuleException.class)
                    .hasMessage("市側の署名（決裁）は、決裁者だけが行えます");
        }
        verify(agreements, never()).sign(anyLong(), anyString(), anyString(), anyString(), any());

        when(agreements.sign(AGREEMENT, AgreementService.CITY, "SIGN", "approver1", null))
                .thenReturn(new SignOutcome(true, false));
        arrangements.signAgreement(PROJECT, AGREEMENT, AgreementService.CITY, "SIGN", "approver1", null);
        assertThat(project.status).isEqualTo(ProjectStatus.RUNNING);
    }

    @Test
    void aStepTheEngineRunsItselfMaySignAndAProjectWithoutPartnerHasNoGroupSide() {
        when(agreements.sign(AGREEMENT, AgreementService.CITY, "SIGN", "system", null))
                .thenReturn(new SignOutcome(false, false));
        arrangements.signAgreement(PROJECT, AGREEMENT, AgreementService.CITY, "SIGN", "system", null);
        verify(agreements).sign(AGREEMENT, AgreementService.CITY, "SIGN", "system", null);

        project.partnerGroupId = null;
        assertThatThrownBy(() -> arrangements.signAgreement(PROJECT, AGREEMENT, AgreementService.GROUP, "SIGN",
                "applicant1", null)).hasMessage("協働相手が選定されていません");
    }

    @Test
    void anAgreementOfAnotherProjectIsRefusedEvenToAnEntitledSigner() {
        when(agreements.forAgreement(AGREEMENT)).thenReturn(agreementOf(8L));
        assertThatThrownBy(() -> arrangements.signAgreement(PROJECT, AGREEMENT, AgreementService.CITY, "SIGN",
                "approver1", null)).hasMessage("この協定は、このタスクの事業のものではありません");
        verify(agreements, never()).sign(anyLong(), anyString(), anyString(), anyString(), any());
    }
}
