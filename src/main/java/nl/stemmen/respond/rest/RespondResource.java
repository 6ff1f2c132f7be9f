package nl.stemmen.respond.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.persistence.PersistenceException;
import nl.stemmen.language.Language;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.respond.DatabaseOutage;
import nl.stemmen.respond.OpenResponse;
import nl.stemmen.respond.PageAction;
import nl.stemmen.respond.ResponseFlow;
import nl.stemmen.respond.SubmitOutcome;
import nl.stemmen.respond.ThankYouOffer;
import nl.stemmen.respond.WithdrawnLinks;
import nl.stemmen.respond.view.Frame;
import nl.stemmen.respond.view.PageRenderer;
import nl.stemmen.respond.view.PageView;
import nl.stemmen.respond.view.ShownText;

/**
 * A response's pages, reached by its link {@code /r/<token>}. Every submit is a POST answered by
 * a redirect (Post/Redirect/Get), except a page with problems, which comes back at once with what
 * was typed.
 */
@Path("/r/{token}")
@Produces(MediaType.TEXT_HTML)
public class RespondResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageView view);

        static native TemplateInstance done(Frame frame, ShownText outro, String withdraw, String offers);

        static native TemplateInstance withdraw(Frame frame, String withdraw, String goBack);

        static native TemplateInstance later(Frame frame, String link, String goOn, String withdraw);
    }

    private final ResponseFlow flow;
    private final PageRenderer renderer;
    private final NoticePage notices;
    private final WithdrawnLinks withdrawnLinks;
    private final Instance<ThankYouOffer> offers;

    public RespondResource(ResponseFlow flow, PageRenderer renderer, NoticePage notices, WithdrawnLinks withdrawnLinks,
            Instance<ThankYouOffer> offers) {
        this.withdrawnLinks = withdrawnLinks;
        this.offers = offers;
        this.flow = flow;
        this.renderer = renderer;
        this.notices = notices;
    }

    /** Opening the link: continue where the respondent stopped. */
    @GET
    public Response resume(@PathParam("token") String token) {
        Optional<OpenResponse> open = flow.open(token);
        if (open.isEmpty()) {
            return unknownLink(token);
        }
        return redirect(whereToGo(token, open.get()));
    }

    @GET
    @Path("p/{page}")
    public Response page(@PathParam("token") String token, @PathParam("page") String pageName) {
        return show(token, pageName, false, false);
    }

    /** The same page, come back with questions that the answers just submitted made relevant. */
    @GET
    @Path("p/{page}/added")
    public Response pageWithAddedQuestions(@PathParam("token") String token, @PathParam("page") String pageName) {
        return show(token, pageName, true, false);
    }

    /** The page that Send led back to, because something on it still needs an answer. */
    @GET
    @Path("p/{page}/incomplete")
    public Response pageWithMissingAnswers(@PathParam("token") String token, @PathParam("page") String pageName) {
        return show(token, pageName, false, true);
    }

    private Response show(String token, String pageName, boolean questionsAdded, boolean incomplete) {
        Optional<OpenResponse> found = flow.open(token);
        if (found.isEmpty()) {
            return unknownLink(token);
        }
        OpenResponse open = found.get();
        Optional<Page> page = open.published().questionnaire().page(pageName);
        if (open.response().isCompleted() || page.isEmpty() || !flow.reachable(open, page.get())) {
            return redirect(whereToGo(token, open));
        }
        PageView view = incomplete
                ? renderer.incomplete(open, page.get(), flow.problems(open, page.get()), pagePath(token, pageName))
                : renderer.page(open, open.answers(), page.get(), PageRenderer.formValues(open.answers().all()),
                        Map.of(), questionsAdded, pagePath(token, pageName));
        return Response.ok(Templates.page(view)).build();
    }

    @POST
    @Path("p/{page}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("token") String token, @PathParam("page") String pageName,
            byte[] body) {
        MultivaluedMap<String, String> form = FormBody.parse(body);
        Set<String> shown = new HashSet<>(Arrays.asList(Optional.ofNullable(form.getFirst("_shown")).orElse("").split(" ")));
        SubmitOutcome outcome;
        try {
            outcome = flow.submit(token, pageName, action(form), shown, answersOf(form));
        } catch (PersistenceException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            return notSavedYet(token, pageName, shown, form);
        }
        if (outcome instanceof SubmitOutcome.ShowPage show) {
            return redirect(pagePath(token, show.page()) + (show.questionsAdded() ? "/added" : ""));
        }
        if (outcome instanceof SubmitOutcome.Invalid invalid) {
            OpenResponse open = invalid.response();
            Page page = open.published().questionnaire().page(invalid.page()).orElseThrow();
            PageView view = renderer.page(open, invalid.result().answers(), page, invalid.typed(), invalid.result().problems(), false,
                    pagePath(token, invalid.page()));
            return Response.status(422).entity(Templates.page(view)).build();
        }
        if (outcome instanceof SubmitOutcome.Incomplete incomplete) {
            return redirect(pagePath(token, incomplete.page()) + "/incomplete");
        }
        if (outcome instanceof SubmitOutcome.Completed) {
            return redirect("/r/" + token + "/done");
        }
        if (outcome instanceof SubmitOutcome.ContinueLater) {
            return redirect("/r/" + token + "/later");
        }
        return unknownLink(token);
    }

    @GET
    @Path("done")
    public Response done(@PathParam("token") String token) {
        Optional<OpenResponse> found = flow.open(token);
        if (found.isEmpty()) {
            return unknownLink(token);
        }
        OpenResponse open = found.get();
        if (!open.response().isCompleted()) {
            return redirect(whereToGo(token, open));
        }
        if (open.response().landingStudyId != null) {
            // a landing's filter questions are done: the landing sends the person on, under the same link
            return redirect("/l/" + open.response().landingStudyId + "/next/" + token);
        }
        Frame frame = renderer.frame(open.published(), open.audience(), null);
        ShownText outro = renderer.text(open, "outro", open.published().questionnaire().outro());
        String offered = offers.stream().map(offer -> offer.html(open)).flatMap(Optional::stream).collect(Collectors.joining());
        // no Referer from here: a form posted on from this page must not carry the response's address along
        return Response.ok(Templates.done(frame, outro, withdrawPath(token), offered)).header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store").build();
    }

    /** Stopping: a page that asks once more, since the answers cannot come back. */
    @GET
    @Path("withdraw")
    public Response confirmWithdrawal(@PathParam("token") String token) {
        Optional<OpenResponse> found = flow.open(token);
        if (found.isEmpty()) {
            return unknownLink(token);
        }
        OpenResponse open = found.get();
        Frame frame = renderer.frame(open.published(), open.audience(), renderer.uiText(open.language(), "withdraw.title"));
        return Response.ok(Templates.withdraw(frame, withdrawPath(token), whereToGo(token, open))).build();
    }

    /** Deletes the response and its answers; the link leads nowhere after. */
    @POST
    @Path("withdraw")
    public Response withdraw(@PathParam("token") String token) {
        return flow.withdraw(token).map(language -> notices.withdrawn(language.code())).orElseGet(() -> notices.unknown(null));
    }

    /** A link that opens no response: a withdrawn person's says so in their language (410), any other explains (404). */
    private Response unknownLink(String token) {
        return withdrawnLinks.withdrawnIn(token).map(language -> notices.withdrawn(language.code()))
                .orElseGet(() -> notices.unknown(null));
    }

    private static String withdrawPath(String token) {
        return "/r/" + token + "/withdraw";
    }

    /**
     * The page as submitted, in the language it was shown in, with everything typed and a notice that
     * it was not saved yet: the respondent sends it again in a moment. The form carries which
     * questionnaire and version it belongs to, since the response cannot be looked up.
     */
    private Response notSavedYet(String token, String pageName, Set<String> shown, MultivaluedMap<String, String> form) {
        Optional<PublishedQuestionnaire> published = Optional.ofNullable(form.getFirst("_q"))
                .flatMap(id -> flow.questionnaireInMemory(id, form.getFirst("_v")));
        Optional<Page> page = published.flatMap(p -> p.questionnaire().page(pageName));
        Optional<Language> language = Optional.ofNullable(form.getFirst("_l")).flatMap(Language::byCode);
        if (page.isEmpty() || language.isEmpty()) {
            return notices.databaseUnreachable();
        }
        PageView view = renderer.unsaved(published.get(), language.get(), page.get(), shown, answersOf(form),
                pagePath(token, pageName));
        return Response.status(503).header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                .entity(Templates.page(view)).build();
    }

    /** The link to keep, offered from every page: answers so far are saved, this brings the respondent back. */
    @GET
    @Path("later")
    public Response later(@PathParam("token") String token, @Context UriInfo uri) {
        Optional<OpenResponse> found = flow.open(token);
        if (found.isEmpty()) {
            return unknownLink(token);
        }
        OpenResponse open = found.get();
        if (open.response().isCompleted()) {
            return redirect(whereToGo(token, open));
        }
        Frame frame = renderer.frame(open.published(), open.audience(), renderer.uiText(open.language(), "later.title"));
        return Response.ok(Templates.later(frame, link(uri, token), whereToGo(token, open), withdrawPath(token))).build();
    }

    private static String whereToGo(String token, OpenResponse open) {
        if (open.response().isCompleted()) {
            return "/r/" + token + "/done";
        }
        return pagePath(token, open.response().currentPage);
    }

    private static PageAction action(MultivaluedMap<String, String> form) {
        Optional<Language> language = Optional.ofNullable(form.getFirst("_lang")).flatMap(Language::byCode);
        if (language.isPresent()) {
            return PageAction.language(language.get());
        }
        return switch (Optional.ofNullable(form.getFirst("_action")).orElse("next")) {
            case "back" -> PageAction.back();
            case "later" -> PageAction.later();
            default -> PageAction.next();
        };
    }

    private static Map<String, List<String>> answersOf(MultivaluedMap<String, String> form) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (!name.startsWith("_")) {
                answers.put(name, new ArrayList<>(values));
            }
        });
        return answers;
    }

    /** The whole address of the response, for the respondent to keep (behind a proxy: quarkus.http.proxy.*). */
    private static String link(UriInfo uri, String token) {
        return uri.getBaseUri().resolve("r/" + token).toString();
    }

    private static String pagePath(String token, String page) {
        return "/r/" + token + "/p/" + page;
    }

    private static Response redirect(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
