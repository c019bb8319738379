package org.minyi.chassis.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every bad field of a body is named in one answer, before any controller sees the body. */
class BodyScreeningTest {

    private final JsonMapper json = strict();
    private final JsonProblems problems = new JsonProblems(Set.of("id", "status"));
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Things())
            .setControllerAdvice(new BodyScreening(json, problems), new ProblemHandling(problems))
            .setMessageConverters(new StringHttpMessageConverter(StandardCharsets.UTF_8),
                    new JacksonJsonHttpMessageConverter(json.rebuild()
                            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build()))
            .addFilter(new RequestSizeLimit(1024, new ProblemWriter(json)))
            .build();

    @Test
    void aGoodBodyReachesTheController() throws Exception {
        send("{\"title\": \"关于村道修缮\", \"count\": 2, \"tags\": [\"a\"], \"due\": \"2026-03-01\"}")
                .andExpect(status().isOk()).andExpect(content().string("关于村道修缮"));
    }

    @Test
    void anOperatorAnywhereIsNamedWhereItStands() throws Exception {
        errors("{\"title\": {\"$gt\": \"\"}}", "title:operator");
        errors("{\"$where\": \"1\", \"title\": \"x\"}", "$where:operator");
        errors("{\"title\": \"x\", \"owner\": {\"name\": {\"$ne\": null}}}", "owner.name:operator");
        errors("{\"title\": \"x\", \"tags\": [\"a\", {\"$regex\": \".*\"}]}", "tags[1]:operator");
    }

    @Test
    void aFieldHoldingAnOperatorIsNamedOnceEvenWhenItIsUnknownToo() throws Exception {
        errors("{\"title\": \"x\", \"status\": {\"x\": {\"$gt\": 1}}}", "status.x:operator");
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() throws Exception {
        errors("{\"title\": 5, \"count\": \"two\", \"colour\": \"red\", \"due\": \"2026-02-30\", \"owner\": {\"$gt\": 1}}",
                "owner:operator", "title:wrong_type", "count:wrong_type", "colour:unknown_field", "due:bad_value");
    }

    @Test
    void fieldsThePlatformSetsAreRefusedAsSuch() throws Exception {
        send("{\"title\": \"x\", \"id\": \"mine\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown_field"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("字段由系统设置")));
    }

    @Test
    void wrongTypesAreNotCoerced() throws Exception {
        errors("{\"title\": true}", "title:wrong_type");
        errors("{\"title\": \"x\", \"count\": 1.5}", "count:wrong_type");
        errors("{\"title\": \"x\", \"urgent\": \"yes\"}", "urgent:wrong_type");
        errors("{\"title\": \"x\", \"due\": 20260301}", "due:wrong_type");
        errors("{\"title\": \"x\", \"tags\": \"a\"}", "tags:wrong_type");
        errors("{\"title\": \"x\", \"count\": 99999999999}", "count:bad_value");
    }

    @Test
    void bodiesThatAreNotOneObjectAreNamedAsTheBody() throws Exception {
        errors("[]", "body:wrong_type");
        errors("\"a report\"", "body:wrong_type");
        errors("{\"title\": ", "body:malformed_json");
        errors("not json", "body:malformed_json");
        errors("{\"title\": \"x\"} {}", "body:malformed_json");
        errors("{\"title\": \"x\", \"title\": \"y\"}", "title:duplicate_field");
    }

    @Test
    void aBodyOverTheLimitIs413AsProblemJson() throws Exception {
        send("{\"title\": \"" + "长".repeat(400) + "\"}").andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/payload-too-large"));
    }

    private void errors(String body, String... expected) throws Exception {
        ResultActions answer = send(body).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title", startsWith("请求内容有误")))
                .andExpect(jsonPath("$.errors", hasSize(expected.length)));
        String text = answer.andReturn().getResponse().getContentAsString();
        List<String> found = json.readTree(text).get("errors").valueStream()
                .map(e -> e.get("field").asString() + ":" + e.get("code").asString()).toList();
        org.hamcrest.MatcherAssert.assertThat(found, containsInAnyOrder(expected));
    }

    private ResultActions send(String body) throws Exception {
        return mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new ProblemsAutoConfiguration().strictRequestBodies().customize(builder);
        return builder.build();
    }

    record Owner(String name) {
    }

    record Thing(String title, Integer count, Boolean urgent, List<String> tags, LocalDate due, Owner owner) {
    }

    @RestController
    static class Things {

        @PostMapping("/things")
        String take(@RequestBody Thing thing) {
            return thing.title();
        }
    }
}
