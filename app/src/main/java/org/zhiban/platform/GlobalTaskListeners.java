package org.zhiban.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Attaches every {@link GlobalTaskListener} bean to every user task, and every {@link GlobalProcessEndListener}
 * to the end of every process, as built-in listeners when a model is parsed.
 */
@Component
class GlobalTaskListeners extends AbstractProcessEnginePlugin {

    private final List<GlobalTaskListener> taskListeners;
    private final List<GlobalProcessEndListener> endListeners;

    GlobalTaskListeners(List<GlobalTaskListener> taskListeners, List<GlobalProcessEndListener> endListeners) {
        this.taskListeners = List.copyOf(taskListeners);
        this.endListeners = List.copyOf(endListeners);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl config) {
        List<BpmnParseListener> parseListeners = config.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(config.getCustomPostBPMNParseListeners());
        parseListeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                taskListeners.forEach(l -> l.eventNames().forEach(event -> definition.addBuiltInTaskListener(event, l)));
            }

            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity process) {
                endListeners.forEach(l -> process.addBuiltInListener(ExecutionListener.EVENTNAME_END, l));
            }
        });
        config.setCustomPostBPMNParseListeners(parseListeners);
    }
}
