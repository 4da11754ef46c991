package turgus.application.testing

import java.util.function.Supplier
import turgus.application.security.port.out.SecretStore

/** Secrets in a map; counts how often one was created. */
class InMemorySecretStore implements SecretStore {
    final Map<String, String> secrets = [:]
    int created

    @Override
    synchronized String getOrCreate(String name, Supplier<String> generator) {
        secrets.computeIfAbsent(name) {
            created++
            generator.get()
        }
    }
}
