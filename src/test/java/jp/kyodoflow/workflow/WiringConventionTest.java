package jp.kyodoflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/**
 * One wiring style, checked on every model: a step {@code Task_<Verb>} is the method {@code <verb>} of
 * the process's one {@code …Steps} bean (service and send tasks, {@code (execution)}) or of its one
 * {@code …Tasks} bean (user tasks' complete listener, {@code (task)}; a create listener prepares the
 * form with {@code prepare…}). No delegate beans, no Java classes named in models.
 */
class WiringConventionTest {

    static final Pattern CALL = Pattern.compile("\\$\\{(\\w+)\\.(\\w+)\\((execution|task)(, *'[A-Z_]+')?\\)}");

    @Test
    void everyStepIsTheMethodNamedAfterItsTask() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                check(Bpmn.readModelFromFile(file.toFile()), problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(BpmnModelInstance model, List<String> problems) {
        String process = model.getModelElementsByType(Process.class).stream().map(Process::getId)
                .filter(id -> id.endsWith("Process")).findFirst().orElse("?");
        List<String> stepBeans = new ArrayList<>();
        List<String> taskBeans = new ArrayList<>();
        for (Task t : model.getModelElementsByType(Task.class)) {
            walk(process, t, problems, stepBeans, taskBeans);
        }
        if (stepBeans.stream().distinct().count() > 1) {
            problems.add(process + ": service tasks call more than one bean " + stepBeans.stream().distinct().toList());
        }
        if (taskBeans.stream().distinct().count() > 1) {
            problems.add(process + ": user tasks call more than one bean " + taskBeans.stream().distinct().toList());
        }
    }

    private static void walk(String process, Task t, List<String> problems, List<String> stepBeans, List<String> taskBeans) {
        String where = process + "/" + t.getId();
        String verb = verb(t.getId());
        if (t instanceof ServiceTask || t instanceof SendTask) {
            String delegate = t.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
            String clazz = t.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "class");
            String expression = t.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "expression");
            if (delegate != null || clazz != null) {
                problems.add(where + ": wired by delegate or class, not by a Steps method");
                return;
            }
            Matcher m = expression == null ? null : CALL.matcher(expression);
            if (m == null || !m.matches() || !m.group(1).endsWith("Steps") || !"execution".equals(m.group(3))) {
                problems.add(where + ": expected ${…Steps." + verb + "(execution)}, found " + expression);
                return;
            }
            stepBeans.add(m.group(1));
            if (!m.group(2).equals(verb)) {
                problems.add(where + ": method " + m.group(2) + " should be named " + verb);
            }
        } else if (t instanceof UserTask) {
            for (CamundaTaskListener l : t.getExtensionElements() == null ? List.<CamundaTaskListener>of()
                    : t.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()) {
                if (l.getCamundaClass() != null || l.getCamundaDelegateExpression() != null) {
                    problems.add(where + ": listener wired by delegate or class");
                    continue;
                }
                Matcher m = l.getCamundaExpression() == null ? null : CALL.matcher(l.getCamundaExpression());
                if (m == null || !m.matches() || !m.group(1).endsWith("Tasks") || !"task".equals(m.group(3))) {
                    problems.add(where + ": expected ${…Tasks.…(task)}, found " + l.getCamundaExpression());
                    continue;
                }
                taskBeans.add(m.group(1));
                boolean ok = "complete".equals(l.getCamundaEvent()) ? m.group(2).equals(verb)
                        : m.group(2).startsWith("prepare");
                if (!ok) {
                    problems.add(where + ": " + l.getCamundaEvent() + " listener " + m.group(2) + " should be named "
                            + ("complete".equals(l.getCamundaEvent()) ? verb : "prepare…"));
                }
            }
        }
    }

    /** Task_CheckEligibility → checkEligibility. */
    static String verb(String id) {
        String name = id.startsWith("Task_") ? id.substring("Task_".length()) : id;
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
