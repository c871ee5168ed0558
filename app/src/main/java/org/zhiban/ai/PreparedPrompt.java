package org.zhiban.ai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhiban.integrations.llm.UntrustedText;
import org.zhiban.integrations.redaction.PersonalDataRedactor;
import org.zhiban.integrations.redaction.Redaction;

/**
 * A request made ready for its model: values and material redacted (when the model is outside the network),
 * material fenced with this prompt's own tag, the prompt file rendered. {@code logged} is always the redacted
 * rendering: the call log never holds personal data, whichever model the request went to. {@code personalData}
 * counts the values found (and, for a model outside the network, replaced).
 */
record PreparedPrompt(AiRequest request, Routing routing, PromptFile prompt, String system, String user,
                      String logged, Redaction redaction, int personalData) {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    static PreparedPrompt of(AiRequest request, Routing routing, PromptFile prompt, PersonalDataRedactor redactor) {
        List<String> texts = new ArrayList<>(request.values().values());
        texts.addAll(request.material().values());
        Redaction redaction = redactor.redact(texts);
        UntrustedText fence = UntrustedText.forPrompt();
        Map<String, Object> redacted = variables(request, redaction.texts(), fence, prompt);
        Map<String, Object> sent = routing.redacts() ? redacted : variables(request, texts, fence, prompt);
        String logged = "[system]\n" + prompt.renderSystem(redacted) + "\n[user]\n" + prompt.renderUser(redacted);
        return new PreparedPrompt(request, routing, prompt, prompt.renderSystem(sent), prompt.renderUser(sent), logged,
                routing.redacts() ? redaction : Redaction.none(texts), redaction.count());
    }

    /** Every {name} of the prompt gets a value: the request's, the fenced material, the references, or empty. */
    private static Map<String, Object> variables(AiRequest request, List<String> texts, UntrustedText fence,
                                                 PromptFile prompt) {
        Map<String, Object> vars = new HashMap<>();
        for (String name : names(prompt.system() + "\n" + prompt.user())) {
            vars.put(name, "");
        }
        int i = 0;
        for (String name : request.values().keySet()) {
            vars.put(name, texts.get(i++));
        }
        StringBuilder material = new StringBuilder();
        for (String label : request.material().keySet()) {
            material.append(fence.fence(label, texts.get(i++))).append('\n');
        }
        vars.put("material", material.toString().strip());
        vars.put("references", request.references().isBlank() ? "（无）" : fence.fence("参考", request.references()));
        vars.put("fenceRule", fence.rule());
        return vars;
    }

    private static List<String> names(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
