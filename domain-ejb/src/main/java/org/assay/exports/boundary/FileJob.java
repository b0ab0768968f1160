package org.assay.exports.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.assay.exports.entity.FileResult;
import org.assay.files.boundary.StoredFiles;
import org.assay.files.control.StoredFile;
import org.assay.jobs.boundary.JobContext;
import org.assay.jobs.boundary.JobHandler;
import org.assay.platform.control.Jsons;

/**
 * A job that writes one file result (an export or a report): it reads the request kept on the file result, lets
 * the subclass write the content as UTF-8 text into the file store, which publishes the file only once complete,
 * and then names the file on the result. A restarted job writes its file again from the start; a failed one leaves
 * nothing to undo.
 */
public abstract class FileJob implements JobHandler {

    @Inject
    ExportSteps steps;

    @Inject
    StoredFiles storedFiles;

    /** Writes the file's content for the request; {@code out} is flushed afterwards. */
    protected abstract void write(JobContext job, JsonObject request, Writer out) throws IOException;

    @Override
    public void run(JobContext job) {
        Optional<FileResult> begun = steps.begin(job);
        if (begun.isEmpty()) {
            job.ledger().fail(job.asyncResultId(), "The file result was deleted before it was written", null);
            return;
        }
        JsonObject request = Jsons.parse(begun.get().getRequestJson()).asJsonObject();
        StoredFile file = storedFiles.write(out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            write(job, request, writer);
            writer.flush();
        });
        steps.publish(job, file);
    }

    @Override
    public void abandon(JobContext job, String reason) {
        // Nothing to undo: the file store publishes a file only once it is complete.
    }
}
