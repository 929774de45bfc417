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
];
