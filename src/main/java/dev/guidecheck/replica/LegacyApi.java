package dev.guidecheck.replica;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The legacy XML-RPC API that takes the Encrypted Key ({@code https://<app>.infusionsoft.com/api/xmlrpc}):
 * every call's first parameter is the key. Only {@code DataService.echo} is served, which is what a client
 * calls to prove a key works; a wrong key gets the fault Infusionsoft gave, {@code [InvalidKey]}.
 */
final class LegacyApi {

    static final String PATH = "/api/xmlrpc";

    private final ReplicaState state;

    LegacyApi(ReplicaState state) {
        this.state = state;
    }

    void addRoutes(Javalin app) {
        app.post(PATH, this::call);
    }

    private void call(Context ctx) {
        ctx.contentType("text/xml; charset=UTF-8");
        String method;
        List<String> params;
        try {
            Document doc = parse(ctx.bodyAsBytes());
            method = text(doc.getDocumentElement(), "methodName");
            params = new ArrayList<>();
            NodeList values = doc.getElementsByTagName("param");
            for (int i = 0; i < values.getLength(); i++) {
                params.add(values.item(i).getTextContent().trim());
            }
        } catch (Exception e) {
            ctx.result(fault(0, "[ParseError]The request is not an XML-RPC method call"));
            return;
        }
        if (params.isEmpty() || !params.get(0).equals(state.encryptedKey())) {
            ctx.result(fault(2, "[InvalidKey]Invalid Key"));
            return;
        }
        if (!"DataService.echo".equals(method)) {
            ctx.result(fault(0, "[NoSuchMethod]No such service method: " + escape(method)));
            return;
        }
        ctx.status(HttpStatus.OK).result("<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodResponse><params><param><value>"
                + escape(params.size() > 1 ? params.get(1) : "") + "</value></param></params></methodResponse>");
    }

    private static Document parse(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static String text(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }

    private static String fault(int code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodResponse><fault><value><struct>"
                + "<member><name>faultCode</name><value><i4>" + code + "</i4></value></member>"
                + "<member><name>faultString</name><value>" + escape(message) + "</value></member>"
                + "</struct></value></fault></methodResponse>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
