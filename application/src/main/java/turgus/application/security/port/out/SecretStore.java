package turgus.application.security.port.out;

import java.util.function.Supplier;

/** Secrets the shop keeps in its database so that every instance shares them. */
public interface SecretStore {
    /**
     * The secret named {@code name}; the first caller creates it from {@code generator}, and
     * instances that race to create it all end up with the same stored value.
     */
    String getOrCreate(String name, Supplier<String> generator);
}
