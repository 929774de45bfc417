// French cyberbullying (CyberAgressionAdo, e-Enfance): threats, pushing to self-harm, exclusion,
// and insults and slurs aimed at the reader.
import type { Rule } from '../types';

const INSULTS = [
  'pute', 'salope', 'connasse', 'connard', 'conne', 'pétasse', 'petasse', 'pouffiasse', 'grognasse', 'enculé', 'encule', 'enculée', 'bâtard', 'batard', 'bâtarde', 'batarde', 'abruti', 'abrutie',
  'cassos', 'boloss', 'bolosse', 'bouffon', 'bouffonne', 'pd', 'pédé', 'pede', 'pédale', 'tapette', 'gouine', 'tarlouze', 'fdp', 'ntm', 'clochard', 'clocharde', 'salopard',
  'grosse vache', 'gros porc', 'gros lard', 'grosse truie', 'triso', 'trisomique', 'négro', 'negro', 'bougnoule', 'youpin', 'chinetoque', 'bamboula',
  'sale race', 'ta race', 'sa race', 'sale jalouse', 'tocard', 'tocarde', 'pouffiasse', 'garce', 'sac à merde', 'sac a merde', 'bicot', 'bougnoul', 'plouc', 'bouzeuse', 'pue la pisse', 'enculée', 'salopes', 'putes',
  'salaud', 'morue', 'traînée', 'trainée', 'catin', 'chiennasse', 'cagole', 'michto', 'schlag', 'golmon', 'gogole', 'bolos', 'sous merde', 'enfoiré', 'enfoirée', 'enfoire', 'enflure', 'raclure', 'raclure de bidet',
  'suceuse', 'salpe', 'saloppe', 'connasses', 'bouffone', 'boufonne', 'boufon', 'ksos', 'teubé', 'teube', 'sous race', 'puceau', 'pauvre merde', 'pure merde', 'petites merdes', 'sac à foutre', 'sac a foutre',
  'sale arabe', 'sale noir', 'sale noire', 'sale juif', 'sale juive', 'sale race', 'sale chienne', 'sale chien', 'sale grosse', 'sale gros', 'sale pute', 'sale con', 'sale conne', 'sale pd', 'sale merde', 'petite merde', 'grosse merde',
];

