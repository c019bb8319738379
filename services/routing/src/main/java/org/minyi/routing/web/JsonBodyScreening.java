package org.minyi.routing.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.minyi.routing.reference.domain.FieldProblem;
import org.minyi.routing.reference.domain.InvalidInput;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Looks at every JSON request body before it is bound to its request record: the body must be one JSON
 * object, and no object anywhere in it may carry a MongoDB operator ({@code {"$gt": ""}}, {@code $where},
 * …). Each such place is named ({@code rules[0].domains[1]}, {@code reason}) with the code
 * {@code operator}. Whatever else is wrong (malformed JSON, unknown fields, wrong types) is left to the
 * binding, which names it. The body is read once, within the size limit, and handed on unchanged.
 */
@ControllerAdvice
class JsonBodyScreening extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    JsonBodyScreening(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JacksonException e) {
            return replay(input.getHeaders(), body);
        }
        if (tree == null || tree.isMissingNode()) {
            return replay(input.getHeaders(), body);
        }
        if (!tree.isObject()) {
            throw new InvalidInput(List.of(new FieldProblem("body", "wrong_type", "请求体须为JSON对象",
                    "the body must be a JSON object")));
        }
        List<FieldProblem> operators = new ArrayList<>();
        operators(tree, "", operators);
        if (!operators.isEmpty()) {
            throw new InvalidInput(operators);
        }
        return replay(input.getHeaders(), body);
    }

    /** Names every object that holds a {@code $} key, wherever it is. */
    private static void operators(JsonNode node, String path, List<FieldProblem> found) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String key = property.getKey();
                if (key.startsWith("$")) {
                    String field = path.isEmpty() ? quoted(key) : path;
                    found.add(new FieldProblem(field, "operator", "不允许使用查询运算符：" + quoted(key),
                            "query operators are not allowed: " + quoted(key)));
                } else {
                    operators(property.getValue(), path.isEmpty() ? key : path + "." + key, found);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                operators(node.get(i), path + "[" + i + "]", found);
            }
        }
    }

    private static String quoted(String key) {
        return key.length() > 64 ? key.substring(0, 64) + "…" : key;
    }

    private static HttpInputMessage replay(HttpHeaders headers, byte[] body) {
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
