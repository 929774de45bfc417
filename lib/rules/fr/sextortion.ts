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
    // "si tu paies pas je publie tes photos": a conditional threat without naming the audience.
    id: 'fr.sextortion.publish_or', lang: 'fr', category: 'sextortion', weight: 0.8, signal: 'sextortion_threat',
    near: [['si tu paies pas', 'si tu payes pas', 'si tu paye pas', 'si tu ne paies pas', 'si tu m envoies pas', 'si tu réponds pas', 'si tu reponds pas', 'si tu me bloques', 'sinon', 'ou sinon'], ['je publie', 'j publie', 'je poste', 'je balance', 'je diffuse', 'j envoie', 'je leak', 'je partage', 'je montre', 'je vais (publier|poster|balancer|diffuser|envoyer|leak|partager|montrer)', 'tout le monde (verra|va voir)', 'tes parents (verront|vont voir)', 'toute ton école (verra|va voir)'], ['tes photos', 'tes nudes', 'tes vidéos', 'tes videos', 'ta vidéo', 'ta video', 'ta photo', 'tes nus', 'ton nude']], window: 12,
    examples: { match: ['si tu paies pas je publie tes photos', 'paye ou sinon je balance tes nudes partout', 'si tu me bloques je poste ta vidéo', 'si tu paies pas 100 euros tout le monde verra tes photos'], no: ['si tu veux je publie tes photos du match sur le groupe', 'envoie tes photos de vacances sinon je boude'] },
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
