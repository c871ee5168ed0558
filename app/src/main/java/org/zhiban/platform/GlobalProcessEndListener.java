package org.zhiban.platform;

import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * An execution listener on the end of every process instance of every deployed model (completed or cancelled),
 * attached by {@link GlobalTaskListeners} at parse time.
 */
public interface GlobalProcessEndListener extends ExecutionListener {
}
