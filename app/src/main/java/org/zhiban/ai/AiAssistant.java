package org.zhiban.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.converter.BeanOutputConverter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.zhiban.integrations.llm.ModelCallException;
import org.zhiban.integrations.llm.ModelReply;
import org.zhiban.integrations.redaction.PersonalDataRedactor;
import reactor.core.publisher.Flux;

/**
 * The AI layer every AI step calls: routes by classification, redacts for models outside the network, fences
 * untrusted text, validates structured output (one retry), verifies citations, logs and measures every call, and
 * falls back to the caller's rules, retrieval or template — saying why — when no model may or can answer.
 * A fallback that itself fails is the caller's exception: that is the one case an AI step becomes an incident.
 */
@Service
public class AiAssistant {

    private static final Logger log = LoggerFactory.getLogger(AiAssistant.class);
    static final String FAILED_NOTICE = "模型调用失败，已改用规则与模板";
    static final String INVALID_NOTICE = "模型输出两次不符合格式，已改用规则与模板";

    private final ModelRouter router;
    private final PromptLibrary prompts;
    private final PersonalDataRedactor redactor;
    private final AiCallLog calls;
    private final ObjectProvider<LawCitations> citations;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ObjectMapper json;
    private final Validator validator;

    AiAssistant(ModelRouter router, PromptLibrary prompts, AiProperties properties, AiCallLog calls,
                ObjectProvider<LawCitations> citations, ObjectProvider<MeterRegistry> meters, Clock clock,
                ObjectMapper json, Validator validator) {
        this.router = router;
        this.prompts = prompts;
        this.redactor = new PersonalDataRedactor(properties.redactIndividualBusinessCodes());
        this.calls = calls;
        this.citations = citations;
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.clock = clock;
        this.json = json;
        this.validator = validator;
    }

    /** Where this request would go, without sending it: for the UI to say so before the officer asks. */
    public Routing routing(AiRequest request) {
        return router.route(request.task(), request.classification());
    }

    /** A text answer (a draft, a summary, an answer to a question), or the fallback's text. */
    public AiResult<String> write(AiRequest request, Supplier<String> fallback) {
        long start = System.nanoTime();
        PreparedPrompt p = prepare(request);
        if (!p.routing().routed()) {
            return fallback(p, start, refusedOutcome(p.routing()), p.routing().refusal().reason(), null, fallback.get(), true);
        }
        try {
            ModelReply reply = p.routing().endpoint().complete(p.system(), p.user(), null);
            String text = p.redaction().restore(reply.text());
            return answered(p, start, reply, text, true);
        } catch (ModelCallException e) {
            log.warn("model {} failed for {}: {}", p.routing().modelName(), request.task().id(), e.getMessage());
            return fallback(p, start, "failed", FAILED_NOTICE, e.getMessage(), fallback.get(), true);
        }
    }

    /**
     * Data of {@code type} (a record whose JSON schema the model is given; Bean Validation annotations on it are
     * checked). Output that does not parse or validate is asked for once more, then the fallback's value is used.
     */
    public <T> AiResult<T> extract(AiRequest request, Class<T> type, Supplier<T> fallback) {
        long start = System.nanoTime();
        PreparedPrompt p = prepare(request);
        if (!p.routing().routed()) {
            return fallback(p, start, refusedOutcome(p.routing()), p.routing().refusal().reason(), null, fallback.get(), false);
        }
        BeanOutputConverter<T> converter = new BeanOutputConverter<>(type, json);
        String schema = converter.getJsonSchema();
        String system = p.system() + "\n\n只输出一个符合下列 JSON Schema 的 JSON 对象，不要输出解释或代码块标记：\n" + schema;
        String user = p.user();
        String problem = null;
        int attempts = 0;
        try {
            for (int round = 0; round < 2; round++) {
                ModelReply reply = p.routing().endpoint().complete(system, user, schema);
                attempts += reply.attempts();
                String restored = p.redaction().restore(reply.text(), this::jsonEscaped);
                try {
                    T value = converter.convert(restored);
                    problem = violations(value);
                    if (problem == null) {
                        return answered(p, start, new ModelReply(reply.text(), reply.promptTokens(),
                                reply.completionTokens(), attempts), value, false);
                    }
                } catch (RuntimeException e) {
                    problem = "不是合法的 JSON（" + e.getClass().getSimpleName() + "）";
                }
                user = p.user() + "\n\n（你上一次的输出无效：" + problem + "。请只输出符合 JSON Schema 的 JSON 对象。）";
            }
            return fallback(p, start, "invalid", INVALID_NOTICE, problem, fallback.get(), false);
        } catch (ModelCallException e) {
            log.warn("model {} failed for {}: {}", p.routing().modelName(), request.task().id(), e.getMessage());
            return fallback(p, start, "failed", FAILED_NOTICE, e.getMessage(), fallback.get(), false);
        }
    }

