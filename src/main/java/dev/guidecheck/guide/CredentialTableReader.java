package dev.guidecheck.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The first table whose first header cell mentions "Credential": each body row maps a value the provider
 * shows (first column) to the parameter it is entered as (the code span of the second column, else its text).
 */
final class CredentialTableReader {

    private CredentialTableReader() {
    }

    static CredentialTable read(Node document, RenderedMarkdown markdown) {
        for (Node node : document.getDescendants()) {
            if (node instanceof TableBlock table && isCredentialTable(table)) {
                return new CredentialTable(rows(table, markdown));
            }
        }
        return CredentialTable.none();
    }

    private static boolean isCredentialTable(TableBlock block) {
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead && part.getFirstChild() != null) {
                Node firstCell = part.getFirstChild().getFirstChild();
                return firstCell != null && PlainText.of(firstCell).toLowerCase(Locale.ROOT).contains("credential");
            }
        }
        return false;
    }

    private static List<CredentialRow> rows(TableBlock block, RenderedMarkdown markdown) {
        List<CredentialRow> rows = new ArrayList<>();
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            if (!(part instanceof TableBody)) {
                continue;
            }
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                Node name = row.getFirstChild();
                Node parameter = name == null ? null : name.getNext();
                if (row instanceof TableRow && name instanceof TableCell && parameter instanceof TableCell) {
                    rows.add(new CredentialRow(PlainText.of(name), parameterOf(parameter), markdown.origin(row)));
                }
            }
        }
        return rows;
    }

    private static String parameterOf(Node cell) {
        for (Node inline : cell.getDescendants()) {
            if (inline instanceof Code code) {
                return code.getText().toString().strip();
            }
        }
        return PlainText.of(cell);
    }
}
