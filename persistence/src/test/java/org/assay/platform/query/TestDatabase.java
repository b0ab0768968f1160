package org.assay.platform.query;

import static org.assay.platform.query.AccountStatus.CLOSED;
import static org.assay.platform.query.AccountStatus.OPEN;
import static org.assay.platform.query.AccountStatus.PENDING;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.assay.platform.entity.UserInfo;

/**
 * The shared test database: the "query-test" unit on in-memory H2, started once per JVM and seeded with eight
 * read-only {@link TestAccount} rows (codes a..h, see {@link #seed}). Tests never change the rows.
 */
final class TestDatabase {

    static final String OWNER_1 = "0000000000000000000000a1";
    static final String OWNER_2 = "0000000000000000000000a2";
    static final String OWNER_3 = "0000000000000000000000a3";
    static final String USER_1 = "111111111111111111111111";
    static final String USER_2 = "aaaaaaaaaaaaaaaaaaaaaaaa";

    /** What the tests may filter and sort on. */
    static final QueryFields FIELDS = TestAccount.QUERY_FIELDS;

    // Keeps Hibernate's start-up chatter (INFO, and WARN about the built-in pool and incubating settings) out of
    // the build output; JUL holds loggers weakly, hence the field.
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");
    private static final EntityManagerFactory EMF;
    private static final Map<String, String> IDS_BY_CODE = new LinkedHashMap<>();

    static {
        HIBERNATE_LOG.setLevel(Level.SEVERE);
        EMF = Persistence.createEntityManagerFactory("query-test");
        seed();
    }

    private TestDatabase() {
    }

    static EntityManager entityManager() {
        return EMF.createEntityManager();
    }

    /** The generated id of the row with this code. */
    static String id(String code) {
        return IDS_BY_CODE.get(code);
    }

    static List<String> allCodes() {
        return List.copyOf(IDS_BY_CODE.keySet());
    }

    static JsonObject json(String singleQuoted) {
        try (var reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    /** The codes of the rows the filter matches, in code order. */
    static List<String> codesMatching(String singleQuotedFilter) {
        return codesMatching(json(singleQuotedFilter));
    }

    static List<String> codesMatching(JsonObject filter) {
        return withEntityManager(em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<String> query = cb.createQuery(String.class);
            Root<TestAccount> root = query.from(TestAccount.class);
            query.select(root.get("code"))
                    .where(FilterTranslator.toPredicate(filter, FIELDS, cb, root))
                    .orderBy(cb.asc(root.get("code")));
            return em.createQuery(query).getResultList();
        });
    }

    static <R> R withEntityManager(Function<EntityManager, R> work) {
        EntityManager em = entityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /*
     * code name         credit balance ratio tier active openedOn   closedAt (UTC)      status  tags  hid lck owner by
     * a    "Alpha Corp"    100   10.50  0.5   1    true   2024-01-15 2025-01-01T00:00:00 OPEN    x y   F   F   O1    U1
     * b    "beta ltd"      200   20.00  1.5   2    false  2024-06-30 2025-06-15T12:00:00 CLOSED  y     T   F   O2    U1
     * c    "Gamma 100%"    300    null  null  null null   null       null                null    -     F   T   null  U2
     * d    "delta_x"      1000 1000.00  2.0   3    true   2025-01-01 2026-01-01T00:00:00 PENDING x y z T   T   O1    U2
     * e    "DeltaXX"      1000    5.25 -1.0   4    false  2025-01-01 2025-12-31T23:00:00 OPEN    z     F   F   O2    U2
     * f    null            -50    0.00  0.0   0    true   2023-12-31 2024-12-31T22:00:00 CLOSED  X     F   F   O3    U2
     * g    "Gamma 100x"    300   10.50  0.25  5    true   2024-01-15 2025-01-01T00:00:01 OPEN    -     F   T   O1    U2
     * h    "back\slash"      7    7.00  7.0   7    false  2024-02-29 2024-02-29T12:00:00 CLOSED  y z   T   T   O3    U2
     * (hid = hidden, lck = locked, by = createdUserInfo.userId; creationDate is 2024-01-01 for a, one day later each)
     */
    private static void seed() {
        List<TestAccount> rows = List.of(
                new TestAccount("a").name("Alpha Corp").credit(100).balance("10.50").ratio(0.5).tier(1).active(true)
                        .openedOn("2024-01-15").closedAt("2025-01-01T00:00:00Z").status(OPEN).tags("x", "y")
                        .ownerId(OWNER_1),
                new TestAccount("b").name("beta ltd").credit(200).balance("20.00").ratio(1.5).tier(2).active(false)
                        .openedOn("2024-06-30").closedAt("2025-06-15T12:00:00Z").status(CLOSED).tags("y")
                        .hidden(true).ownerId(OWNER_2),
                new TestAccount("c").name("Gamma 100%").credit(300).locked(true),
                new TestAccount("d").name("delta_x").credit(1000).balance("1000.00").ratio(2.0).tier(3).active(true)
                        .openedOn("2025-01-01").closedAt("2026-01-01T00:00:00Z").status(PENDING).tags("x", "y", "z")
                        .hidden(true).locked(true).ownerId(OWNER_1),
                new TestAccount("e").name("DeltaXX").credit(1000).balance("5.25").ratio(-1.0).tier(4).active(false)
                        .openedOn("2025-01-01").closedAt("2025-12-31T23:00:00Z").status(OPEN).tags("z")
                        .ownerId(OWNER_2),
                new TestAccount("f").credit(-50).balance("0.00").ratio(0.0).tier(0).active(true)
                        .openedOn("2023-12-31").closedAt("2024-12-31T22:00:00Z").status(CLOSED).tags("X")
                        .ownerId(OWNER_3),
                new TestAccount("g").name("Gamma 100x").credit(300).balance("10.50").ratio(0.25).tier(5).active(true)
                        .openedOn("2024-01-15").closedAt("2025-01-01T00:00:01Z").status(OPEN)
                        .locked(true).ownerId(OWNER_1),
                new TestAccount("h").name("back\\slash").credit(7).balance("7.00").ratio(7.0).tier(7).active(false)
                        .openedOn("2024-02-29").closedAt("2024-02-29T12:00:00Z").status(CLOSED).tags("y", "z")
                        .hidden(true).locked(true).ownerId(OWNER_3));
        Instant created = Instant.parse("2024-01-01T00:00:00Z");
        EntityManager em = entityManager();
        try {
            em.getTransaction().begin();
            for (int i = 0; i < rows.size(); i++) {
                TestAccount row = rows.get(i);
                String creator = i < 2 ? USER_1 : USER_2;
                row.stampCreated(new UserInfo(creator, "user " + creator.charAt(0)), created.plus(Duration.ofDays(i)));
                em.persist(row);
                IDS_BY_CODE.put(row.getCode(), row.getId());
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }
}
