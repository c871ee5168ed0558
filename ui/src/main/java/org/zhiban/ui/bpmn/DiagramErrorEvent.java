package org.zhiban.ui.bpmn;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * Fired when the browser could not render the diagram XML of a {@link BpmnViewer}.
 * The viewer already shows its error text; this event lets the application log the cause or offer a fix.
 */
@DomEvent("diagram-error")
public class DiagramErrorEvent extends ComponentEvent<BpmnViewer> {

    private final String message;

    public DiagramErrorEvent(BpmnViewer source, boolean fromClient,
                             @EventData("event.detail.message") String message) {
        super(source, fromClient);
        this.message = message == null ? "" : message;
    }

    /** The parser's own message, in English and technical: for logs, not for the user. */
    public String getMessage() {
        return message;
    }
}
