package org.zhiban.ai;

/**
 * A streamed answer so far ({@code text}, placeholders already restored); the last one carries the whole
 * {@code result} (model or fallback, citations verified).
 */
public record AiProgress(String text, AiResult<String> result) {

    public boolean done() {
        return result != null;
    }
}
