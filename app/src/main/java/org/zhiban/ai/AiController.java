package org.zhiban.ai;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;

/**
 * AI API: a case's suggestions and decisions for those who may read the case (only for fields they may see),
 * and for the 系统管理员 the models' health and the recent calls (prompts as redacted, never the raw text).
 */
@RestController
@RequestMapping("/api")
class AiController {

    private final AiSuggestions suggestions;
    private final ModelHealth health;
    private final AiCallLog calls;

    AiController(AiSuggestions suggestions, ModelHealth health, AiCallLog calls) {
        this.suggestions = suggestions;
        this.health = health;
        this.calls = calls;
    }

    @GetMapping("/cases/{caseId}/ai-suggestions")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    List<AiSuggestion> suggestions(@PathVariable String caseId) {
        return suggestions.visibleTo(CurrentUser.get(), caseId);
    }

    @GetMapping("/ai/models")
    @PreAuthorize("hasRole('SYSADMIN')")
    List<ModelHealth.Status> models(@RequestParam(defaultValue = "false") boolean probe) {
        return health.statuses(probe);
    }

    @GetMapping("/ai/calls")
    @PreAuthorize("hasRole('SYSADMIN')")
    List<AiCall> calls(@RequestParam(defaultValue = "50") int limit) {
        return calls.recent(limit);
    }
}