/** Milder words: an insult when aimed at someone ("t'es grosse", "espèce de débile"). */
const WEAK = [
  'grosse', 'gros', 'moche', 'laide', 'nul', 'nulle', 'débile', 'idiot', 'idiote', 'imbécile', 'imbecile', 'crétin', 'cretin', 'crétine', 'folle', 'taré', 'tarée', 'con', 'conne', 'porc', 'truie',
  'vache', 'obèse', 'obese', 'bête', 'bete', 'raté', 'ratée', 'clown', 'puante', 'mytho', 'menteuse', 'menteur', 'gamine', 'pauvre fille', 'pauvre type', 'merde', 'petite merde', 'boulet', 'nulos', 'gogol',
  'plate', 'maigre', 'dégueulasse', 'degueulasse', 'pas belle', 'ridicule', 'pathétique', 'pathetique', 'minable', 'inutile', 'bouffonne', 'bouffon', 'victime',
  'mongol', 'mongole', 'attardé', 'attardée', 'thon', 'naze', 'nase', 'laid', 'cheum', 'pigeon', 'gueux', 'neuneu', 'handicapé', 'handicapée', 'autiste', 'crasseux', 'crasseuse', 'puant',
  'dégueu', 'degueu', 'boutonneux', 'boutonneuse', 'binoclard', 'bigleux', 'nain', 'naine', 'vieille', 'fragile', 'déchet', 'dechet', 'pourriture', 'vermine', 'parasite', 'sans amis', 'sans ami', 'cas social', 'cas soc', 'merdes', 'grosses', 'connes', 'débiles', 'nuls', 'nulles', 'moches', 'bouffons', 'obèse', 'baleine', 'folle',
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
    // "un coup de pute" is a dirty trick, not a name.
    unless: ['coup'], unlessWindow: 2,
    examples: { match: ['tu comprends sale pute', 'ferme la connasse', 'gros lard va'], no: ['ce film est nul', 'la poule de la ferme'] },
  },
  {
    id: 'fr.bullying.rude', lang: 'fr', category: 'bullying', weight: 0.65, signal: 'aggression',
    patterns: [
      'ta gueule', '~tg', 'ftg', 'nique (ta|sa|ton|vos|les|la)', 'tu (pues|pu|pue)', '(tu|vous) me (dégoûtes|dégoutes|degoutes|dégoute|degoute|dégoûtez)', '(casse|cassez) (toi|vous)', 'tu sers (à|a) rien', '(on|je) (va|vais) (t|te) (enterrer|brûler|bruler|noyer)',
      '(va|vas|allez) (dans un asile|te pendre|te jeter|crever)', '(expulser|dégager|virer) (tous |)les (arabes|noirs|juifs|gays|pd)', 'fais pas chier', 'me fais pas chier', 'va chier', 'jte (nique|baise|défonce|defonce)', 'ferme (ta|la) (gueule|bouche)', 'fermez (vos gueules|votre gueule|vos geules)', '(ta|vos) (geule|guele|gueul|gueule)', 'nique (ta|sa|vos|ton) (mère|mere|race|daronne|grand mère|père)', 'ta (mère|mere|race) la pute', 'fils de pute',
      'va (te faire|tfaire|te fair) (foutre|enculer|voir)', '(va|vas|allez) (te |)(cacher|crever|mourir)', 'casse (toi|toi de là)', 'dégagez', 'tu (pues|pu|sens) (la merde|mauvais|le poisson|)',
      'retourne (dans|en|chez) (ton|ta|tes) (pays|bled|afrique|cuisine)', 'rentre (dans|chez) (ton|toi) (pays|bled)', 'on (t |te |)(a |)(rien demandé|pas sonné)', 't es (qu |)(une |un |)(merde|moins que rien|déchet|dechet)',
    ],
    examples: { match: ['ferme ta gueule', 'retourne dans ton pays', 'va te faire foutre', 'mais ferme ta gueule toi'], no: ['ferme la porte stp'] },
  },
  {
    id: 'fr.bullying.self_harm', lang: 'fr', category: 'bullying', weight: 0.9, signal: 'self_harm_push',
    patterns: ['(suicide|tue|pends|jette) toi', '(va|vas|tu devrais|tu peux) (te |)(suicider|tuer|pendre|jeter)', 'personne (ne |)(te |t )(regrettera|aime|supporte|veut)', '(le monde|tout le monde) (serait|sera) mieux sans toi'],
    examples: { match: ['va te suicider', 'personne t aime', 'franchement va te suicider'], no: ['le suicide est un sujet grave'] },
  },
  {
    id: 'fr.bullying.threat', lang: 'fr', category: 'bullying', weight: 0.8, signal: 'threat',
    patterns: [
      '(je vais|j vais|jvais|on va|je vai|jvai|on vas) (te |t |vous |)(tuer|frapper|défoncer|defoncer|buter|niquer|casser la gueule|péter la gueule|peter la gueule|massacrer|égorger|egorger|taper|démonter|demonter|éclater|eclater|fumer|cogner)',
      '(tu vas|vous allez) (le regretter|prendre cher|morfler)', '(attends|attend) (la sortie|toi à la sortie|que je te)', 'on (se |)(voit|verra|retrouve) (à |a |)la sortie', 'gare à toi', '(je sais|on sait) où tu (habites|vis)',
    ],
    examples: { match: ['je vais te frapper', 'on verra à la sortie', 'tu vas le regretter', 'toi je vais te frapper demain'], no: ['je vais te voir demain'] },
  },
  {
    id: 'fr.bullying.sale_group', lang: 'fr', category: 'bullying', weight: 0.65, signal: 'insult',
    // "sale X" / "espèce de X" aimed at someone's origin, sexuality, body or disability.
    patterns: [
      '(sale|salle|sal|espèce de|espece de|bande de) (arabe|arabes|noir|noirs|noire|noires|juif|juifs|juive|gay|gays|homo|homos|lesbienne|rousse|roux|renoi|rebeu|feuj|chinois|chinoise|gitan|gitane|manouche|migrant|musulman|musulmane|handicapé|handicapée|handicape|autiste|dyslexique|dislexique|mongol|gros|grosse|obèse|obese|boufonne|bouffonne|bouffon|boufon|chienne|chien|porc|truie|vache|traînée|trainee|putain|salope|puceau|intello|pauvre|clocharde|clochard|paysan|paysanne|bâtard|batard)',
    ],
    examples: { match: ['apprends à écrire sale dyslexique', 'sale gay va', 'espèce de gros porc'], no: ['ce bureau est sale', 'la salle des arabes du musée'] },
  },
  {
    id: 'fr.bullying.your_mother', lang: 'fr', category: 'bullying', weight: 0.65, signal: 'aggression',
    // Insulting someone's mother or family ("nique ta mère", "ta mère la ...", "tes morts").
    near: [
      ['ta mère', 'ta mere', 'ta mèr', 'ta reum', 'ta daronne', 'ta grand mère', 'ta grand mere', 'vos mères', 'vos meres', 'ta soeur', 'ta sœur', 'tes morts', 'tes mortd', 'tes mort', 't morts', 'tes parents', 'ta race', 'ton père', 'ton pere'],
      ['nique', 'niq', 'nik', 'nike', 'niquer', 'baise', 'baiser', 'bz', 'baiz', 'suce', 'suces', 'sucent', 'pute', 'chatte', 'levrette', 'traire', 'salope', 'enculé', 'encule', 'grosse', 'couilles', 'couille'],
    ], window: 4,
    unless: ['respecte', 'insulte pas', 'insulter'], unlessWindow: 5,
    examples: { match: ['va baiser ta mère', 'ta mère me suce', 'bz tes morts', 'nik ta reum'], no: ['ta mère a appelé', 'dis à ta mère merci'] },
  },
  {
    id: 'fr.bullying.get_lost', lang: 'fr', category: 'bullying', weight: 0.65, signal: 'aggression',
    patterns: [
      '(va|vas|allez|vazy) (te|vous|t) (faire|faure|fair|fer) (foutre|enculer|soigner|cuire|niquer|mettre)', '(va|vas) tfaire (foutre|enculer|soigner|cuire)',
      '(nique|niq|nik|nike) (toi|vous)', '(je|jje|j|on|moi je) (t|te|vous) (emmerde|emmerdes)', 'jtemmerde', 'jvous emmerde',
      '(occupe|occupes|occupez|mêle|mele|mêles) (toi|vous) (de|d) (ton|tes|votre|vos) (cul|fesses|oignons)',
      '(retourne|retournes|retournez|rentre|rentrez) (dans|en|chez|au|à|a) (ton|ta|tes|votre|vos) (pays|bled|ferme|grotte|cage|poubelle|trou|jungle)',
      '(tu|vous) (me |m |)(fais|fait|ft|faites) (pitié|pitie|vomir|gerber|honte|pitier)', '(tumfais|tmfais|tmfait) (pitié|pitie|vomir|gerber|honte)',
      'tu (cherches|cherche) (la merde|les problèmes|les problemes|la bagarre|les embrouilles)',
    ],
    examples: { match: ['allez vous faire foutre', 'je t emmerde', 'tu me fais pitié', 'occupe toi de ton cul', 'franchement je t emmerde'], no: ['va te faire un thé', 'tu me fais rire', 'retourne dans ta chambre'] },
  },
  {
    id: 'fr.bullying.threat_verb', lang: 'fr', category: 'bullying', weight: 0.8, signal: 'threat',
    // A violent verb aimed at "te / t' / vous" ("je vais te défigurer", "jvous bz", "ou je t'écrase").
    near: [
      ['te', 't', 'vous'],
      ['défigurer', 'defigurer', 'écraser', 'ecraser', 'écrase', 'ecrase', 'exploser', 'explose', 'détruire', 'detruire', 'démolir', 'demolir', 'tabasser', 'tabasse', 'massacrer', 'massacre', 'buter', 'bute', 'égorger', 'egorger', 'poignarder', 'planter', 'briser', 'cogner', 'frapper', 'frappe', 'défoncer', 'defoncer', 'défonce', 'defonce', 'casser la gueule', 'péter la gueule', 'peter la gueule', 'balayer', 'balaye', 'éclater', 'eclater', 'bz', 'niquer', 'tuer', 'tue', 'crever'],
      ['je', 'j', 'jvais', 'jv', 'on', 'moi', 'vais', 'va', 'allons', 'ou', 'sinon', 'demain'],
    ], window: 3,
    unless: ['pas', 'jamais', 'blague', 'jeu', 'mdr', 'ptdr'], unlessWindow: 3,
    examples: { match: ['je vais te défigurer', 'laisse moi ou je t écrase', 'on va vous détruire', 'on va vous démolir', 'demain je te défonce'], no: ['je vais te retrouver au cinéma', 'je vais pas te frapper', 'ça va te tuer de rire mdr'] },
  },
  {
    id: 'fr.bullying.die', lang: 'fr', category: 'bullying', weight: 0.65, signal: 'self_harm_push',
    // "crève" told to someone; "je crève de faim", "attraper la crève" are not.
    patterns: ['crève', 'creve', 'crèves', 'creves', 'crevez'],
    unless: ['je', 'j', 'jsuis', 'on', 'faim', 'chaud', 'froid', 'rire', 'soif', 'envie', 'la', 'une', 'bonne', 'pneu', 'yeux'], unlessWindow: 2,
    examples: { match: ['crève sale rat', 'mais crève'], no: ['je crève de faim', 'j ai attrapé la crève'] },
  },
  {
    id: 'fr.bullying.go_away', lang: 'fr', category: 'bullying', weight: 0.65, signal: 'exclusion',
    // "dégage" at a person; "ça dégage" (it's intense) and smells/smoke are not.
    patterns: ['dégage', 'degage', 'dégages', 'degages', 'dégage du groupe', 'casse toi du groupe'],
    unless: ['ça', 'ca', 'sa', 'se', 's', 'odeur', 'fumée', 'fumee', 'chaleur'], unlessWindow: 1,
    examples: { match: ['dégage de là', 'personne veut de toi dégage du groupe'], no: ['ça dégage ce son', 'une odeur se dégage'] },
  },
  {
    id: 'fr.bullying.vague_threat', lang: 'fr', category: 'bullying', weight: 0.5, signal: 'threat',
    // "tu vas voir" is a threat only with other aggression around it.
    patterns: ['(tu vas|vous allez|tu va) (voir|te faire|le payer)', 'tu perds rien pour attendre'],
    unless: ['film', 'série', 'serie', 'concert', 'match', 'ciné', 'cine', 'expo', 'médecin', 'medecin', 'docteur', 'grand', 'mamie', 'papi', 'photos', 'vidéo', 'video'], unlessWindow: 3,
    examples: { match: ['tu vas voir toi'], no: ['tu vas voir le film ce soir ?'] },
  },
  {
    id: 'fr.bullying.learn_to_write', lang: 'fr', category: 'bullying', weight: 0.65, signal: 'insult',
    // Mocking someone's spelling or French: "apprends à écrire", "apprenez le français".
    patterns: ['(apprend|apprends|apprenez|aprend) (à |a |)(écrire|ecrire|lire|parler)', '(apprend|apprends|apprenez|aprend) le (français|francais)'],
    unless: ['j', 'je', 'on', 'nous', 'il', 'elle', 'ils', 'elles', 'comment'], unlessWindow: 1,
    examples: { match: ['apprends à écrire avant de parler', 'apprenez le français'], no: ['j apprends le français', 'il apprend à lire'] },
  },
  {
    id: 'fr.bullying.exclusion', lang: 'fr', category: 'bullying', weight: 0.65, signal: 'exclusion',
    patterns: [
      '(t as|ta|tu as|tu n as) (pas|aucun|zéro|zero) (d |de |)(amis|ami|pote|potes|copines|copains)', '(on|personne ne|personne) (veut|voulait) (pas |)(de toi|te voir|traîner avec toi|trainer avec toi)',
      'tout le monde (te |t )(déteste|deteste|hait|méprise|evite|évite)', 'tout le monde se (moque|fout) de (toi|ta gueule)', '(on t a|on ta|on t) (viré|vire|kick|ban|bloqué|bloque) (du|de la) (groupe|conv|discussion|classe)',
      '(reste|restes|finis|finiras|mourras|crève|creve) (tout |toute |)(seul|seule) (comme un chien|toute ta vie|)', 't es (rien|personne) pour (nous|moi)',
    ],
    examples: { match: ['t as aucun ami', 'tout le monde te déteste', 'on t a viré du groupe', 'personne veut de toi', 'de toute façon t as aucun ami ici'], no: ['t as des amis sympas', 'tout le monde se moque de la météo'] },
  },
  {
    id: 'fr.bullying.wish_death', lang: 'fr', category: 'bullying', weight: 0.9, signal: 'self_harm_push',
    patterns: [
      '(tu devrais|tu mérites de|tu merites de|tu mériterais de|vas y|va) (mourir|crever|disparaître|disparaitre|te flinguer|sauter)', '(saute|jette toi|jette-toi) (d un|par la) (pont|fenêtre|fenetre|toit|balcon)',
      'fais nous (plaisir|une faveur) (et |)(crève|creve|disparais|suicide toi|meurs)', 'personne (te |ne te |)(pleurera|regrettera)', '(ça|sa|ca) (ferait|fera) (des |)(vacances|du bien) (à |a |)(tout le monde|nous) (si tu|que tu) (crèves|creves|meurs|disparais)',
    ],
    examples: { match: ['tu mérites de crever', 'saute d un pont', 'personne te pleurera', 'franchement tu mérites de crever'], no: ['je vais mourir de rire', 'on a sauté du pont dans la rivière cet été'] },
  },
];
