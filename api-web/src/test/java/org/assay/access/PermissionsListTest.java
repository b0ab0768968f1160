package org.assay.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assay.access.control.Permissions;
import org.junit.jupiter.api.Test;

/** The API page's permission matrix offers exactly the permissions the server knows. */
class PermissionsListTest {

    @Test
    void theApiPageListsEveryPermissionAndNoOther() throws IOException {
        String js = Files.readString(Path.of("src/main/webapp/admin/permissions.js"));
        String list = js.substring(js.indexOf("PERMISSIONS = ["), js.indexOf("];"));
        Set<String> listed = new TreeSet<>();
        Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(list);
        while (quoted.find()) {
            listed.add(quoted.group(1));
        }
        assertEquals(new TreeSet<>(Permissions.ALL), listed);
    }
}
