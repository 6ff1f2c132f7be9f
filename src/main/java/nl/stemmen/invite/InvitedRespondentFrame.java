package nl.stemmen.invite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.stemmen.respond.RespondentFrame;
import nl.stemmen.respond.Response;

/** The frame attributes of an invited respondent, reached through their invitation (never their contact details). */
@ApplicationScoped
public class InvitedRespondentFrame implements RespondentFrame {

    private final EntityManager entities;

    public InvitedRespondentFrame(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public Map<String, String> attributesOf(Response response) {
        if (response.studyId == null || response.id == null) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select a.attribute, a.attribute_value from frame_attribute a "
                + "join invitation i on i.person_id = a.person_id where i.response_id = ?1")
                .setParameter(1, response.id).getResultList();
        Map<String, String> attributes = new HashMap<>();
        rows.forEach(row -> attributes.put((String) row[0], (String) row[1]));
        return attributes;
    }
}
