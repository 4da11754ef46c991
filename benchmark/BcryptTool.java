import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import org.mindrot.jbcrypt.BCrypt;
import turgus.web.security.BcryptPasswordHasher;
import turgus.web.security.PasswordHashingPool;

/**
 * The shop's own password hashing, run outside the shop for the benchmark (java -cp turgus.jar
 * benchmark/BcryptTool.java …).
 *
 * <p>{@code time N}: prints the median milliseconds of N password checks at the shop's cost, the
 * time one login spends hashing, from which the suite computes the login bound (cores ÷ that
 * time). {@code hash COST PASSWORD}: prints a hash of PASSWORD that the shop accepts, at COST;
 * the suite gives its many generated buyers a cheap cost so that signing them all in before the
 * load takes seconds, not minutes, while the accounts the login scenarios use keep the shop's
 * real cost.
 */
public class BcryptTool {
    public static void main(String[] args) throws Exception {
        Method preHash = BcryptPasswordHasher.class.getDeclaredMethod("preHash", String.class);
        preHash.setAccessible(true);
        switch (args[0]) {
            case "time" -> {
                int rounds = Integer.parseInt(args[1]);
                PasswordHashingPool pool = new PasswordHashingPool(1, 1, Duration.ofMinutes(1));
                BcryptPasswordHasher hasher = new BcryptPasswordHasher(pool);
                String hash = hasher.hash("Bench-Passw0rd!");
                hasher.matches("Bench-Passw0rd!", hash);
                double[] millis = new double[rounds];
                for (int i = 0; i < rounds; i++) {
                    long start = System.nanoTime();
                    if (!hasher.matches("Bench-Passw0rd!", hash)) {
                        throw new IllegalStateException("the hash does not match its own password");
                    }
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(millis);
                pool.close();
                System.out.printf("%.1f%n", millis[rounds / 2]);
            }
            case "hash" -> {
                int cost = Integer.parseInt(args[1]);
                String input = (String) preHash.invoke(null, args[2]);
                System.out.println(BCrypt.hashpw(input, BCrypt.gensalt(cost)));
            }
            default -> throw new IllegalArgumentException("usage: time N | hash COST PASSWORD");
        }
    }
}
