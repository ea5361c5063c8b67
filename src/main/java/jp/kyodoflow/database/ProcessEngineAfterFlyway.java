package jp.kyodoflow.database;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;

/** Makes the Camunda process engine wait for Flyway, which creates its tables. */
public class ProcessEngineAfterFlyway implements DependsOnDatabaseInitializationDetector {

    @Override
    public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
        return Arrays.stream(new Class<?>[] {ProcessEngineFactoryBean.class, ProcessEngine.class})
                .flatMap(type -> Arrays.stream(beanFactory.getBeanNamesForType(type, true, false)))
                .map(BeanFactoryUtils::transformedBeanName)
                .collect(Collectors.toSet());
    }
}
