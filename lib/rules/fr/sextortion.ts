// French sextortion ("sextorsion"): threats to send intimate images to family, school or
// followers unless the child pays or sends more (police.public.lu, Ofmin).
import type { Rule } from '../types';

export const rules: Rule[] = [
  {
    id: 'fr.sextortion.pay_or', lang: 'fr', category: 'sextortion', weight: 0.6, signal: 'payment_demand',
    near: [['paie', 'paye', 'payes', 'envoie', 'verse', 'vire'], ['#money', 'argent', 'euros', 'carte cadeau', 'paysafecard', 'bitcoin', 'd autres photos', 'plus de photos', 'une autre photo'], ['sinon', 'ou je', 'ou bien', 'ou tout le monde']], window: 10,
    examples: { match: ['paye 200 euros sinon tu vas le regretter'], no: ['envoie les photos avant demain'] },
  },
  {
    id: 'fr.sextortion.threat', lang: 'fr', category: 'sextortion', weight: 0.9, signal: 'sextortion_threat',
    near: [
      ['envoyer', 'envoie', 'envoyé', 'publier', 'publie', 'poster', 'poste', 'diffuser', 'diffuse', 'partager', 'partage', 'balancer', 'balance', 'montrer', 'montre', 'afficher', 'affiche', 'leak'],
      ['photos', 'photo', 'vidéos', 'vidéo', 'video', 'videos', 'nudes', 'images'],
      ['parents', 'famille', 'amis', 'potes', 'école', 'collège', 'college', 'lycée', 'lycee', 'tout le monde', 'internet', 'réseaux', 'contacts', 'abonnés', 'classe'],
      ['si tu', 'sinon', 'paie', 'paye', 'payes', 'argent', '#money', 'euros', 'envoie moi', 'tu as', 'heures', 'minutes'],
    ], window: 20,
    examples: { match: ['si tu paies pas j envoie tes photos à tes parents', 'paye sinon je balance les vidéos à tout le monde'], no: ['j ai envoyé les photos du voyage à tes parents'] },
  },
];
