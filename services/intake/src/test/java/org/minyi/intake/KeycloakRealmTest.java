package org.minyi.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keycloak realm that production installs ({@code deploy/keycloak/realm-minyi.json}, kept by intake's
 * engineers) issues the tokens the services read: the platform's roles, a claim for each scoped role on
 * every client, and demo principals shaped like the local authorization server's ({@code leader} the
 * leaders' secretariat, {@code leader-<code>} a named leader) whose codes exist in the reference data.
 */
class KeycloakRealmTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path REALM = Path.of("../../deploy/keycloak/realm-minyi.json");
    private static final Path REFERENCE = Path.of("../../deploy/demo-data/reference-data.json");
    private static final List<String> ROLES = List.of("STATION", "MEMBER", "OFFICE", "REVIEWER", "LEADER",
            "LEADERS_OFFICE", "UNIT", "VIEWER");
    /** The claim that scopes each role, and the reference list its code comes from. */
    private static final Map<String, String[]> SCOPES = Map.of(
            "STATION", new String[] {"station-", "township", "townships"},
            "MEMBER", new String[] {"member-", "member", "members"},
            "REVIEWER", new String[] {"reviewer-", "committee", "committees"},
            "UNIT", new String[] {"unit-", "unit", "units"},
            "LEADER", new String[] {"leader-", "leader", "leaders"});
    private static final List<String> CLAIMS = List.of("township", "member", "committee", "unit", "leader");

    private final JsonNode realm = read(REALM);
    private final JsonNode reference = read(REFERENCE);

    @Test
    void theRealmHasThePlatformsRolesTheLeadersSecretariatIncluded() {
        Set<String> roles = new LinkedHashSet<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asString()));

        assertThat(roles).containsExactlyInAnyOrder(concat(ROLES, "default-roles-minyi").toArray(String[]::new));
    }

    @Test
    void everyClientCarriesTheRolesEveryScopingClaimAndTheAudience() {
        for (JsonNode client : realm.path("clients")) {
            Map<String, JsonNode> mappers = new LinkedHashMap<>();
            client.path("protocolMappers").forEach(m -> mappers.put(m.path("name").asString(), m));
            String id = client.path("clientId").asString();

            assertThat(mappers.keySet()).as(id).containsAll(concat(CLAIMS, "roles", "audience-minyi"));
            assertThat(mappers.get("roles").path("config").path("claim.name").asString()).isEqualTo("roles");
            for (String claim : CLAIMS) {
                JsonNode config = mappers.get(claim).path("config");
                assertThat(mappers.get(claim).path("protocolMapper").asString()).as(id + " " + claim)
                        .isEqualTo("oidc-usermodel-attribute-mapper");
                assertThat(config.path("user.attribute").asString()).as(id + " " + claim).isEqualTo(claim);
                assertThat(config.path("claim.name").asString()).as(id + " " + claim).isEqualTo(claim);
                assertThat(config.path("access.token.claim").asString()).as(id + " " + claim).isEqualTo("true");
            }
        }
    }

    @Test
    void everyClientMayCarryEveryRole() {
        Set<String> clients = new LinkedHashSet<>();
        realm.path("clients").forEach(c -> clients.add(c.path("clientId").asString()));
        Set<String> mapped = new LinkedHashSet<>();
        for (JsonNode mapping : realm.path("scopeMappings")) {
            mapped.add(mapping.path("client").asString());
            List<String> roles = new ArrayList<>();
            mapping.path("roles").forEach(r -> roles.add(r.asString()));
            assertThat(roles).as(mapping.path("client").asString()).containsExactlyInAnyOrderElementsOf(ROLES);
        }
        assertThat(mapped).isEqualTo(clients);
    }

    @Test
    void theDemoPrincipalsAreShapedLikeTheLocalAuthorizationServers() {
        Map<String, JsonNode> accounts = new LinkedHashMap<>();
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                accounts.put(user.path("serviceAccountClientId").asString(), user);
            }
        }
        assertThat(accounts.keySet()).contains("office", "leader", "leader-county-head", "viewer");

        for (JsonNode client : realm.path("clients")) {
            String name = client.path("clientId").asString();
            if (!client.path("serviceAccountsEnabled").asBoolean()) {
                continue;
            }
            JsonNode account = accounts.get(name);
            assertThat(account).as("a service account for " + name).isNotNull();
            List<String> roles = new ArrayList<>();
            account.path("realmRoles").forEach(r -> roles.add(r.asString()));
            assertThat(roles).as(name).hasSize(1);
            assertThat(claims(account)).as(name).isEqualTo(expectedClaims(name, roles.get(0)));
        }
        assertThat(accounts.get("leader").path("realmRoles").get(0).asString()).isEqualTo("LEADERS_OFFICE");
        assertThat(accounts.get("leader-county-head").path("realmRoles").get(0).asString()).isEqualTo("LEADER");
    }

    @Test
    void theDemoPeopleCarryTheirRoleAndAKnownCode() {
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            String name = user.path("username").asString();
            assertThat(claims(user)).as(name).isEqualTo(expectedClaims(name, user.path("realmRoles").get(0).asString()));
        }
    }

    @Test
    void theBrowserClientOfTheConsoleAndTheBoardIsPublicWithPkceAndReturnsOnlyToThem() {
        JsonNode browser = null;
        for (JsonNode client : realm.path("clients")) {
            if ("minyi-console".equals(client.path("clientId").asString())) {
                browser = client;
            }
        }
        assertThat(browser).as("the client minyi-console").isNotNull();
        assertThat(browser.path("publicClient").asBoolean()).as("a page keeps no secret").isTrue();
        assertThat(browser.has("secret")).isFalse();
        assertThat(browser.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(browser.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(browser.path("directAccessGrantsEnabled").asBoolean()).as("no password grant").isFalse();
        assertThat(browser.path("serviceAccountsEnabled").asBoolean()).as("no client_credentials").isFalse();
        assertThat(browser.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
        List<String> redirects = new ArrayList<>();
        browser.path("redirectUris").forEach(uri -> redirects.add(uri.asString()));
        assertThat(redirects).as("the console's callback, which the board signs in through too")
                .containsExactly("http://localhost:8080/console/callback.html");
        assertThat(List.of(browser.path("attributes").path("post.logout.redirect.uris").asString().split("##")))
                .as("after logout: the console or the board, nothing else")
                .containsExactlyInAnyOrder("http://localhost:8080/console/index.html", "http://localhost:8080/");
    }

    @Test
    void theUserProfileDeclaresEveryScopingAttributeOnlyAdministratorsMayChange() {
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0);
        JsonNode profile = JSON.readTree(provider.path("config").path("kc.user.profile.config").get(0).asString());
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        profile.path("attributes").forEach(a -> attributes.put(a.path("name").asString(), a));

        for (String claim : CLAIMS) {
            assertThat(attributes).as(claim).containsKey(claim);
            List<String> editors = new ArrayList<>();
            attributes.get(claim).path("permissions").path("edit").forEach(e -> editors.add(e.asString()));
            assertThat(editors).as(claim).containsExactly("admin");
        }
    }

    /** The claims a principal of this name and role carries, as the local authorization server gives them. */
    private Map<String, String> expectedClaims(String principal, String role) {
        String[] scope = SCOPES.get(role);
        if (scope == null) {
            assertThat(principal).as("an unscoped principal is named for its role")
                    .isIn("office", "leader", "viewer");
            return Map.of();
        }
        assertThat(principal).startsWith(scope[0]);
        String code = principal.substring(scope[0].length());
        List<String> codes = new ArrayList<>();
        reference.path(scope[2]).forEach(item -> codes.add(item.path("code").asString()));
        assertThat(codes).as(principal + " names a code of the reference data").contains(code);
        return Map.of(scope[1], code);
    }

    private static Map<String, String> claims(JsonNode user) {
        Map<String, String> claims = new LinkedHashMap<>();
        for (String claim : CLAIMS) {
            JsonNode values = user.path("attributes").path(claim);
            if (!values.isMissingNode()) {
                assertThat(values.size()).as(claim).isEqualTo(1);
                claims.put(claim, values.get(0).asString());
            }
        }
        return claims;
    }

    private static List<String> concat(List<String> list, String... more) {
        List<String> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file.toAbsolutePath(), e);
        }
    }
}
