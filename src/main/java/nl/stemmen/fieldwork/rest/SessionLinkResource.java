package nl.stemmen.fieldwork.rest;

import jakarta.ws.rs.Path;
import nl.stemmen.fieldwork.OpenLinkKind;
import nl.stemmen.fieldwork.OpenLinks;
import nl.stemmen.fieldwork.OpenStart;
import nl.stemmen.respond.rest.NoticePage;
import nl.stemmen.respond.view.PageRenderer;

/** A group session's open link {@code /g/<code>}, opened on the phones of people in one room (issue 16): the pages of {@link OpenLinkResource}. */
@Path("/g/{code}")
public class SessionLinkResource extends OpenLinkResource {

    public SessionLinkResource(OpenLinks links, OpenStart start, PageRenderer renderer, NoticePage notices) {
        super(OpenLinkKind.SESSION, links, start, renderer, notices);
    }
}
