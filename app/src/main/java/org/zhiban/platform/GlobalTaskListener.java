package org.zhiban.platform;

import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A task listener every user task of every deployed model gets, attached by {@link GlobalTaskListeners} at parse
 * time — so cross-cutting duties (办理时限, the case's task register) need no line in any model or delegate.
 * Listeners run in bean order ({@code @Order}).
 */
public interface GlobalTaskListener extends TaskListener {

    /** {@link TaskListener#EVENTNAME_CREATE}, {@link TaskListener#EVENTNAME_COMPLETE}, ... */
    Set<String> eventNames();
}
