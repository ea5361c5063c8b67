package jp.kyodoflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import jp.kyodoflow.support.IntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Models are deployed once under stable names, whether read as files ({@code spring-boot:run},
 * the tests) or from a jar ({@code java -jar}); only a real change makes new versions.
 */
@IntegrationTest
class ProcessModelDeployerTest {

    static final String PROBE = "DeployerProbeProcess";

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired FormService forms;

    @TempDir
    Path tmp;

    @Test
    void theAppsModelsAndFormsAreOneDeploymentUnderStableNames() throws IOException {
        Deployment deployment = repository.createDeploymentQuery().deploymentName(ProcessModelDeployer.DEPLOYMENT_NAME)
                .singleResult();
        assertThat(deployment).as("one deployment at the first start").isNotNull();
        assertThat(repository.getDeploymentResourceNames(deployment.getId())).containsExactlyInAnyOrderElementsOf(
                ProcessModelDeployer.read(new PathMatchingResourcePatternResolver()).keySet())
                .contains("bpmn/CollaborationProjectProcess.bpmn", "forms/RaiseProblemForm.form")
                .allMatch(n -> n.matches("(bpmn/[A-Za-z]+\\.bpmn|forms/[A-Za-z]+\\.form)"));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.COLLABORATION_PROJECT)
                .latestVersion().singleResult().getDeploymentId()).isEqualTo(deployment.getId());
        assertThat(new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn"))
                .as("at start-up the tests read the models as files").allMatch(r -> r.isFile());
    }

    @Test
    void theSameModelsReadFromAJarDeployNothingNew() throws IOException {
        Map<String, byte[]> models = ProcessModelDeployer.read(new PathMatchingResourcePatternResolver());
        ResourcePatternResolver fromJar = jar(tmp.resolve("kyodo-flow.jar"), models);
        assertThat(fromJar.getResources("classpath*:bpmn/*.bpmn")).hasSize(8)
                .allMatch(r -> urlOf(r).getProtocol().equals("jar"));
        long definitions = repository.createProcessDefinitionQuery().count();
        long deployments = repository.createDeploymentQuery().count();

        var outcome = ProcessModelDeployer.deploy(repository, fromJar, ProcessModelDeployer.DEPLOYMENT_NAME);

        assertThat(outcome.created()).isFalse();
        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aChangedModelIsANewVersionDeployedWithItsForms() throws IOException {
        String name = "kyodo-flow-deployer-probe";
        Map<String, byte[]> v1 = Map.of("bpmn/" + PROBE + ".bpmn", probe("確認"), "forms/ProbeForm.form", form());
        ResourcePatternResolver asFiles = folder(tmp.resolve("files"), v1);

        var first = ProcessModelDeployer.deploy(repository, asFiles, name);
        var fromJar = ProcessModelDeployer.deploy(repository, jar(tmp.resolve("v1.jar"), v1), name);
        var again = ProcessModelDeployer.deploy(repository, asFiles, name);

        assertThat(first.created()).isTrue();
        assertThat(fromJar.created()).as("same bytes from a jar").isFalse();
        assertThat(again.created()).isFalse();
        assertThat(latestProbeVersion()).isEqualTo(1);

        Map<String, byte[]> v2 = Map.of("bpmn/" + PROBE + ".bpmn", probe("再確認"), "forms/ProbeForm.form", form());
        var changed = ProcessModelDeployer.deploy(repository, jar(tmp.resolve("v2.jar"), v2), name);

        assertThat(changed.created()).isTrue();
        assertThat(latestProbeVersion()).isEqualTo(2);
        assertThat(repository.getDeploymentResources(changed.deployment().getId())).extracting(Resource::getName)
                .containsExactlyInAnyOrder("bpmn/" + PROBE + ".bpmn", "forms/ProbeForm.form");
        String pi = runtime.startProcessInstanceByKey(PROBE).getId();
        String taskId = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).as("form bound in the new deployment")
                    .contains("\"ProbeForm\"");
        }
        runtime.deleteProcessInstance(pi, "test");
    }

    int latestProbeVersion() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(PROBE).latestVersion().singleResult()
                .getVersion();
    }

    static byte[] probe(String taskName) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Probe" targetNamespace="http://kyodoflow.jp/test">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_Probe"/>
                    <bpmn:sequenceFlow id="Flow_ToTask" sourceRef="StartEvent_Probe" targetRef="Task_Probe"/>
                    <bpmn:userTask id="Task_Probe" name="%s" camunda:formRef="ProbeForm" camunda:formRefBinding="deployment"/>
                    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Probe" targetRef="EndEvent_Probe"/>
                    <bpmn:endEvent id="EndEvent_Probe"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(PROBE, taskName)).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] form() {
        return """
                {"id": "ProbeForm", "type": "default", "schemaVersion": 16, "components": [
                  {"id": "Field_Note", "key": "note", "label": "メモ", "type": "textfield"}]}
                """.getBytes(StandardCharsets.UTF_8);
    }

    /** The files under a folder on their own class path (file: URLs, as from target/classes). */
    static ResourcePatternResolver folder(Path root, Map<String, byte[]> files) throws IOException {
        for (var file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        return isolated(root.toUri().toURL());
    }

    /** The files inside a jar on their own class path (jar: URLs, as from java -jar). */
    static ResourcePatternResolver jar(Path jar, Map<String, byte[]> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (String dir : files.keySet().stream().map(n -> n.substring(0, n.indexOf('/') + 1))
                    .collect(Collectors.toCollection(java.util.TreeSet::new))) {
                zip.putNextEntry(new JarEntry(dir));
                zip.closeEntry();
            }
            for (var file : files.entrySet()) {
                zip.putNextEntry(new JarEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return isolated(jar.toUri().toURL());
    }

    /** No parent class loader: only these files are found, not the application's own. */
    static ResourcePatternResolver isolated(URL url) {
        return new PathMatchingResourcePatternResolver(new URLClassLoader(new URL[] {url}, null));
    }

    static URL urlOf(org.springframework.core.io.Resource resource) {
        try {
            return resource.getURL();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
