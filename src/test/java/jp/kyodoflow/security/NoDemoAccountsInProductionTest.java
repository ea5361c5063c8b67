package jp.kyodoflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kyodoflow.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A prod start on a database the demo has filled is refused, naming every demo account; real accounts pass untouched. */
@IntegrationTest
class NoDemoAccountsInProductionTest {

    @Autowired IdentityService identity;
    @Autowired ProcessEngineConfigurationImpl engineConfiguration;

    @Test
    void theDemosUsersAndItsAdminPasswordAreNamedAndARealAccountIsNot() {
        User real = identity.newUser("honjo-staff-1");
        real.setFirstName("佐久 一");
        real.setLastName("");
        real.setEmail("staff1@city.honjo.lg.jp");
        real.setPassword("a-long-unique-passphrase");
        identity.saveUser(real);
        try {
            var check = new NoDemoAccountsInProduction(identity, engineConfiguration);
            assertThatThrownBy(check::afterSingletonsInstantiated)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("admin (password 'demo')")
                    .hasMessageContaining("coord1 (demo e-mail, password 'demo')")
                    .hasMessageContaining("committee5 (")
                    .hasMessageNotContaining("honjo-staff-1");
            assertThat(((UserEntity) identity.createUserQuery().userId("honjo-staff-1").singleResult()).getAttempts())
                    .as("no failed login counted against real accounts").isZero();
        } finally {
            identity.deleteUser("honjo-staff-1");
        }
    }
}
