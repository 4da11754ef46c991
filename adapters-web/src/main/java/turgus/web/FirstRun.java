package turgus.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.account.port.in.BootstrapAdminUseCase;
import turgus.application.account.port.in.BootstrapAdminUseCase.AdminBootstrap;
import turgus.application.catalog.port.in.SeedDemoCatalogUseCase;

/**
 * What a start does before the shop serves anyone: make sure an admin exists (announcing a
 * generated password once, on the console) and, when demo data is on, fill an empty catalog.
 */
@Singleton
public class FirstRun {
    private static final Logger LOG = LoggerFactory.getLogger(FirstRun.class);

    private final BootstrapAdminUseCase admins;
    private final SeedDemoCatalogUseCase demoCatalog;
    private final DemoData demoData;
    private final String adminEmail;
    private final String adminPassword;
    private final PrintStream console;

    public FirstRun(
            BootstrapAdminUseCase admins,
            SeedDemoCatalogUseCase demoCatalog,
            DemoData demoData,
            @Nullable @Value("${shop.admin-email:}") String adminEmail,
            @Nullable @Value("${shop.admin-password:}") String adminPassword) {
        this(admins, demoCatalog, demoData, adminEmail, adminPassword, System.out);
    }

    FirstRun(
            BootstrapAdminUseCase admins,
            SeedDemoCatalogUseCase demoCatalog,
            DemoData demoData,
            String adminEmail,
            String adminPassword,
            PrintStream console) {
        this.admins = admins;
        this.demoCatalog = demoCatalog;
        this.demoData = demoData;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.console = console;
    }

    @EventListener
    public void onStartup(StartupEvent event) {
        AdminBootstrap admin = admins.ensureAdmin(Optional.ofNullable(adminEmail), Optional.ofNullable(adminPassword));
        if (admin.created()) {
            LOG.info("Created the first admin account {}", admin.email());
        }
        admin.generatedPassword().ifPresent(password -> announce(admin.email(), password));
        if (demoData.enabled()) {
            int added = demoCatalog.seedIfEmpty();
            if (added > 0) {
                LOG.info("Added {} demo products to the empty catalog", added);
            }
        }
    }

    private void announce(String email, String password) {
        String line = "Admin account: " + email + " / password: " + password;
        List<String> lines = List.of(
                line, "This password is shown only once. Sign in and keep it safe, or set SHOP_ADMIN_PASSWORD.");
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        String border = "+" + "-".repeat(width + 2) + "+";
        StringBuilder block =
                new StringBuilder(System.lineSeparator()).append(border).append(System.lineSeparator());
        for (String text : lines) {
            block.append("| ")
                    .append(text)
                    .append(" ".repeat(width - text.length()))
                    .append(" |")
                    .append(System.lineSeparator());
        }
        block.append(border).append(System.lineSeparator());
        console.print(block);
        console.flush();
    }
}
