package jp.kyodoflow.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

/**
 * Deploys our models and forms as one deployment as soon as the engine is built, before anything
 * can start a process. Instead of Camunda's Spring auto-deployment, whose resource names are the
 * files' paths (so {@code spring-boot:run} from {@code target/classes} and {@code java -jar} named
 * the same models differently and every switch deployed new versions of every process):
 * <ul>
 *   <li>resource names are stable, {@code bpmn/<file>} and {@code forms/<file>}, wherever the files come from;</li>
 *   <li>BPMN and forms go into the same deployment, since the models bind their Camunda Forms with
 *       {@code camunda:formRefBinding="deployment"};</li>
 *   <li>duplicate filtering on a fixed name and source: an unchanged set creates no deployment; a change to
 *       any file deploys the whole set again, so that each model keeps its forms beside it.</li>
 * </ul>
 */
@Component
class ProcessModelDeployer extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployer.class);
    static final String DEPLOYMENT_NAME = "kyodo-flow";
    static final String[] FOLDERS = {"bpmn/*.bpmn", "forms/*.form"};

    private final ResourcePatternResolver resolver;

    ProcessModelDeployer(ResourceLoader resourceLoader) {
        this.resolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
    }

    /** What a deployment call found: the deployment in effect, and whether this call created it. */
    record Outcome(Deployment deployment, boolean created) {
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        deploy(engine.getRepositoryService(), resolver, DEPLOYMENT_NAME);
    }

    static Outcome deploy(RepositoryService repository, ResourcePatternResolver resolver, String name) {
        Map<String, byte[]> resources = read(resolver);
        Deployment previous = repository.createDeploymentQuery().deploymentName(name).deploymentSource(name)
                .orderByDeploymentTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
        DeploymentBuilder builder = repository.createDeployment().name(name).source(name).enableDuplicateFiltering(false);
        resources.forEach((resourceName, bytes) -> builder.addInputStream(resourceName, new ByteArrayInputStream(bytes)));
        Deployment deployment = builder.deploy();
        boolean created = previous == null || !previous.getId().equals(deployment.getId());
        if (created) {
            log.info("Deployed {} process models and forms as deployment {} ({})", resources.size(), deployment.getId(), name);
        } else {
            log.info("Process models and forms unchanged: deployment {} ({}) stays in effect", deployment.getId(), name);
        }
        return new Outcome(deployment, created);
    }

    /** Every model and form by its stable name; two files of the same name are a packaging error. */
    static Map<String, byte[]> read(ResourcePatternResolver resolver) {
        Map<String, byte[]> resources = new TreeMap<>();
        for (String pattern : FOLDERS) {
            String folder = pattern.substring(0, pattern.indexOf('/') + 1);
            try {
                for (Resource resource : resolver.getResources(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + pattern)) {
                    String name = folder + resource.getFilename();
                    try (InputStream in = resource.getInputStream()) {
                        if (resources.put(name, in.readAllBytes()) != null) {
                            throw new IllegalStateException("Two files named " + name + " on the classpath; found again at "
                                    + resource.getDescription());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the process models (" + pattern + ")", e);
            }
        }
        if (resources.keySet().stream().noneMatch(n -> n.startsWith("bpmn/"))) {
            throw new IllegalStateException("No process models (bpmn/*.bpmn) on the classpath");
        }
        return resources;
    }
}
