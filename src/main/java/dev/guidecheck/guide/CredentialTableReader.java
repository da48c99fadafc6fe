package dev.guidecheck.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;

/**
 * The first table whose first header cell mentions "Credential": each body row maps a value the provider
 * shows (first column) to the parameter it is entered as (the code span of the second column, else its text).
 */
final class CredentialTableReader extends AbstractVisitor {

    private final RenderedMarkdown markdown;
    private CredentialTable table;

    private CredentialTableReader(RenderedMarkdown markdown) {
        this.markdown = markdown;
    }

    static CredentialTable read(Node document, RenderedMarkdown markdown) {
        CredentialTableReader reader = new CredentialTableReader(markdown);
        document.accept(reader);
        return reader.table != null ? reader.table : CredentialTable.none();
    }

    @Override
    public void visit(CustomBlock block) {
        if (table == null && block instanceof TableBlock tableBlock && isCredentialTable(tableBlock)) {
            table = new CredentialTable(rows(tableBlock));
        }
        visitChildren(block);
    }

    private static boolean isCredentialTable(TableBlock block) {
        Node head = block.getFirstChild();
        if (!(head instanceof TableHead) || head.getFirstChild() == null) {
            return false;
        }
        Node firstCell = head.getFirstChild().getFirstChild();
        return firstCell != null && PlainText.of(firstCell).toLowerCase(Locale.ROOT).contains("credential");
    }

    private List<CredentialRow> rows(TableBlock block) {
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
        for (Node inline = cell.getFirstChild(); inline != null; inline = inline.getNext()) {
            if (inline instanceof Code code) {
                return code.getLiteral().strip();
            }
        }
        return PlainText.of(cell);
    }
}
