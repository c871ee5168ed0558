package org.zhiban.ai.eval;

import java.util.List;
import java.util.Map;

/**
 * One line of an evaluation dataset (JSON lines): the task's inputs and what a right answer has.
 *
 * <pre>{"task":"document-proofread","classification":"公开","material":{"文稿":"…大数局产业。"},
 *  "expect":{"contains":["大数据"]}}</pre>
 *
 * {@code expect.contains}: every string must appear in the answer; {@code expect.equals}: the answer, trimmed;
 * {@code expect.fields}: for JSON tasks, each field's value.
 */
public record EvaluationCase(String id, String task, String classification, Map<String, String> values,
                             Map<String, String> material, String references, Expectation expect) {

    public record Expectation(List<String> contains, String equals, Map<String, Object> fields) {
    }
}
