package jp.kyodoflow.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In {@code prod}, refuses to start while the database still holds demo accounts (a database once run
 * with the demo profile): the users DemoData creates (demo e-mail domain) and any account the published
 * demo password opens, such as the demo's {@code admin}. Refusing, rather than deleting them, keeps an
 * account someone may still need (a real {@code admin} to re-password, its memberships and
 * authorizations) and leaves the decision, and its trace, to a person.
 * Runs when all beans exist, before the web server takes requests.
 */
@Component
@Profile("prod")
class NoDemoAccountsInProduction implements SmartInitializingSingleton {

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    NoDemoAccountsInProduction(IdentityService identity, ProcessEngineConfigurationImpl engineConfiguration) {
        this.identity = identity;
        this.engineConfiguration = engineConfiguration;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> found = ProductionSafetyCheck.demoAccounts(identity.createUserQuery().list().stream()
                .map(u -> new ProductionSafetyCheck.Account(u.getId(), u.getEmail(), opensWithDemoPassword(u))).toList());
        if (!found.isEmpty()) {
            throw new IllegalStateException(ProductionSafetyCheck.demoAccountsRefusal(found));
        }
    }

    /**
     * Compares the stored hash directly: {@code IdentityService.checkPassword} would count a failed
     * login against every real account at each start and lock them out in the end.
     */
    private boolean opensWithDemoPassword(User user) {
        if (!(user instanceof UserEntity entity) || entity.getPassword() == null) {
            return false;
        }
        return engineConfiguration.getPasswordManager()
                .check(EncryptionUtil.saltPassword(DemoIdentity.PASSWORD, entity.getSalt()), entity.getPassword());
    }
}
