package org.zhiban.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards every model under {@code processes/}: the engine refuses models without a history time to live, and
 * scripts or listener expressions would let a model run code that no review or test of the app covers.
 */
class BpmnModelsTest {

    static List<Path> models() throws IOException, URISyntaxException {
        Path root = Path.of(BpmnModelsTest.class.getClassLoader().getResource("processes").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> models = files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(models).as("BPMN models under processes/").isNotEmpty();
            return models;
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void every_executable_process_has_a_history_time_to_live(Path model) {
        List<Process> executable = read(model).getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable)
                .toList();

        assertThat(executable).as("executable processes in %s", model.getFileName()).isNotEmpty()
                .allSatisfy(process -> assertThat(process.getCamundaHistoryTimeToLiveString())
                        .as("historyTimeToLive of %s", process.getId()).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("models")
    void no_model_runs_scripts(Path model) {
        BpmnModelInstance instance = read(model);

        assertThat(instance.getModelElementsByType(ScriptTask.class)).as("script tasks").isEmpty();
        assertThat(instance.getModelElementsByType(CamundaScript.class)).as("camunda:script").isEmpty();
        assertThat(instance.getModelElementsByType(ConditionExpression.class))
                .as("scripted conditions").allSatisfy(condition -> assertThat(condition.getLanguage()).isNull());
    }

    @ParameterizedTest
    @MethodSource("models")
    void no_listener_evaluates_an_expression(Path model) {
        BpmnModelInstance instance = read(model);

        assertThat(instance.getModelElementsByType(CamundaExecutionListener.class))
                .allSatisfy(listener -> assertThat(listener.getCamundaExpression()).isNull());
        assertThat(instance.getModelElementsByType(CamundaTaskListener.class))
                .allSatisfy(listener -> assertThat(listener.getCamundaExpression()).isNull());
    }

    @ParameterizedTest
    @MethodSource("models")
    void every_element_is_drawn_so_the_designer_can_show_it(Path model) {
        BpmnModelInstance instance = read(model);

        Set<String> shapes = drawnIds(instance.getModelElementsByType(BpmnShape.class).stream()
                .map(BpmnShape::getBpmnElement).toList());
        Set<String> edges = drawnIds(instance.getModelElementsByType(BpmnEdge.class).stream()
                .map(BpmnEdge::getBpmnElement).toList());

        assertThat(shapes).containsAll(ids(instance.getModelElementsByType(FlowNode.class)));
        assertThat(edges).containsAll(ids(instance.getModelElementsByType(SequenceFlow.class)));
    }

    private static BpmnModelInstance read(Path model) {
        BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
        Bpmn.validateModel(instance);
        return instance;
    }

    private static Set<String> drawnIds(List<BaseElement> elements) {
        return elements.stream().filter(java.util.Objects::nonNull).map(BaseElement::getId).collect(Collectors.toSet());
    }

    private static Set<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
    }
}
