package org.minyi.chassis.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Screens every JSON request body before it is bound to its typed request record, and names every bad
 * field in one answer rather than the first:
 * <ul>
 *   <li>a body that is not one JSON object (where the endpoint takes an object): {@code body:wrong_type};</li>
 *   <li>a MongoDB operator anywhere ({@code {"$gt": ""}}, {@code $where}): {@code <field>:operator};</li>
 *   <li>whatever binding refuses — unknown fields (those the platform sets named as such), wrong types,
 *       bad values: each found by binding again without the fields already named.</li>
 * </ul>
 * Malformed JSON and keys given twice are left to the converter, which names them. The body is read
 * once, within the size limit, and handed on unchanged when nothing is wrong.
 */
@ControllerAdvice
public class BodyScreening extends RequestBodyAdviceAdapter {

    /** Enough for any request record here; a body with more bad fields than this is named in part. */
    private static final int MOST_PROBLEMS = 32;

    private final JsonMapper json;
    private final JsonProblems problems;

    public BodyScreening(JsonMapper json, JsonProblems problems) {
        this.json = json;
        this.problems = problems;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        MediaType type = input.getHeaders().getContentType();
        if (type == null || !(MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json"))) {
            return input;
        }
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
        JavaType target = json.constructType(targetType);
        boolean takesTree = JsonNode.class.isAssignableFrom(target.getRawClass());
        if (!tree.isObject() && !takesTree && !target.isContainerType()) {
            throw new InvalidInput(JsonProblems.notAnObject());
        }
        Map<String, FieldProblem> found = new LinkedHashMap<>();
        operators(tree, "", found);
        if (tree instanceof ObjectNode object && !found.isEmpty()) {
            // a field holding an operator is named once, as a whole
            found.keySet().forEach(field -> object.remove(rootKey(field)));
        }
        if (!takesTree) {
            bindAll(tree, target, found);
        }
        if (!found.isEmpty()) {
            throw new InvalidInput(new ArrayList<>(found.values()));
        }
        return replay(input.getHeaders(), body);
    }

    /** Binds again and again, each time without the field the last attempt refused, to name them all. */
    private void bindAll(JsonNode tree, JavaType target, Map<String, FieldProblem> found) {
        for (int attempt = 0; attempt < MOST_PROBLEMS; attempt++) {
            try {
                json.treeToValue(tree, target);
                return;
            } catch (JacksonException e) {
                FieldProblem problem = problems.of(e);
                found.putIfAbsent(problem.field(), problem);
                if (!remove(tree, e.getPath())) {
                    return;
                }
            }
        }
    }

    /**
     * Removes what a failed binding named: the property itself, or — inside an array, whose later
     * elements would be renumbered — the array as a whole.
     */
    private static boolean remove(JsonNode tree, List<JacksonException.Reference> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = tree;
        JsonNode arrayOwner = null;
        String arrayName = null;
        for (int i = 0; i < path.size() - 1; i++) {
            JacksonException.Reference ref = path.get(i);
            JsonNode next = ref.getPropertyName() != null ? parent.get(ref.getPropertyName())
                    : parent instanceof ArrayNode array && ref.getIndex() >= 0 ? array.get(ref.getIndex()) : null;
            if (next == null) {
                return false;
            }
            if (next.isArray() && arrayOwner == null && parent instanceof ObjectNode) {
                arrayOwner = parent;
                arrayName = ref.getPropertyName();
            }
            parent = next;
        }
        JacksonException.Reference last = path.get(path.size() - 1);
        if (arrayOwner instanceof ObjectNode owner && arrayName != null) {
            return owner.remove(arrayName) != null;
        }
        if (parent instanceof ObjectNode object && last.getPropertyName() != null) {
            return object.remove(last.getPropertyName()) != null;
        }
        if (parent instanceof ArrayNode && tree instanceof ObjectNode object && path.get(0).getPropertyName() != null) {
            return object.remove(path.get(0).getPropertyName()) != null;
        }
        return false;
    }

    /** Names every object that holds a {@code $} key, wherever it is (once per place). */
    private static void operators(JsonNode node, String path, Map<String, FieldProblem> found) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String key = property.getKey();
                if (key.startsWith("$")) {
                    String field = path.isEmpty() ? FieldProblem.quoted(key, 64) : path;
                    String shown = FieldProblem.quoted(key, 64);
                    found.putIfAbsent(field, new FieldProblem(field, "operator", "不允许使用查询运算符：" + shown,
                            "query operators are not allowed: " + shown));
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

    /** The top-level property a field path starts in ({@code units} for {@code units[0].unit}). */
    private static String rootKey(String field) {
        int end = field.length();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if ((c == '.' || c == '[') && i > 0) {
                end = i;
                break;
            }
        }
        return field.substring(0, end);
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
