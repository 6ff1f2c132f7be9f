package nl.stemmen.api;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Answers 404 to any address whose decoded path or query holds a NUL character ({@code %00}): no page,
 * study or code is named with one, and PostgreSQL refuses it in text, which would otherwise surface as a 500.
 */
public class NoNulInAddress {

    /** Runs before a resource is matched, so every page and API call is covered; null lets the request pass. */
    @ServerRequestFilter(preMatching = true)
    public Response refuse(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        boolean nul = uri.getPath().indexOf('\0') >= 0 || uri.getQueryParameters().entrySet().stream()
                .anyMatch(p -> p.getKey().indexOf('\0') >= 0 || p.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0));
        return nul ? Response.status(404).build() : null;
    }
}
