package org.zhiban.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/** Attaches every {@link GlobalTaskListener} bean as a built-in listener to every user task when a model is parsed. */
@Component
class GlobalTaskListeners extends AbstractProcessEnginePlugin {

    private final List<GlobalTaskListener> listeners;

    GlobalTaskListeners(List<GlobalTaskListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl config) {
        List<BpmnParseListener> parseListeners = config.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(config.getCustomPostBPMNParseListeners());
        parseListeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                listeners.forEach(l -> definition.addBuiltInTaskListener(l.eventName(), l));
            }
        });
        config.setCustomPostBPMNParseListeners(parseListeners);
    }
}
