package vn.sgddt.kehoach.exchange.appendix;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import vn.sgddt.kehoach.plan.Plan;

/**
 * Gives meaning to the tables read from a file: finds the header row by the names offices give the columns (in any
 * order), then reads each row as a group heading or a task, with its units and its deadline.
 */
final class TableInterpreter {

    /** The columns of an assignment table. */
    enum Column {
        SEQ("so tt", "stt", "tt", "so thu tu"),
        CONTENT("noi dung nhiem vu", "noi dung de tai", "noi dung cong viec", "noi dung", "ten nhiem vu",
                "ten de tai", "nhiem vu", "ten de an", "ten van ban"),
        LEAD("don vi chu tri", "co quan chu tri", "chu tri", "don vi thuc hien", "co quan thuc hien"),
        COORDINATING("don vi phoi hop", "co quan phoi hop", "phoi hop"),
        DEADLINE("thoi gian hoan thanh", "thoi han hoan thanh", "thoi gian thuc hien", "thoi han", "tien do",
                "thoi gian"),
        AUTHORITY("tham quyen ban hanh", "cap ban hanh", "cap trinh", "tham quyen", "co quan ban hanh");

        private final String[] names;

        Column(String... names) {
            this.names = names;
        }

        /** How well a header cell names this column: the length of the longest name it starts with, or 0. */
        int score(String header) {
            String h = VietText.fold(header).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
            int best = 0;
            for (String n : names) {
                if (h.equals(n) || h.startsWith(n + " ")) {
                    best = Math.max(best, n.length());
                }
            }
            return best;
        }
    }

    private static final Pattern GROUP_MARK = Pattern.compile("^([A-Z]|[IVX]{1,5})[.)]?$");
    private static final Pattern GROUP_HEADING = Pattern.compile("^([A-ZĐ]|[IVX]{1,5})[.)]\\s+\\S.*");
    private static final Pattern COLUMN_NUMBERS = Pattern.compile("^\\(?\\d{1,2}\\)?$");
    private static final Pattern LOOKS_INTERNAL = Pattern.compile("^(phong|van phong|thanh tra so|to )\\b.*");

    private final UnitResolver units;
    private final MessageSource messages;
    private final int maxRows;

    TableInterpreter(UnitResolver units, MessageSource messages, int maxRows) {
        this.units = units;
        this.messages = messages;
        this.maxRows = maxRows;
    }

    ParseResult interpret(List<SourceTable> tables) {
        List<ParsedRow> rows = new ArrayList<>();
        List<ParseWarning> warnings = new ArrayList<>();
        boolean headerFound = false;
        for (SourceTable table : tables) {
            Optional<Header> header = findHeader(table);
            if (header.isEmpty()) {
                continue;
            }
            headerFound = true;
            String group = headingOf(table.precedingHeading());
            for (int r = 0; r < header.get().row() && group == null; r++) {
                List<String> before = table.rows().get(r).stream().map(VietText::clean).filter(c -> c != null)
                        .toList();
                if (before.size() == 1) {
                    group = headingOf(before.get(0));
                }
            }
            for (int r = header.get().row() + 1; r < table.rows().size(); r++) {
                List<String> cells = table.rows().get(r);
                if (isBlank(cells) || isColumnNumbers(cells) || isRepeatedHeader(cells, header.get())) {
                    continue;
                }
                Optional<String> heading = groupHeading(cells, header.get(), table.spanningRows().contains(r));
                if (heading.isPresent()) {
                    group = heading.get();
                    continue;
                }
                if (rows.size() >= maxRows) {
                    throw new AppendixReadException("appendix.tooManyRows", maxRows);
                }
                if (cells.stream().anyMatch(c -> c != null && c.length() > Plan.TEXT_MAX_LENGTH)) {
                    // a plan would refuse it anyway; the preview should not carry megabytes either
                    throw new AppendixReadException("appendix.cellTooLong", r + 1, Plan.TEXT_MAX_LENGTH);
                }
                rows.add(row(cells, header.get(), group, rows.size() + 1));
            }
        }
        if (!headerFound) {
            throw new AppendixReadException("appendix.noTable");
        }
        if (rows.isEmpty()) {
            throw new AppendixReadException("appendix.emptyTable");
        }
        return new ParseResult(rows, warnings);
    }

    /** Where the columns are, and the extra columns kept as a note. */
    private record Header(int row, Map<Column, Integer> columns, Map<Integer, String> extra, List<String> cells) {

        String cell(List<String> row, Column c) {
            Integer i = columns.get(c);
            return i == null || i >= row.size() ? null : VietText.clean(row.get(i));
        }
    }

