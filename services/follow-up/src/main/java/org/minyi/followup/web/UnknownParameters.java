package org.minyi.followup.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.minyi.followup.handling.application.FieldProblem;
import org.minyi.followup.handling.web.InvalidRequest;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a query parameter the endpoint does not take, with a 400 naming it — as unknown body fields
 * are refused — so that a misspelt or smuggled filter ({@code unit[$ne]=x}) never silently widens a list.
 */
public class UnknownParameters implements HandlerInterceptor {

    private static final int SHOWN = 64;

    private final ParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
    private final Map<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> taken = known.computeIfAbsent(method, this::parameters);
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : new TreeSet<>(Collections.list(request.getParameterNames()))) {
            if (!taken.contains(name)) {
                String shown = name.length() > SHOWN ? name.substring(0, SHOWN) + "…" : name;
                problems.add(new FieldProblem(shown, "unknown_parameter", "不支持的参数：" + shown,
                        "unknown parameter: " + shown));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return true;
    }

    private Set<String> parameters(HandlerMethod method) {
        Set<String> taken = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null) {
                continue;
            }
            String name = param.name();
            if (name.isEmpty()) {
                parameter.initParameterNameDiscovery(names);
                name = parameter.getParameterName();
            }
            if (name != null) {
                taken.add(name);
            }
        }
        return Set.copyOf(taken);
    }
}
