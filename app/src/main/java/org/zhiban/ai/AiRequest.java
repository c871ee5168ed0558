package org.zhiban.ai;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhiban.shared.Classification;

/**
 * What an AI step asks for. Three kinds of input, treated differently on the way out:
 * <ul>
 *   <li>{@code values}: short inputs of ours or an official's (文种, title, key points) — redacted;</li>
 *   <li>{@code material}: text from uploads, tickets and citizens — redacted and fenced as data;</li>
 *   <li>{@code references}: public knowledge (retrieved articles) — sent as it is, fenced as reference.</li>
 * </ul>
 *
 * @param caseId the case the request is for, or null (a question in 政策问答)
 */
public record AiRequest(AiTask task, Classification classification, String caseId, Map<String, String> values,
                        Map<String, String> material, String references) {

    public AiRequest {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        material = Collections.unmodifiableMap(new LinkedHashMap<>(material));
        references = references == null ? "" : references;
    }

    public static AiRequest of(AiTask task, Classification classification) {
        return new AiRequest(task, classification, null, Map.of(), Map.of(), "");
    }

    public AiRequest forCase(String id) {
        return new AiRequest(task, classification, id, values, material, references);
    }

    public AiRequest with(String name, String value) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(name, value == null ? "" : value);
        return new AiRequest(task, classification, caseId, v, material, references);
    }

    /** Untrusted text under a label the prompt shows (投诉内容, 合同条款, 附件…). */
    public AiRequest material(String label, String text) {
        Map<String, String> m = new LinkedHashMap<>(material);
        m.put(label, text == null ? "" : text);
        return new AiRequest(task, classification, caseId, values, m, references);
    }

    public AiRequest references(String text) {
        return new AiRequest(task, classification, caseId, values, material, text);
    }
}