    private Optional<Header> findHeader(SourceTable table) {
        int limit = Math.min(table.rows().size(), 15);
        for (int r = 0; r < limit; r++) {
            List<String> cells = table.rows().get(r);
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            Map<Column, Integer> scores = new EnumMap<>(Column.class);
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c);
                if (text == null || text.isBlank()) {
                    continue;
                }
                Column best = null;
                int bestScore = 0;
                for (Column col : Column.values()) {
                    int s = col.score(text);
                    if (s > bestScore) {
                        best = col;
                        bestScore = s;
                    }
                }
                if (best != null && bestScore > scores.getOrDefault(best, 0)) {
                    columns.put(best, c);
                    scores.put(best, bestScore);
                }
            }
            if (columns.containsKey(Column.CONTENT) && columns.containsKey(Column.LEAD)) {
                Map<Integer, String> extra = new java.util.LinkedHashMap<>();
                for (int c = 0; c < cells.size(); c++) {
                    if (!columns.containsValue(c) && cells.get(c) != null && !cells.get(c).isBlank()) {
                        extra.put(c, VietText.clean(cells.get(c)));
                    }
                }
                return Optional.of(new Header(r, columns, extra, cells));
            }
        }
        return Optional.empty();
    }

    private ParsedRow row(List<String> cells, Header h, String group, int position) {
        List<ParseWarning> warnings = new ArrayList<>();
        String seqText = h.cell(cells, Column.SEQ);
        Integer seq = position;
        if (seqText != null) {
            try {
                seq = Integer.parseInt(seqText.replaceAll("[.)]$", "").strip());
            } catch (NumberFormatException notNumber) {
                warnings.add(warning("seq", "appendix.warn.seq", seqText));
            }
        }
        String content = h.cell(cells, Column.CONTENT);
        if (content == null) {
            warnings.add(warning("content", "appendix.warn.noContent", ""));
        }

        String leadText = h.cell(cells, Column.LEAD);
        String lead = null;
        if (leadText == null) {
            warnings.add(warning("leadUnit", "appendix.warn.noLead", ""));
        } else {
            List<String> named = units.split(leadText);
            List<String> resolved = named.stream().map(units::resolve).flatMap(Optional::stream).distinct().toList();
            if (resolved.isEmpty()) {
                warnings.add(warning("leadUnit", "appendix.warn.leadUnknown", leadText));
            } else {
                lead = resolved.get(0);
                if (resolved.size() > 1 || named.size() > 1) {
                    warnings.add(warning("leadUnit", "appendix.warn.leadMultiple", leadText));
                }
            }
        }

        Set<String> coordinating = new LinkedHashSet<>();
        List<String> external = new ArrayList<>();
        String coordText = h.cell(cells, Column.COORDINATING);
        for (String item : units.split(coordText)) {
            if (units.isAllDepartments(item)) {
                coordinating.addAll(units.allDepartmentsExcept(lead));
                continue;
            }
            Optional<String> unit = units.resolve(item);
            if (unit.isPresent()) {
                if (!unit.get().equals(lead)) {
                    coordinating.add(unit.get());
                }
            } else {
                external.add(item);
                if (LOOKS_INTERNAL.matcher(VietText.fold(item)).matches()) {
                    warnings.add(warning("coordinatingUnits", "appendix.warn.coordinatorUnknown", item));
                }
            }
        }

        String deadlineText = h.cell(cells, Column.DEADLINE);
        DeadlineParser.Deadline deadline = DeadlineParser.parse(deadlineText);
        if (!deadline.readable()) {
            warnings.add(warning("deadline", "appendix.warn.deadlineUnreadable", deadlineText));
        }
        String authority = h.cell(cells, Column.AUTHORITY);

        List<String> notes = new ArrayList<>();
        h.extra().forEach((c, name) -> {
            String value = c < cells.size() ? VietText.clean(cells.get(c)) : null;
            if (value != null) {
                notes.add(name + ": " + value);
            }
        });
        String original = String.join(" | ", cells.stream().map(c -> c == null ? "" : VietText.clean(c) == null
                ? "" : VietText.clean(c)).toList());
        return new ParsedRow(seq, group, content, lead, leadText, List.copyOf(coordinating), external,
                deadline.date(), deadlineText, deadline.recurrence() == null ? null : deadline.recurrence().describe(),
                authority, notes.isEmpty() ? null : String.join("; ", notes), original, warnings);
    }

    /** A row with one text across the table, or only a group mark and a title: "A. Nhiệm vụ theo…". */
    private Optional<String> groupHeading(List<String> cells, Header h, boolean spanning) {
        List<String> distinct = cells.stream().map(VietText::clean).filter(c -> c != null).distinct().toList();
        if (distinct.isEmpty()) {
            return Optional.empty();
        }
        if (spanning || distinct.size() == 1 && h.cell(cells, Column.LEAD) == null) {
            return Optional.of(String.join(" ", distinct));
        }
        String seq = h.cell(cells, Column.SEQ);
        if (seq != null && GROUP_MARK.matcher(seq).matches() && h.cell(cells, Column.LEAD) == null
                && h.cell(cells, Column.DEADLINE) == null) {
            String title = h.cell(cells, Column.CONTENT);
            return Optional.of(title == null ? seq : seq.replaceAll("[.)]$", "") + ". " + title);
        }
        return Optional.empty();
    }

    private static String headingOf(String paragraph) {
        String p = VietText.clean(paragraph);
        return p != null && GROUP_HEADING.matcher(p).matches() ? p : null;
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static boolean isColumnNumbers(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        return filled.size() >= 3 && filled.stream().allMatch(c -> COLUMN_NUMBERS.matcher(c).matches());
    }

    /** Tables that run over several pages repeat their header row. */
    private static boolean isRepeatedHeader(List<String> cells, Header h) {
        for (Column c : List.of(Column.CONTENT, Column.LEAD)) {
            String here = h.cell(cells, c);
            String header = h.cell(h.cells(), c);
            if (here == null || !VietText.fold(here).equals(VietText.fold(header))) {
                return false;
            }
        }
        return true;
    }

    private ParseWarning warning(String field, String key, String text) {
        return new ParseWarning(field, key.substring(key.lastIndexOf('.') + 1), text,
                messages.getMessage(key, new Object[] {text}, key, Locale.forLanguageTag("vi")),
                messages.getMessage(key, new Object[] {text}, key, Locale.ENGLISH));
    }
}
