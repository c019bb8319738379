package org.minyi.chassis.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The API documents show every refusal an endpoint can give, as problem+json. */
class ErrorAnswersTest {

    @Test
    void readsAndChangesListTheirRefusalsAndKeepWhatTheyDocumentThemselves() {
        Operation read = new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse()));
        Operation change = new Operation().responses(new ApiResponses()
                .addApiResponse("201", new ApiResponse())
                .addApiResponse("409", new ApiResponse().description("claimed by another reviewer")));
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/api/things", new PathItem().get(read).post(change)));

        new ErrorAnswers().customise(api);

        assertThat(read.getResponses()).containsKeys("400", "401", "403", "404", "413", "429", "503")
                .doesNotContainKeys("409", "422");
        assertThat(change.getResponses()).containsKeys("400", "404", "409", "413", "422", "429", "503");
        assertThat(change.getResponses().get("409").getDescription()).isEqualTo("claimed by another reviewer");
        assertThat(read.getResponses().get("400").getContent()).containsKey("application/problem+json");
        assertThat(api.getComponents().getSchemas()).containsKey("Problem");
    }
}
