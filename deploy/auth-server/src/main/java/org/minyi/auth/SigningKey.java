package org.minyi.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The token signing key. Kept in a file when one is configured, so that tokens stay valid across
 * restarts of the local platform; otherwise generated at start.
 */
final class SigningKey {

    private SigningKey() {
    }

    static RSAKey loadOrCreate(String file) {
        try {
            if (file == null || file.isBlank()) {
                return generate();
            }
            Path path = Path.of(file);
            if (Files.exists(path)) {
                return RSAKey.parse(Files.readString(path, StandardCharsets.UTF_8));
            }
            RSAKey key = generate();
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, key.toJSONString(), StandardCharsets.UTF_8);
            return key;
        } catch (IOException | ParseException | JOSEException e) {
            throw new IllegalStateException("cannot load or create the signing key " + file, e);
        }
    }

    private static RSAKey generate() throws JOSEException {
        return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    }
}
