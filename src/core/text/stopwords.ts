/**
 * @module
 * English function words: they glue sentences together but say little alone, so similarity
 * weighs them low. Negators (not, no, never) and modal verbs are deliberately NOT here: they
 * carry polarity and certainty, which the change detectors and similarity must see.
 */

/** Lower-case function words. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet for of in on at by to from with without into onto upon over under ' +
    'about above below between among through during before after since until till as than then that ' +
    'this these those there here it its it\'s itself they them their theirs themselves he him his himself ' +
    'she her hers herself we us our ours ourselves you your yours yourself i me my mine myself who whom ' +
    'whose which what whatever whoever when where why how all any both each either neither few more most ' +
    'other some such only own same too very just also even ever again further once is are was were be been ' +
    'being am do does did doing done have has had having s \'s \' t d ll re ve m if because while whether ' +
    'although though however therefore thus hence one ones via per upon against within along across ' +
    'around up down out off onto toward towards like unlike'
  ).split(/\s+/),
);
