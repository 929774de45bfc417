// French scams / hameçonnage: codes de vérification, gains, colis bloqué, compte suspendu,
// faux conseiller, fausse police / convocation, frais à payer.
import type { Rule } from '../types';

const NEVER = ['ne communiquez', 'ne partagez', 'ne le communiquez', 'ne le partagez', 'jamais', 'ne donnez', 'ne transmettez', 'personne'];

export const rules: Rule[] = [
  {
    id: 'fr.scam.account_locked', lang: 'fr', category: 'scam', weight: 0.5, signal: 'account_locked',
    near: [['compte', 'carte', 'carte bancaire', 'cb', 'ligne', 'abonnement', 'colis', 'livraison'], ['bloqué', 'bloque', 'suspendu', 'désactivé', 'desactive', 'en attente', 'retenu', 'expiré', 'expire', 'activité inhabituelle', 'frais de livraison', 'frais de douane']], window: 8,
    examples: { match: ['votre compte a été suspendu', 'votre colis est en attente, frais de douane'], no: ['le bus est bloqué dans les bouchons'] },
  },
  {
    id: 'fr.scam.fake_authority', lang: 'fr', category: 'scam', weight: 0.55, signal: 'fake_authority',
    patterns: ['(convocation|mandat|plainte|poursuites|procédure) (judiciaire|contre vous|contre toi|à votre encontre|a votre encontre)', '(gendarmerie|police|brigade) (des mineurs |)(vous|te) (convoque|informe)', '(pédopornographie|pedopornographie|exhibitionnisme|cyberpornographie)'],
    examples: { match: ['une procédure judiciaire contre vous', 'convocation judiciaire'], no: ['la police est passée'] },
  },
  {
    id: 'fr.scam.link_action', lang: 'fr', category: 'scam', weight: 0.3, signal: 'suspicious_link',
    near: [['cliquez', 'clique', 'connectez', 'rendez vous', 'mettez à jour', 'confirmez', 'vérifiez', 'verifiez', 'suivez'], ['#url', '#shorturl', '#badurl', 'lien', 'ici']], window: 6,
    examples: { match: ['cliquez ici https://x.fr pour confirmer'], no: ['clique sur le bouton'] },
  },
  {
    id: 'fr.scam.otp', lang: 'fr', category: 'scam', weight: 0.85, signal: 'otp_request',
    near: [['envoie', 'envoies', 'donne', 'donnes', 'communique', 'transmets', 'dis moi', 'renvoie', 'tape', 'lis moi', 'c est quoi'], ['code', 'code de vérification', 'code de confirmation', 'code reçu', 'code sms', 'mot de passe', 'mdp', 'code pin', 'identifiants', 'numéro de carte', 'cryptogramme']], window: 6,
    unless: NEVER,
    examples: { match: ['envoie moi le code que tu as reçu', 'donne moi ton mot de passe'], no: ['Ne communiquez jamais ce code'] },
  },
  {
    id: 'fr.scam.prize', lang: 'fr', category: 'scam', weight: 0.5, signal: 'prize',
    patterns: ['(vous avez|tu as|t as) (gagné|gagne|été sélectionné|ete selectionne|été tiré au sort)', '(félicitations|felicitations) (vous|tu)', '(réclamez|reclamez|récupérez|recuperez) (votre|ton) (gain|cadeau|lot|prix|remboursement)', '(iphone|cadeau|carte cadeau) (offert|gratuit) (pour|si)'],
    examples: { match: ['Félicitations vous avez gagné un iPhone'], no: ['on a gagné le match'] },
  },
  {
    id: 'fr.scam.delivery', lang: 'fr', category: 'scam', weight: 0.5, signal: 'fake_delivery',
    near: [['colis', 'livraison', 'chronopost', 'colissimo', 'la poste', 'dhl', 'ups', 'fedex', 'mondial relay', 'relais colis', 'livreur'], ['en attente', 'bloqué', 'bloque', 'retenu', 'non distribué', 'non livré', 'échec', 'echec', 'reprogrammer', 'adresse incomplète', 'adresse incorrecte', 'frais', 'régler', 'regler', 'payer', 'mettre à jour', 'confirmer votre adresse', 'retourné']], window: 10,
    examples: { match: ['Votre colis est en attente : frais de réexpédition de 1,99 €', 'Chronopost : échec de livraison, reprogrammez sur le lien'], no: ['mon colis est arrivé ce matin'] },
  },
  {
    id: 'fr.scam.code_by_mistake', lang: 'fr', category: 'scam', weight: 0.85, signal: 'otp_request',
    patterns: ['(envoyé|envoye|transmis|reçu) (un |le |mon |)code (par erreur|sur ton téléphone|sur ton numéro|à ta place)', '(renvoie|renvoies|transfère|transferes|transfère moi|donne) (moi |)(le|ce) code (à|a) (#num|six|6) chiffres', '(code|sms) (que tu viens de|que t as|que tu as) (recevoir|reçu|recu)'],
    unless: NEVER,
    examples: { match: ["je t'ai envoyé un code par erreur, tu peux me le renvoyer ?", 'donne moi le code a 6 chiffres que tu viens de recevoir'], no: ['Votre code est 482913. Ne le communiquez à personne.'] },
  },
  {
    id: 'fr.scam.fake_advisor', lang: 'fr', category: 'scam', weight: 0.5, signal: 'fake_support',
    patterns: [
      '(service|cellule|département|departement|équipe|equipe) (des |)(fraudes|fraude|anti fraude|antifraude|sécurité|securite) (de votre banque|bancaire|de la banque|carte)', '(conseiller|conseillère) (de votre banque|bancaire|de la banque) (va vous|vous) (appeler|contacter|rappeler)',
      '(opération|operation|paiement|transaction|virement|prélèvement) (suspect|suspecte|frauduleux|frauduleuse|inhabituel|inhabituelle|non autorisé|non autorisée)', '(sécuriser|securiser|protéger|proteger|mettre à l abri) (votre|ton|vos|tes) (compte|argent|épargne|fonds)',
      '(compte|rib) (sécurisé|securise|de sécurité|refuge|temporaire|tampon)', '(valider|confirmer) (l opération|la transaction|le paiement|l annulation) (dans|sur|via) (votre|ton|l) (application|appli)',
    ],
    examples: { match: ['Ici le service fraude de votre banque : une opération suspecte de 950 €', 'virez votre épargne sur un compte sécurisé'], no: ['ma banque a changé de conseiller'] },
  },
  {
    id: 'fr.scam.cpf', lang: 'fr', category: 'scam', weight: 0.5, signal: 'refund_offer',
    near: [['cpf', 'compte formation', 'compte personnel de formation', 'mon compte formation', 'droits à la formation'], ['expire', 'expirent', 'expirer', 'perdre', 'perdus', 'solde', 'crédités', 'utilisez', 'utiliser avant', 'vos droits', 'euros', '#money']], window: 10,
    examples: { match: ['Vos droits CPF de 1 500 € expirent bientôt, utilisez-les ici', 'votre solde CPF va être perdu'], no: ['je fais une formation de cuisine cet été'] },
  },
  {
    id: 'fr.scam.gov_refund', lang: 'fr', category: 'scam', weight: 0.45, signal: 'refund_offer',
    near: [['ameli', 'assurance maladie', 'carte vitale', 'caf', 'impots', 'impôts', 'trésor public', 'ants', 'crit air', 'france travail', 'pôle emploi', 'urssaf'], ['remboursement', 'rembourser', 'renouveler', 'renouvellement', 'mettre à jour', 'mise à jour', 'expire', 'expirée', 'en attente', 'régulariser', 'dossier incomplet', 'versement', 'aide', 'droits']], window: 10,
    examples: { match: ['Ameli : un remboursement de 142,50 € est en attente, confirmez vos informations', 'Votre carte Vitale expire, renouvelez-la en ligne'], no: ['maman a ma carte vitale pour le médecin'] },
  },
  {
    id: 'fr.scam.fine', lang: 'fr', category: 'scam', weight: 0.5, signal: 'fake_fine',
    patterns: ['(amende|avis de contravention|contravention|infraction|péage|peage) (impayée|impayé|non payée|non payé|majorée|en attente|à régler|a regler|en retard)', '(régler|regler|payer|régulariser) (votre|ton|l|une) (amende|contravention|péage|peage) (avant|sous|dans|pour éviter)', 'pour éviter (des |les |une |)(poursuites|majoration|majorations)'],
    examples: { match: ['ANTAI : amende impayée, réglez sous 48 h pour éviter une majoration', 'payez votre péage en retard'], no: ['il a eu une amende pour excès de vitesse'] },
  },
  {
    id: 'fr.scam.urgency', lang: 'fr', category: 'scam', weight: 0.3, signal: 'urgency',
    patterns: ['(dernier|ultime) (rappel|avertissement|avis|délai)', '(sous|dans les|avant) (24|48|72) (h|heures)', '(sinon|faute de quoi) (votre|ton) (compte|carte|ligne|dossier) (sera|va être) (bloqué|suspendu|supprimé|clôturé|cloturé|fermé)'],
    examples: { match: ['Dernier rappel : régularisez sous 24h', 'sinon votre compte sera suspendu'], no: ['on se voit dans 2 heures'] },
  },
  {
    id: 'fr.scam.new_number', lang: 'fr', category: 'scam', weight: 0.45, signal: 'family_emergency',
    near: [['maman', 'papa', 'mamie', 'papi', 'ma chérie', 'mon chéri'], ['nouveau numéro', 'nouveau numero', 'autre numéro', 'cassé mon téléphone', 'casse mon telephone', 'perdu mon téléphone', 'téléphone cassé', 'telephone casse']], window: 12,
    examples: { match: ["Coucou maman, c'est moi, j'ai cassé mon téléphone, voici mon nouveau numéro", 'papa c est mon nouveau numero, tu peux m écrire sur whatsapp'], no: ['maman a changé de téléphone'] },
  },
  {
    id: 'fr.scam.money_request', lang: 'fr', category: 'scam', weight: 0.4, signal: 'money_request',
    patterns: ['(tu peux|tu pourrais|peux tu|pourrais tu|vous pouvez) (me |)(faire|payer|régler|avancer|prêter|preter) (un virement|une facture|#money|de l argent|des sous)', '(fais|fait|faites) moi un virement', '(envoie|envoies|envoyez) (moi |)(#money|de l argent|des sous) (par|sur|via) (paypal|lydia|virement|western union|pcs|transcash|coupon)', '(recharge|coupon|carte) (pcs|transcash|neosurf|paysafecard)'],
    examples: { match: ['tu peux me faire un virement de 400 € ? je te rembourse demain', 'achète une recharge PCS et envoie moi le code'], no: ['je te rembourse la place de ciné demain'] },
  },
  {
    id: 'fr.scam.task_job', lang: 'fr', category: 'scam', weight: 0.5, signal: 'task_scam',
    patterns: ['(travail|job|emploi|mission) (à domicile|a domicile|depuis chez vous|depuis chez toi|en ligne|sur téléphone) (payé|paye|rémunéré|remunere|bien payé)', '(liker|aimer|noter|commenter|regarder) des (vidéos|videos|produits|avis|annonces) (payé|paye|rémunéré|remunere|contre|pour gagner)', '(gagnez|gagne|gagner) (jusqu à |)(#money|#num euros|#num €) (par jour|par heure|par semaine) (depuis|sans|avec)'],
    examples: { match: ['Travail à domicile rémunéré : liker des vidéos payé 5 € par vidéo', 'gagnez 300 € par jour depuis votre téléphone'], no: ['je cherche un job d été au camping'] },
  },
  {
    id: 'fr.scam.investment', lang: 'fr', category: 'scam', weight: 0.45, signal: 'investment_lure',
    near: [['bitcoin', 'btc', 'usdt', 'crypto', 'cryptomonnaie', 'forex', 'trading', 'placement', 'investissement', 'investir'], ['garanti', 'garantis', 'rendement', 'bénéfice', 'benefice', 'profit', 'doubler', 'sans risque', 'par jour', 'par semaine', 'retirer']], window: 10,
    examples: { match: ['investis 250 € en crypto, rendement garanti de 20 % par semaine', 'placement bitcoin sans risque'], no: ['le prof nous a parlé du bitcoin en cours'] },
  },
  {
    id: 'fr.scam.game_currency', lang: 'fr', category: 'scam', weight: 0.5, signal: 'prize',
    patterns: ['(robux|v bucks|vbucks|nitro|skins|gemmes|diamants) (gratuits|gratuites|gratos|offerts|offertes|illimités)', '(générateur|generateur|hack) (de |)(robux|v bucks|vbucks|gemmes|skins)', '(connecte toi|connectez vous|entre ton mot de passe|mets tes identifiants) (pour |)(recevoir|récupérer|recuperer|avoir|gagner)'],
    examples: { match: ['robux gratuits ici, connecte toi pour les recevoir', 'générateur de v bucks qui marche'], no: ["j'ai acheté des robux avec mon argent de poche"] },
  },
  {
    id: 'fr.scam.accidental_report', lang: 'fr', category: 'scam', weight: 0.6, signal: 'fake_support',
    patterns: ['(signalé|signale|report) (ton|votre) compte (par erreur|par accident|sans faire exprès)', '(ton|votre) compte (va être|sera|risque d être) (banni|supprimé|suspendu) (si|sauf si|à moins)', '(contacte|contactez|écris à|ecris a|ajoute) (cet|l|le) (admin|administrateur|modérateur|moderateur|staff|support) (pour|qui)'],
    examples: { match: ["désolé j'ai signalé ton compte par erreur, contacte cet admin pour le débloquer"], no: ["j'ai signalé le spam aux modos"] },
  },
  {
    id: 'fr.scam.fake_app', lang: 'fr', category: 'scam', weight: 0.45, signal: 'fake_app',
    near: [['télécharge', 'telecharge', 'téléchargez', 'telechargez', 'installe', 'installez', 'apk', 'l application', 'l appli'], ['#shorturl', '#badurl']], window: 8,
    patterns: ['(télécharge|telecharge|téléchargez|telechargez|installe|installez|ouvre) (ce |le |cet |)(fichier apk|apk)'],
    examples: { match: ['installez l application de sécurité via bit.ly/abc', 'télécharge ce fichier apk pour être remboursé'], no: ["télécharge l'appli sur le Play Store"] },
  },
  {
    id: 'fr.scam.kidnap_script', lang: 'fr', category: 'scam', weight: 0.8, signal: 'online_kidnapping',
    patterns: [
      '(compte|rib) (sécurisé|securise|de séquestre|sequestre|de l état|du trésor) (pour|afin de) (vérifier|verifier|protéger|proteger|bloquer)', '(enquête|enquete|affaire|dossier) (confidentielle|confidentiel|secrète|secret)',
      '(ne dis|n en parle|ne parle|ne préviens|ne previens) (rien |)(à|a) (personne|tes parents|ta famille|ta mère|ton père) (pendant|de|sur) (l enquête|l enquete|cette affaire|l appel)',
      '(reste|restez) (en visio|en appel vidéo|en appel video|devant la caméra|devant la camera) (toute la nuit|jusqu|sans|en permanence)', '(nous avons|on a) (ton|votre) (fils|fille|enfant|frère|soeur)', '(payer|paie|payez|verse|versez) (la|une) rançon',
    ],
    near: [['loue', 'louer', 'réserve', 'reserver', 'réserver', 'va dans', 'aller dans'], ['chambre d hôtel', 'chambre d hotel', 'hôtel', 'hotel', 'airbnb'], ['seul', 'seule', 'enquête', 'enquete', 'police', 'gendarmerie', 'visio', 'personne', 'ne dis rien', 'éteins ton téléphone']], window: 14,
    examples: { match: ["loue une chambre d'hôtel seule et reste en visio toute la nuit avec l'enquêteur", "c'est une enquête confidentielle, ne parle à personne pendant l'enquête"], no: ['on a réservé un hôtel pour les vacances en famille'] },
  },
];
