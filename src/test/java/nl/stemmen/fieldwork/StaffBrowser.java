package nl.stemmen.fieldwork;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.stemmen.study.StudyFixture;

/** A staff member's browser signed in through the form: keeps its cookies (session, form token) and submits forms as they stand. */
final class StaffBrowser {

    private final Map<String, String> cookies = new HashMap<>();

    StaffBrowser(String username) {
        cookies.putAll(given().redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", StudyFixture.PASSWORD).post("/j_security_check").cookies());
    }

    /** The page at {@code path} (status 200 expected). */
    Document get(String path) {
        Response page = request().get(path);
        cookies.putAll(page.cookies());
        if (page.statusCode() != 200) {
            throw new AssertionError(path + " answered " + page.statusCode());
        }
        return Jsoup.parse(page.asString());
    }

    /**
     * Submits {@code form} with its fields as the page has them (checked choices, selected options),
     * each of {@code fields} replacing the field of its name; the answer unfollowed.
     */
    Response submit(Element form, Map<String, String> fields) {
        RequestSpecification post = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        for (Element input : form.select("input, select")) {
            String name = input.attr("name");
            boolean choice = input.attr("type").equals("checkbox") || input.attr("type").equals("radio");
            if (name.isEmpty() || fields.containsKey(name) || choice && !input.hasAttr("checked")) {
                continue;
            }
            post = post.formParam(name, input.tagName().equals("select") ? input.select("option[selected]").val() : input.val());
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            post = post.formParam(field.getKey(), field.getValue());
        }
        return post.post(form.attr("action"));
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }
}
