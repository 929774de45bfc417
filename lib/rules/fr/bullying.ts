// French cyberbullying (CyberAgressionAdo, e-Enfance): threats, pushing to self-harm, exclusion,
// and insults and slurs aimed at the reader.
import type { Rule } from '../types';

const INSULTS = [
  'pute', 'salope', 'connasse', 'connard', 'conne', 'pétasse', 'petasse', 'pouffiasse', 'grognasse', 'enculé', 'encule', 'enculée', 'bâtard', 'batard', 'bâtarde', 'batarde', 'abruti', 'abrutie',
  'débile', 'debile', 'cassos', 'boloss', 'bolosse', 'bouffon', 'bouffonne', 'pd', 'pédé', 'pede', 'pédale', 'tapette', 'gouine', 'tarlouze', 'fdp', 'ntm', 'clochard', 'clocharde', 'salopard',
  'grosse vache', 'gros porc', 'gros lard', 'grosse truie', 'baleine', 'thon', 'mongol', 'mongole', 'attardé', 'attardée', 'triso', 'trisomique', 'négro', 'negro', 'bougnoule', 'youpin', 'chinetoque', 'bamboula',
  'sale race', 'ta race', 'sa race', 'sale jalouse', 'tocard', 'tocarde', 'pouffiasse', 'garce', 'sac à merde', 'sac a merde', 'bicot', 'bougnoul', 'plouc', 'bouzeuse', 'pue la pisse', 'enculée', 'salopes', 'putes',
  'sale arabe', 'sale noir', 'sale noire', 'sale juif', 'sale juive', 'sale race', 'sale chienne', 'sale chien', 'sale grosse', 'sale gros', 'sale pute', 'sale con', 'sale conne', 'sale pd', 'sale merde', 'petite merde', 'grosse merde',
];

/** Milder words: an insult when aimed at someone ("t'es grosse", "espèce de débile"). */
const WEAK = [
  'grosse', 'gros', 'moche', 'laide', 'nul', 'nulle', 'débile', 'idiot', 'idiote', 'imbécile', 'imbecile', 'crétin', 'cretin', 'crétine', 'folle', 'taré', 'tarée', 'con', 'conne', 'porc', 'truie',
  'vache', 'obèse', 'obese', 'bête', 'bete', 'raté', 'ratée', 'clown', 'puante', 'mytho', 'menteuse', 'menteur', 'gamine', 'pauvre fille', 'pauvre type', 'merde', 'petite merde', 'boulet', 'nulos', 'gogol',
  'plate', 'maigre', 'dégueulasse', 'degueulasse', 'pas belle', 'ridicule', 'pathétique', 'pathetique', 'minable', 'inutile', 'bouffonne', 'bouffon', 'victime',
];

export const rules: Rule[] = [
  {
    id: 'fr.bullying.addressed_insult', lang: 'fr', category: 'bullying', weight: 0.65, signal: 'insult',
    near: [['t es', 'tu es', 'espèce de', 'espece de', 'vous êtes', 'vous etes', 'bande de', 't est', 'tes', 'toi la', '~sale', 'quelle', 'quel'], WEAK], window: 4,
    unless: ['pas', 'jamais', 'trop belle', 'trop beau'], unlessWindow: 2,
    examples: { match: ["t'es trop moche", 'espèce de débile', 'tes nulle enfaite'], no: ["t'es pas moche", 'tu es belle'] },
  },
  {
    id: 'fr.bullying.insult', lang: 'fr', category: 'bullying', weight: 0.65, signal: 'insult',
    patterns: INSULTS,
    examples: { match: ['tu comprends sale pute', 'ferme la connasse', 'gros lard va'], no: ['ce film est nul', 'la poule de la ferme'] },
  },
  {
    id: 'fr.bullying.rude', lang: 'fr', category: 'bullying', weight: 0.65, signal: 'aggression',
    patterns: [
      'ta gueule', '~tg', 'ftg', 'nique (ta|sa|ton|vos|les|la)', 'tu (pues|pu|pue)', '(tu|vous) me (dégoûtes|dégoutes|degoutes|dégoute|degoute|dégoûtez)', '(casse|cassez) (toi|vous)', 'tu sers (à|a) rien', '(on|je) (va|vais) (t|te) (enterrer|brûler|bruler|noyer)',
      '(va|vas|allez) (dans un asile|te pendre|te jeter|crever)', '(expulser|dégager|virer) (tous |)les (arabes|noirs|juifs|gays|pd)', 'fais pas chier', 'me fais pas chier', 'va chier', 'jte (nique|baise|défonce|defonce)', 'ferme (ta|la) (gueule|bouche)', 'fermez (la|vos gueules|votre gueule)', 'nique (ta|sa|vos|ton) (mère|mere|race|daronne|grand mère|père)', 'ta (mère|mere|race) la pute', 'fils de pute',
      'va (te faire|tfaire|te fair) (foutre|enculer|voir)', '(va|vas|allez) (te |)(cacher|crever|mourir)', 'crève', 'creve', 'casse (toi|toi de là)', 'dégage', 'degage', 'dégagez', 'tu (pues|pu|sens) (la merde|mauvais|le poisson|)',
      'retourne (dans|en|chez) (ton|ta|tes) (pays|bled|afrique|cuisine)', 'rentre (dans|chez) (ton|toi) (pays|bled)', 'on (t |te |)(a |)(rien demandé|pas sonné)', 't es (qu |)(une |un |)(merde|moins que rien|déchet|dechet)',
    ],
    examples: { match: ['ferme ta gueule', 'retourne dans ton pays', 'va te faire foutre'], no: ['ferme la porte stp'] },
  },
  {
    id: 'fr.bullying.self_harm', lang: 'fr', category: 'bullying', weight: 0.9, signal: 'self_harm_push',
    patterns: ['(suicide|tue|pends|jette) toi', '(va|vas|tu devrais|tu peux) (te |)(suicider|tuer|pendre|jeter)', 'personne (ne |)(te |t )(regrettera|aime|supporte|veut)', '(le monde|tout le monde) (serait|sera) mieux sans toi'],
    examples: { match: ['va te suicider', 'personne t aime'], no: ['le suicide est un sujet grave'] },
  },
  {
    id: 'fr.bullying.threat', lang: 'fr', category: 'bullying', weight: 0.8, signal: 'threat',
    patterns: [
      '(je vais|j vais|jvais|on va|je vai|jvai|on vas) (te |t |vous |)(tuer|frapper|défoncer|defoncer|buter|niquer|casser la gueule|péter la gueule|peter la gueule|massacrer|égorger|egorger|taper|démonter|demonter|éclater|eclater|fumer|cogner)',
      '(tu vas|vous allez) (voir|le regretter|prendre cher|morfler|te faire)', '(attends|attend) (la sortie|toi à la sortie|que je te)', 'on (se |)(voit|verra|retrouve) (à |a |)la sortie', 'gare à toi', '(je sais|on sait) où tu (habites|vis)',
    ],
    examples: { match: ['je vais te frapper', 'on verra à la sortie', 'tu vas voir'], no: ['je vais te voir demain'] },
  },
];
