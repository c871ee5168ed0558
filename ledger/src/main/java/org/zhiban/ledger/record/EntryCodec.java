package org.zhiban.ledger.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * 条目编码: writes a {@link LogEntry} as RFC 8785 canonical JSON, the exact string whose UTF-8 bytes are hashed
 * into the leaf, and reads it back. The fields are spelled out here rather than derived by reflection because
 * the entry format is a published contract (see the module README); absent optional fields are omitted.
 */
public final class EntryCodec {

    /** Bumped only if the entry format changes; old entries keep their version and stay verifiable. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    public String encode(LogEntry entry) {
        ReviewRecord r = entry.record();
        ObjectNode json = JSON.createObjectNode();
        json.put("version", FORMAT_VERSION);
        json.put("sequence", entry.sequence());
        json.put("recordId", r.recordId());
        json.put("recordedAt", entry.recordedAt().toString());
        ObjectNode reviewer = json.putObject("reviewer");
        reviewer.put("user", r.reviewer().user());
        putIfPresent(reviewer, "role", r.reviewer().role());
        putIfPresent(reviewer, "department", r.reviewer().department());
        json.put("caseId", r.caseId());
        putIfPresent(json, "processInstanceId", r.processInstanceId());
        putIfPresent(json, "activity", r.activity());
        json.put("action", r.action().entryName());
        if (r.document() != null) {
            json.putObject("document").put("algorithm", r.document().algorithm()).put("hash", r.document().hex());
        }
        putIfPresent(json, "opinion", r.opinion());
        try {
            return new JsonCanonicalizer(JSON.writeValueAsString(json)).getEncodedString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot canonicalize a review entry", e);
        }
    }

    /** Reads an entry; throws {@link MalformedEntryException} when the text is not a review entry of a known version. */
    public LogEntry decode(String entry) {
        try {
            JsonNode json = JSON.readTree(entry);
            if (json == null || !json.isObject() || json.path("version").asInt() != FORMAT_VERSION) {
                throw new MalformedEntryException("not a version " + FORMAT_VERSION + " review entry");
            }
            JsonNode reviewer = required(json, "reviewer");
            JsonNode document = json.get("document");
            ReviewRecord record = new ReviewRecord(
                    required(json, "recordId").asText(),
                    new Reviewer(required(reviewer, "user").asText(), optional(reviewer, "role"), optional(reviewer, "department")),
                    required(json, "caseId").asText(),
                    optional(json, "processInstanceId"),
                    optional(json, "activity"),
                    ReviewAction.fromEntryName(required(json, "action").asText()),
                    document == null ? null
                            : new DocumentHash(required(document, "algorithm").asText(), required(document, "hash").asText()),
                    optional(json, "opinion"));
            return new LogEntry(required(json, "sequence").asLong(), Instant.parse(required(json, "recordedAt").asText()), record);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MalformedEntryException malformed) {
                throw malformed;
            }
            throw new MalformedEntryException("unreadable review entry: " + e.getMessage());
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new MalformedEntryException("review entry lacks '" + field + "'");
        }
        return value;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
