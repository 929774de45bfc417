// French sexual requests: "envoie une photo de toi nue", "montre tes seins", "allume ta cam",
// "enlève ton haut", sexual talk and questions.
import type { Rule } from '../types';

const REQUEST = ['envoie', 'envoies', 'envoyer', 'envoi', 'montre', 'montres', 'montrer', 'fais voir', 'je veux voir', 'j veux voir', 'prends', 'tu m envoies', 'tu me montres', 'échange', 'echange'];
const INTIMATE = ['nue', 'nu', 'nues', 'seins', 'poitrine', 'nichons', 'culotte', 'soutien gorge', 'soutif', 'string', 'sous vêtements', 'sous vetements', 'fesses', 'cul', 'chatte', 'bite', 'sexe', 'à poil', 'a poil', 'sans rien', 'sans vêtements', 'nude', 'nudes', 'dans ton bain', 'sous la douche'];

export const rules: Rule[] = [
  {
    id: 'fr.sexual.camera_undress', lang: 'fr', category: 'sexual_request', weight: 0.9, signal: 'camera_undress',
    patterns: ['(enlève|enleve|retire|enlèves|retires) (ton|ta|tes) (haut|tee shirt|t shirt|pantalon|culotte|soutien gorge|soutif|jupe|vêtements|vetements|short)', '(déshabille|deshabille) toi', '(mets|allume) toi (nue|à poil|a poil)', 'montre (toi|moi) (nue|à poil|a poil) (à la cam|a la cam|devant la cam)', 'touche toi (pour moi|devant la cam)'],
    examples: { match: ['enlève ton haut', 'déshabille toi', 'allez enlève ton haut stp'], no: ['enlève tes chaussures'] },
  },
  {
    id: 'fr.sexual.cam_request', lang: 'fr', category: 'sexual_request', weight: 0.4, signal: 'camera_request',
    patterns: ['(allume|active|mets|ouvre) (ta|la) (cam|caméra|camera|webcam)', 'on fait un (facetime|appel vidéo|appel video|facecam)'],
    examples: { match: ['allume ta cam', 'vas-y allume ta cam maintenant'], no: ['ma caméra marche pas'] },
  },
  {
    id: 'fr.sexual.intimate_request', lang: 'fr', category: 'sexual_request', weight: 0.9, signal: 'intimate_request',
    near: [REQUEST, INTIMATE], window: 10,
    examples: { match: ['envoie moi une photo de toi nue', 'montre tes seins', 'tu m envoies des nudes ?', 'envoie-moi une photo de toi en sous-vêtements', 'tu peux m envoyer vite fait une photo de toi sans rien'], no: ['je suis à la plage avec les seins de poulet haha', 'envoie moi une photo de toi en maillot de foot'] },
  },
  {
    id: 'fr.sexual.photo_request', lang: 'fr', category: 'sexual_request', weight: 0.4, signal: 'photo_request',
    patterns: ['(envoie|envoies|montre|tu m envoies|tu me montres) (moi |)(une |des |ta |tes |)(photo|photos|pic|vidéo|video|selfie) (de toi|de ton corps|de tes)', '(t as|tu as|ta) (une |des |)(photo|photos) de toi'],
    examples: { match: ['envoie moi une photo de toi', 'stp envoie moi une photo de toi ce soir'], no: ['envoie moi la photo du cours'] },
  },
  {
    id: 'fr.sexual.question', lang: 'fr', category: 'sexual_request', weight: 0.5, signal: 'sexual_question',
    patterns: ['(tu es|t es|t) (encore |toujours |)vierge', '(tu as|t as|ta) (déjà|deja) (couché|baisé|baise|fait l amour|sucé|suce)', 'tu (te |)(touches|masturbes|branles)', '(tu portes|t as mis) quoi (comme |)(culotte|sous vêtements|soutien gorge)', 'tu (mouilles|es excitée|es excitee)'],
    examples: { match: ["t'es vierge ?", 'tu as déjà couché ?', "dis moi t'es vierge ?"], no: ['tu as déjà mangé ?'] },
  },
  {
    id: 'fr.sexual.self_share', lang: 'fr', category: 'sexual_request', weight: 0.65, signal: 'self_sharing', direction: 'out',
    near: [['je t envoie', 'je vais t envoyer', 'je te montre', 'voilà', 'je t ai envoyé'], INTIMATE], window: 6,
    examples: { match: ['je t envoie une photo nue'], no: ['je t envoie les devoirs'] },
  },
  {
    id: 'fr.sexual.talk', lang: 'fr', category: 'sexual_request', weight: 0.6, signal: 'sexual_talk',
    patterns: ['(je veux|je voudrais|j ai envie de|je vais|j vais|jvais|laisse moi) (te |t )(baiser|sucer|lécher|lecher|toucher|caresser|prendre|doigter|déshabiller|deshabiller)', '(suce|lèche|leche|touche) (moi|ma bite|mon sexe)', '(faire|on fait) l amour (avec toi|ensemble)', '(tu me|ça me) (fais|fait) bander', 'je (bande|mouille)'],
    examples: { match: ['j ai envie de te toucher', 'je veux te lécher', 'tu sais j ai envie de te toucher'], no: ['je veux te voir demain'] },
  },
];
