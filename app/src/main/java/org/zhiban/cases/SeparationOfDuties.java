package org.zhiban.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.zhiban.identity.ZhibanUser;

/**
 * 职责分离: a separated step (核稿, 会签, 签发 — an independent check) may not be decided by anyone who opened the case
 * or decided one of its other steps: the 拟稿人 does not approve their own draft, the 核稿人 does not also sign it off,
 * whatever roles they hold. Deciding the same step again (核稿 after a return) is allowed. Which steps are
 * separated is the case type's declaration ({@link CaseStep#separated()}), overridden per step by
 * {@code zhiban.cases.separation-of-duties.<case type>.<activity id>: true|false}.
 *
 * <p>Two places apply the rule: {@link CaseTasks#open} leaves such candidate tasks out of the inbox in its SQL
 * (with {@link #separatedSteps()}), and {@link #bars} refuses the claim and the completion.
 */
@Service
@EnableConfigurationProperties(SeparationOfDuties.SeparationProperties.class)
public class SeparationOfDuties {

    /** @param separationOfDuties case type id → activity id → whether the step is separated */
    @ConfigurationProperties("zhiban.cases")
    record SeparationProperties(Map<String, Map<String, Boolean>> separationOfDuties) {

        SeparationProperties {
            separationOfDuties = separationOfDuties == null ? Map.of() : Map.copyOf(separationOfDuties);
        }
    }

    private final CaseHistory history;
    /** Case type id → the activity ids of its separated steps; fixed at start. */
    private final Map<String, Set<String>> separated;

    public SeparationOfDuties(CaseTypes caseTypes, CaseHistory history, SeparationProperties properties) {
        this.history = history;
        this.separated = resolve(caseTypes.all(), properties.separationOfDuties());
    }

    /** The declarations with the configuration applied; a setting for an unknown type or step fails the start. */
    static Map<String, Set<String>> resolve(List<CaseType> types, Map<String, Map<String, Boolean>> settings) {
        Map<String, Set<String>> separated = new HashMap<>();
        settings.forEach((typeId, steps) -> {
            CaseType type = types.stream().filter(t -> t.id().equals(typeId)).findFirst().orElseThrow(() ->
                    new IllegalStateException("zhiban.cases.separation-of-duties: no case type " + typeId));
            steps.keySet().forEach(step -> type.step(step).orElseThrow(() -> new IllegalStateException(
                    "zhiban.cases.separation-of-duties." + typeId + ": no step " + step)));
        });
        for (CaseType type : types) {
            Map<String, Boolean> overrides = settings.getOrDefault(type.id(), Map.of());
            Set<String> steps = type.steps().stream()
                    .filter(s -> overrides.getOrDefault(s.activityId(), s.separated()))
                    .map(CaseStep::activityId).collect(Collectors.toUnmodifiableSet());
            if (!steps.isEmpty()) {
                separated.put(type.id(), steps);
            }
        }
        return Map.copyOf(separated);
    }

    /** Case type id → activity ids of its separated steps (types without any are absent). */
    public Map<String, Set<String>> separatedSteps() {
        return separated;
    }

    public boolean applies(String caseType, String activityId) {
        return separated.getOrDefault(caseType, Set.of()).contains(activityId);
    }

    /** Whether 职责分离 keeps the user from deciding this step of the case. */
    public boolean bars(ZhibanUser user, CaseFile file, String activityId) {
        if (!applies(file.caseType(), activityId)) {
            return false;
        }
        return user.id().equals(file.initiator()) || history.decisions(file.caseId()).stream()
                .anyMatch(d -> d.userId().equals(user.id()) && !d.activityId().equals(activityId));
    }
}
