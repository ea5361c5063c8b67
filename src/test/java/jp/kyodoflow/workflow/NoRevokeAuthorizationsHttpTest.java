package jp.kyodoflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.support.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine runs without revoke checks (EngineTuningPlugin), so a revoke authorization would be ignored:
 * saving one is refused, through the Java API and /engine-rest (what Admin calls), and nothing is stored.
 */
@IntegrationTest
class NoRevokeAuthorizationsHttpTest {

    @Autowired AuthorizationService authorizations;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    long revokes() {
        return jdbc.queryForObject("select count(*) from act_ru_authorization where type_ = 2", Long.class);
    }

    @Test
    void aRevokeIsRefusedAtEveryDoorAndAGrantStillSaves() {
        Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setGroupId("dept-bosai");
        revoke.setResource(Resources.PROCESS_DEFINITION);
        revoke.setResourceId("CollaborationProjectProcess");
        revoke.removePermission(Permissions.READ);
        assertThatThrownBy(() -> authorizations.saveAuthorization(revoke))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("取り消し（REVOKE）の権限は使えません");

        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        var answer = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/authorization/create", new HttpEntity<>(
                "{\"type\":2,\"permissions\":[\"READ\"],\"groupId\":\"dept-bosai\",\"resourceType\":6,"
                        + "\"resourceId\":\"CollaborationProjectProcess\"}", json), String.class);
        assertThat(answer.getStatusCode().is4xxClientError()).as(answer.getBody()).isTrue();
        assertThat(answer.getBody()).contains("取り消し（REVOKE）の権限は使えません");
        assertThat(revokes()).isZero();

        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("dept-bosai");
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId("NoRevokeTestProcess");
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
        authorizations.deleteAuthorization(grant.getId());
    }
}
