package org.zhiban.platform;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A task listener every user task of every deployed model gets, attached by {@link GlobalTaskListeners} at parse
 * time — so cross-cutting duties (review records, 办理时限) need no line in any model or delegate.
 */
public interface GlobalTaskListener extends TaskListener {

    /** {@link TaskListener#EVENTNAME_CREATE}, {@link TaskListener#EVENTNAME_COMPLETE}, ... */
    String eventName();
}
