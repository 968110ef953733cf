package faqbot.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads `faq/*.csv`: a header row, then one entry a row. Columns `question`, `answer`, `url` are required;
 * `alternates` (other wordings separated by `|`), `id` and `title` are optional; other columns are kept as metadata.
 * Fields with commas, quotes or line breaks are quoted the usual CSV way ("..." with "" for a quote).
 */
public final class CsvFaqReader implements DocumentReader {

    private static final ObjectReader ROWS = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build()
            .readerFor(String[].class);

    @Override
    public boolean accepts(Path corpusDir, Path file) {
        return file.startsWith(corpusDir.resolve("faq")) && file.toString().endsWith(".csv");
    }

    /**
     * Reads every row. After a malformed one (a stray quote, say), reading goes on from the line after the one where
     * the parser noticed it, so the rest of the sheet is still checked; a quote never closed takes the rest with it.
     */
    @Override
    public Document read(Path file) throws CorpusException {
        FaqSheet sheet = new FaqSheet(file);
        List<String> lines = lines(file);
        Rows rows = new Rows(sheet);
        for (int from = 0; from < lines.size() && !rows.stopped; ) {
            from = rows.read(lines, from);
        }
        if (rows.header == null && !rows.stopped) {
            sheet.problem(1, "the sheet is empty: it needs a header row (question,answer,url) and one row per entry");
        }
        return sheet.document(rows.entries);
    }

    private static List<String> lines(Path file) throws CorpusException {
        try {
            return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException | UncheckedIOException e) {
            throw new CorpusException(file, 0, "cannot read the file as UTF-8 text (" + e.getMessage() + ")");
        }
    }

    /** The sheet's rows read so far, from one stretch of lines to the next. */
    private static final class Rows {
        private final FaqSheet sheet;
        private final List<FaqEntry> entries = new ArrayList<>();
        private List<String> header;
        /** A header without the required columns: the rows cannot be read. */
        private boolean stopped;

        Rows(FaqSheet sheet) {
            this.sheet = sheet;
        }

        /** Reads the rows from line index {@code from} on; returns where to go on, or the end. */
        int read(List<String> lines, int from) {
            try (Reader in = new StringReader(String.join("\n", lines.subList(from, lines.size())));
                    MappingIterator<String[]> rows = ROWS.readValues(in)) {
                return readRows(rows, from, lines.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a string is always readable
            }
        }

        private int readRows(MappingIterator<String[]> rows, int offset, int end) {
            while (true) {
                int line = rows.getParser().currentLocation().getLineNr();
                String[] row;
                try {
                    if (!rows.hasNextValue()) {
                        return end;
                    }
                    line = Math.max(line, rows.getParser().currentLocation().getLineNr());
                    row = rows.nextValue();
                } catch (IOException | RuntimeException e) {
                    int noticed = Math.max(line, lineOf(e, line));
                    sheet.problem(offset + line, "malformed CSV (" + reason(e) + (noticed > line ? ", noticed on line " + (offset + noticed) : "")
                            + "); check the quotes of the row starting here: a field with a comma, quote or line break must be in \"...\" with \"\" for a quote");
                    return offset + noticed;
                }
                if (!isBlank(row)) {
                    take(row, offset + line);
                }
                if (stopped) {
                    return end;
                }
            }
        }

        private void take(String[] row, int line) {
            if (header == null) {
                header = header(row, line, sheet);
                stopped = header == null;
            } else if (row.length != header.size()) {
                sheet.problem(line, "this row has " + row.length + " columns but the header has " + header.size()
                        + " (" + String.join(",", header) + "); quote fields that contain commas");
            } else {
                entries.add(entry(header, row, line));
            }
        }
    }

    private static List<String> header(String[] row, int line, FaqSheet sheet) {
        List<String> names = new ArrayList<>();
        for (String cell : row) {
            names.add(cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
        }
        List<String> missing = FaqColumns.REQUIRED.stream().filter(c -> !names.contains(c)).toList();
        if (!missing.isEmpty()) {
            boolean semicolons = names.size() == 1 && names.get(0).contains(";");
            sheet.problem(line, "the header row lacks the column(s) " + String.join(", ", missing)
                    + (semicolons ? "; the columns are separated by semicolons: save the sheet as CSV with commas"
                            : "; the first row must name the columns, e.g. question,answer,url,alternates,id,title"));
            return null;
        }
        return names;
    }

    private static FaqEntry entry(List<String> header, String[] row, int line) {
        Map<String, String> cells = new LinkedHashMap<>();
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        for (int i = 0; i < row.length; i++) {
            String name = header.get(i);
            cells.put(name, row[i]);
            if (!FaqColumns.KNOWN.contains(name) && !name.isEmpty() && !row[i].isBlank()) {
                metadata.put(name, List.of(row[i].strip()));
            }
        }
        return new FaqEntry(line, cells.getOrDefault(FaqColumns.ID, ""), cells.get(FaqColumns.QUESTION),
                FaqColumns.splitAlternates(cells.getOrDefault(FaqColumns.ALTERNATES, "")), cells.get(FaqColumns.ANSWER),
                cells.get(FaqColumns.URL), cells.getOrDefault(FaqColumns.TITLE, ""), metadata);
    }

    private static boolean isBlank(String[] row) {
        for (String cell : row) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static int lineOf(Exception e, int fallback) {
        if (e instanceof JsonProcessingException j && j.getLocation() != null && j.getLocation().getLineNr() > 0) {
            return j.getLocation().getLineNr();
        }
        return fallback;
    }

    private static String reason(Exception e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
    }
}
