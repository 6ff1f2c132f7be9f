package nl.stemmen.fieldwork.rest;

import jakarta.ws.rs.Path;
import nl.stemmen.fieldwork.OpenLinkKind;
import nl.stemmen.fieldwork.OpenLinks;
import nl.stemmen.fieldwork.OpenStart;
import nl.stemmen.respond.rest.NoticePage;
import nl.stemmen.respond.view.PageRenderer;

/** A QR flyer's open link {@code /f/<code>} (issue 16): the pages of {@link OpenLinkResource}. */
@Path("/f/{code}")
public class FlyerLinkResource extends OpenLinkResource {

    public FlyerLinkResource(OpenLinks links, OpenStart start, PageRenderer renderer, NoticePage notices) {
        super(OpenLinkKind.FLYER, links, start, renderer, notices);
    }
}
