// French grooming: secret ("dis rien à tes parents"), "t'es seule chez toi ?", âge/classe,
// cadeaux, rencontre, passage sur Snap/Insta, suppression de la conversation.
import type { Rule } from '../types';

const TU = '(tu es|t es|t|tes|ta|t as|tu as)';

export const rules: Rule[] = [
  {
    id: 'fr.grooming.age_disclosure', lang: 'fr', category: 'grooming', weight: 0.3, signal: 'age_disclosure', direction: 'out',
    patterns: ['(j ai|jai|g) (que |seulement |juste |)#minor ans', '(je suis|jsuis|chui|je suis en) (en |)(6e|5e|4e|3e|sixième|cinquième|quatrième|troisième|seconde)'],
    examples: { match: ["j'ai 13 ans", 'je suis en 4e'], no: ["j'ai 30 ans"] },
  },
  {
    id: 'fr.grooming.age_gap', lang: 'fr', category: 'grooming', weight: 0.5, signal: 'age_gap_ok',
    patterns: ['l (âge|age) (c est|n est|c|est) (qu |que |juste |)(un chiffre|un nombre|pas important|pas grave)', '(mature|mûre|mure) pour ton (âge|age)', '(ça|ca) (te |)(dérange|gêne|gene|derange) (que|si) (je suis|j ai) plus (vieux|âgé|agé)'],
    examples: { match: ["l'âge c'est qu'un chiffre", 't es mature pour ton âge'], no: ['quel âge a ton frère'] },
  },
  {
    id: 'fr.grooming.age_question', lang: 'fr', category: 'grooming', weight: 0.3, signal: 'age_question',
    patterns: [`${TU} quel (âge|age)`, 'quel (âge|age) (tu as|t as|as tu|ta)', '(tu es|t es|t) en quelle classe', '(tu es|t es) au (collège|college|lycée|lycee)'],
    examples: { match: ["t'as quel âge", 'tu es en quelle classe ?', "et sinon t'as quel âge ?"], no: ['à quel âge on passe le permis'] },
  },
  {
    id: 'fr.grooming.delete_chat', lang: 'fr', category: 'grooming', weight: 0.55, signal: 'delete_chat',
    patterns: ['(supprime|efface|supprimes|effaces|supprimer|effacer) (nos|les|la|ce|cette|notre|toute la|tous les|tes) (messages|message|conversation|conv|discussion|msg|photos|historique)'],
    examples: { match: ['supprime nos messages après', 'efface la conv'], no: ['j ai supprimé l appli'] },
  },
  {
    id: 'fr.grooming.flattery', lang: 'fr', category: 'grooming', weight: 0.25, signal: 'flattery',
    patterns: ['(tu es|t es|t) (trop |tellement |vraiment |si |très |)(belle|jolie|mignonne|canon|sexy|bonne|magnifique) (toi|ma belle|)'],
    examples: { match: ['t es trop belle', 'tu es tellement mignonne', 'wow t es trop belle sur ta photo'], no: ['la robe est belle'] },
  },
  {
    id: 'fr.grooming.gifts', lang: 'fr', category: 'grooming', weight: 0.35, signal: 'gifts',
    patterns: ['je (peux |vais |)(t acheter|te payer|t offrir|te donner|te faire) (un|une|des|de l argent|ce que tu veux|un cadeau|un téléphone|des vêtements|#money)', '(robux|v bucks|vbucks|skins) (gratuits|offerts|gratos)'],
    examples: { match: ['je peux t acheter un téléphone', 'je vais t offrir ce que tu veux', 'si tu veux je peux t acheter un téléphone'], no: ['je vais acheter du pain'] },
  },
  {
    id: 'fr.grooming.home_alone', lang: 'fr', category: 'grooming', weight: 0.45, signal: 'home_alone',
    patterns: [
      '(tu es|t es|t) (toute |tout |)(seule|seul) (chez toi|à la maison|a la maison|ce soir|aujourd hui)', '(tes|t es) parents (sont|) (là|la|à la maison|a la maison|chez toi|partis|au travail)',
      '(tes|t) parents (rentrent|reviennent|partent) (quand|à quelle heure|a quelle heure)', '(il y a|y a|ya) quelqu un (chez toi|avec toi|à la maison)',
    ],
    examples: { match: ["t'es toute seule chez toi ?", 'tes parents rentrent quand', "ce soir t'es toute seule chez toi ?"], no: ['je suis seul chez moi'] },
  },
  {
    id: 'fr.grooming.meet', lang: 'fr', category: 'grooming', weight: 0.45, signal: 'meet_request',
    patterns: ['on (peut |pourrait |pourra |)(se voir|se rencontrer|se retrouver|se capter)', 'je (viens|passe|peux venir|peux passer) te (chercher|voir|prendre)', '(rejoins|retrouve) moi', '(tu veux|tu voudrais|ça te dit de) (me voir|me rencontrer|qu on se voie)', '(sortir|sors) en (cachette|douce)', 'on se (voit|retrouve|rejoint) (où|ou|quand|à quelle heure|a quelle heure)'],
    examples: { match: ['on peut se voir ce soir ?', 'je passe te chercher après les cours', 'on se voit où ?'], no: ['on se voit en cours'] },
  },
  {
    id: 'fr.grooming.private_app', lang: 'fr', category: 'grooming', weight: 0.4, signal: 'move_private',
    patterns: ['(ajoute|add|ajoutes) moi sur (snap|snapchat|insta|instagram|whatsapp|telegram|discord|tiktok)', '(t as|tu as|ta) (snap|snapchat|insta|whatsapp|telegram|discord|une webcam|une cam)', '(donne|passe) moi ton (snap|insta|whatsapp)', 'on parle en (privé|prive|mp)', 'viens en (mp|privé|prive)'],
    examples: { match: ['ajoute moi sur snap', "t'as snap ?", 'viens en mp', 'ajoute moi sur snap on parlera mieux'], no: ['j ai vu ça sur insta'] },
  },
  {
    // Un adulte qui sait que c'est un délit : « t'es pas un flic ? », « je pourrais aller en prison ».
    id: 'fr.grooming.police_fear', lang: 'fr', category: 'grooming', weight: 0.6, signal: 'police_fear',
    patterns: [
      `${TU} (un |une |)(flic|keuf|policier|policière|policiere)`, '(tu es|t es|t) (pas |)de la police', '(tu es|t es|t) pas (un |une |)(flic|keuf|policier|policière|policiere)',
      '(je|j) (pourrais|peux|risque de|vais) (aller|finir) en prison', '(je|j) (pourrais|peux|risque de) (me faire arrêter|me faire arreter|me faire choper)', '(c est|c) un piège', 'tu (me tends|veux me tendre) un piège',
    ],
    examples: { match: ["t'es pas un flic ?", 'je pourrais aller en prison pour ça'], no: ['la police est venue au collège', 'il va finir en prison celui-là'] },
  },
  {
    id: 'fr.grooming.secrecy', lang: 'fr', category: 'grooming', weight: 0.55, signal: 'secrecy',
    patterns: [
      '(ne |n |)(le |l |)(dis|dit|raconte|répète|repete|montre) (rien|pas|jamais|surtout pas) (à|a) (personne|tes parents|ta mère|ta mere|ton père|ton pere|ta daronne|tes darons|tes potes|tes amis|ta famille)',
      '(ne |n |)(le |l |)(dis|dit|raconte|répète|repete|montre) (ça |ca |le |)(à|a) personne',
      '(c est|c) (notre|un) (petit |)secret', '(garde|gardons|garder) (ça|ca|le|ce) (secret|pour toi|entre nous)', '(juste |)entre (toi et moi|nous deux)', 'personne (doit|ne doit|n a besoin de) (le |)savoir',
      '(tes|t es) parents (doivent pas|ne doivent pas|peuvent pas) (savoir|le savoir)',
    ],
    examples: { match: ['dis rien à tes parents', "c'est notre petit secret", 'garde ça entre nous', 'surtout dis rien à tes parents ok'], no: ['dis à ta mère que je passe'] },
  },
];
