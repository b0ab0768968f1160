package org.assay.testkit.ledger;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assay.testkit.ledger.User.Role;

/**
 * The finance team (19 people and 3 system users) and, for the UNUSUAL_USER anomaly, an endless supply of people from
 * outside finance. Within a role the first member posts the most, but every member posts enough that the
 * UNUSUAL_USER control point (fewer than 20 lines, or at most 5 lines on a busy account) never sees them as rare.
 */
final class UserRoster {

    private static final String[] FIRST_NAMES = {
        "Tanya", "Marcus", "Priya", "Daniel", "Elena", "Kwame", "Sofia", "Liam", "Aiko", "Rafael", "Grace", "Omar",
        "Hannah", "Viktor", "Chloe", "Mateo", "Nadia", "Ethan", "Leila", "Samuel", "Ingrid", "Tomasz", "Yara",
        "Connor", "Mei", "Andre", "Fatima", "Jonas", "Lucia", "Patrick",
    };
    private static final String[] LAST_NAMES = {
        "Woods", "Bennett", "Sharma", "Okafor", "Novak", "Mensah", "Rossi", "Murphy", "Tanaka", "Alvarez", "Kim",
        "Haddad", "Fischer", "Petrov", "Dubois", "Silva", "Karimi", "Walsh", "Nasser", "Green", "Larsen", "Kowalski",
        "Costa", "Byrne", "Chen", "Moreau", "Rahman", "Berg", "Romero", "O'Brien",
    };
    private static final String[] OUTSIDER_TITLES = {
        "Sales Director", "IT Administrator", "Executive Assistant", "Summer Intern", "Temporary Contractor",
        "Operations Director", "Facilities Coordinator",
    };
    private static final Map<Role, Integer> TEAM_SIZES = teamSizes();

    private final Map<Role, Weighted<User>> teams = new EnumMap<>(Role.class);
    private final int outsiderOffset;
    private int outsidersIssued;

    UserRoster(SeededRandom random) {
        int person = 0;
        for (Map.Entry<Role, Integer> team : TEAM_SIZES.entrySet()) {
            Role role = team.getKey();
            Weighted.Builder<User> members = Weighted.builder();
            for (int i = 0; i < team.getValue(); i++) {
                String name = role.isSystem() ? "SYSTEM" : FIRST_NAMES[person] + " " + LAST_NAMES[person];
                person++;
                members.add(new User(name + " - " + role.title, role), 1.0 / (1 + 0.4 * i));
            }
            teams.put(role, members.build());
        }
        this.outsiderOffset = random.nextInt(FIRST_NAMES.length * LAST_NAMES.length);
    }

    private static Map<Role, Integer> teamSizes() {
        Map<Role, Integer> sizes = new EnumMap<>(Role.class);
        sizes.put(Role.AR_CLERK, 3);
        sizes.put(Role.AP_CLERK, 4);
        sizes.put(Role.EXPENSE_AUDITOR, 2);
        sizes.put(Role.PAYROLL_SPECIALIST, 2);
        sizes.put(Role.TREASURY_ANALYST, 2);
        sizes.put(Role.INVENTORY_CONTROLLER, 2);
        sizes.put(Role.ACCOUNTANT, 4);
        sizes.put(Role.ERP_INTERFACE, 1);
        sizes.put(Role.PAYROLL_INTERFACE, 1);
        sizes.put(Role.RECURRING_JOURNALS, 1);
        return sizes;
    }

    User pick(Role role, SeededRandom random) {
        return teams.get(role).pick(random);
    }

    List<User> team(Role role) {
        return teams.get(role).items();
    }

    /** A person never issued before (until 6,300 have been), with a title no finance user has. */
    User nextOutsider() {
        int index = (outsiderOffset + outsidersIssued++) % (FIRST_NAMES.length * LAST_NAMES.length);
        String first = FIRST_NAMES[index % FIRST_NAMES.length];
        String last = LAST_NAMES[(index / FIRST_NAMES.length + index) % LAST_NAMES.length];
        String title = OUTSIDER_TITLES[outsidersIssued % OUTSIDER_TITLES.length];
        return new User(first + " " + last + " - " + title, Role.OUTSIDER);
    }
}
