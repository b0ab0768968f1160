package org.assay.files.control;

/** The vault holds no file with that id, or the text is not an id at all. */
public class StoredFileNotFoundException extends RuntimeException {

    private final String id;

    public StoredFileNotFoundException(String id) {
        // a text that is not an id came from outside: keep it out of log lines
        super(VaultLayout.isId(id) ? "no stored file " + id : "no stored file with that id");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
