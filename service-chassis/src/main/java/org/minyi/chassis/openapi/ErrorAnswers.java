package org.minyi.chassis.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds the refusals every endpoint can give to the OpenAPI document, as problem+json: 400, 401, 403,
 * 404, 413, 429 and 503 everywhere, and 409 and 422 where a request changes something. A response an
 * endpoint documents itself is kept.
 */
public final class ErrorAnswers implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final Map<String, String> ALWAYS = answers(
            "400", "请求内容有误，errors 逐项列出 Invalid request: every bad field is named in errors",
            "401", "未认证或令牌无效 No valid bearer token",
            "403", "无权执行此操作 The caller's role may not do this",
            "404", "不存在或无权查看 Not found, or not the caller's to see",
            "413", "请求体过大 The body is over the limit",
            "429", "请求过多，见 Retry-After Too many requests; see Retry-After",
            "503", "服务暂时不可用，见 Retry-After The database cannot be reached; nothing was changed");
    private static final Map<String, String> CHANGES = answers(
            "409", "当前状态不允许此操作 Not allowed in the object's current state",
            "422", "请求无法处理（如 Idempotency-Key 已用于另一请求） Cannot be processed (e.g. an Idempotency-Key reused)");
    private static final Set<PathItem.HttpMethod> READS = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
            PathItem.HttpMethod.OPTIONS);

    @Override
    public void customise(OpenAPI api) {
        api.schema(PROBLEM, problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
            add(operation, ALWAYS);
            if (!READS.contains(method)) {
                add(operation, CHANGES);
            }
        }));
    }

    private static void add(Operation operation, Map<String, String> answers) {
        answers.forEach((status, description) -> {
            if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
                operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                        .content(new Content().addMediaType("application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
        });
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("field", new StringSchema().description("出错的字段 the field, e.g. title or units[0].deadline"));
        error.addProperty("code", new StringSchema().description("required, too_long, unknown_field, operator, …"));
        error.addProperty("message", new StringSchema().description("中文说明"));
        error.addProperty("messageEn", new StringSchema().description("the same in English"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details, Chinese title first");
        problem.addProperty("type", new StringSchema().example("/problems/invalid-request"));
        problem.addProperty("title", new StringSchema().example("请求内容有误 Invalid request"));
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema());
        problem.addProperty("errors", new ArraySchema().items(error));
        return problem;
    }

    private static Map<String, String> answers(String... pairs) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put(pairs[i], pairs[i + 1]);
        }
        return answers;
    }
}
