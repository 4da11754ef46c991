package turgus.application.testing

import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicInteger
import java.util.function.Supplier
import turgus.application.security.port.out.SecretStore

/**
 * Secrets in a map; counts how often one was created. Like the table, it generates outside any lock
 * and keeps the first secret stored, so that racing callers all answer the winner's.
 */
class InMemorySecretStore implements SecretStore {
    final Map<String, String> secrets = new ConcurrentHashMap<>()
    private final AtomicInteger creations = new AtomicInteger()

    int getCreated() {
        creations.get()
    }

    @Override
    String getOrCreate(String name, Supplier<String> generator) {
        String stored = secrets[name]
        if (stored != null) {
            return stored
        }
        String value = generator.get()
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The generator for secret ${name} answered nothing")
        }
        String winner = secrets.putIfAbsent(name, value)
        if (winner != null) {
            return winner
        }
        creations.incrementAndGet()
        value
    }
}