    /**
     * The answer as the model writes it: each element the text so far, the last one with the whole result. A
     * model that fails midway is replaced by the fallback's text, marked as such; nothing half-written is kept.
     */
    public Flux<AiProgress> stream(AiRequest request, Supplier<String> fallback) {
        return Flux.defer(() -> {
            long start = System.nanoTime();
            PreparedPrompt p = prepare(request);
            if (!p.routing().routed()) {
                AiResult<String> r = fallback(p, start, refusedOutcome(p.routing()), p.routing().refusal().reason(),
                        null, fallback.get(), true);
                return Flux.just(new AiProgress(r.value(), r));
            }
            StringBuilder written = new StringBuilder();
            AtomicReference<String> restored = new AtomicReference<>("");
            return p.routing().endpoint().stream(p.system(), p.user())
                    .map(chunk -> {
                        written.append(chunk);
                        restored.set(p.redaction().restore(written.toString()));
                        return new AiProgress(restored.get(), null);
                    })
                    .concatWith(Flux.defer(() -> {
                        AiResult<String> r = answered(p, start, new ModelReply(written.toString(), 0, 0, 1),
                                restored.get(), true);
                        return Flux.just(new AiProgress(r.value(), r));
                    }))
                    .onErrorResume(ModelCallException.class, e -> {
                        AiResult<String> r = fallback(p, start, "failed", FAILED_NOTICE, e.getMessage(), fallback.get(), true);
                        return Flux.just(new AiProgress(r.value(), r));
                    });
        });
    }

    private PreparedPrompt prepare(AiRequest request) {
        Routing routing = router.route(request.task(), request.classification());
        return PreparedPrompt.of(request, routing, prompts.of(request.task()), redactor);
    }

    private <T> AiResult<T> answered(PreparedPrompt p, long start, ModelReply reply, T value, boolean verify) {
        String id = record(p, start, "ok", reply.promptTokens(), reply.completionTokens(), reply.attempts(), null);
        return new AiResult<>(value, p.routing().modelName(), false, null, p.routing().describe(), p.prompt().label(),
                id, verify ? verified(p, value) : List.of());
    }

    private <T> AiResult<T> fallback(PreparedPrompt p, long start, String outcome, String notice, String error, T value,
                                     boolean verify) {
        String id = record(p, start, outcome, 0, 0, 0, error);
        return new AiResult<>(value, null, true, notice, p.routing().describe(), p.prompt().label(), id,
                verify ? verified(p, value) : List.of());
    }

    private List<AiCitation> verified(PreparedPrompt p, Object value) {
        LawCitations check = citations.getIfAvailable();
        if (!p.request().task().citesLaw() || check == null || !(value instanceof String text)) {
            return List.of();
        }
        return check.check(text);
    }

    private String record(PreparedPrompt p, long start, String outcome, int promptTokens, int completionTokens,
                          int attempts, String error) {
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        String id = UUID.randomUUID().toString();
        AiRequest r = p.request();
        String model = p.routing().modelName();
        calls.add(new AiCall(id, clock.instant(), r.task().id(), p.prompt().label(), r.classification().label(), model,
                p.routing().describe(), r.caseId(), outcome, millis, promptTokens, completionTokens, attempts,
                p.personalData(), p.routing().routed() ? p.logged() : null, error));
        String modelTag = model == null ? "none" : model;
        Timer.builder("zhiban.ai.calls").description("AI requests by task, model and outcome")
                .tag("task", r.task().id()).tag("model", modelTag).tag("outcome", outcome)
                .register(meters).record(Duration.ofNanos(System.nanoTime() - start));
        if (promptTokens + completionTokens > 0) {
            Counter.builder("zhiban.ai.tokens").tag("task", r.task().id()).tag("model", modelTag).tag("kind", "prompt")
                    .register(meters).increment(promptTokens);
            Counter.builder("zhiban.ai.tokens").tag("task", r.task().id()).tag("model", modelTag).tag("kind", "completion")
                    .register(meters).increment(completionTokens);
        }
        return id;
    }

    private static String refusedOutcome(Routing routing) {
        return routing.refusal() == Routing.Refused.NO_MODEL ? "no-model" : "refused";
    }

    private String violations(Object value) {
        if (value == null) {
            return "输出为空";
        }
        Set<ConstraintViolation<Object>> problems = validator.validate(value);
        return problems.isEmpty() ? null : problems.stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("；"));
    }

    private String jsonEscaped(String value) {
        try {
            String quoted = json.writeValueAsString(value);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
