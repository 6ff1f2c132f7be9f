package nl.stemmen.monitor.quality;

import java.util.List;

/** One data-quality check over a study's responses; a response gets at most one flag per check. */
interface QualityCheck {

    /** The responses this check flags, each with why. */
    List<Flag> flags(StudyResponses study);
}
