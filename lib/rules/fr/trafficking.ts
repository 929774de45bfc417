// French trafficking / exploitation lures: easy well-paid work, abroad, travel paid, documents.
import type { Rule } from '../types';

const JOB = ['travail', 'boulot', 'job', 'emploi', 'poste', 'mission', 'taf', 'hôtesse', 'hotesse', 'mannequin'];

export const rules: Rule[] = [
  {
    id: 'fr.trafficking.abroad', lang: 'fr', category: 'trafficking_recruitment', weight: 0.5, signal: 'job_abroad',
    near: [JOB, ['à l étranger', 'a l etranger', 'dubaï', 'dubai', 'espagne', 'belgique', 'suisse', 'thaïlande', 'asie', 'autre pays']], window: 8,
    examples: { match: ['un job bien payé à l étranger'], no: ['mon père travaille en suisse'] },
  },
  {
    id: 'fr.trafficking.documents', lang: 'fr', category: 'trafficking_recruitment', weight: 0.45, signal: 'id_request',
    patterns: ['(envoie|envoies|donne|apporte|montre) (moi |nous |)(ton|ta|une photo de ta|une photo de ton) (passeport|carte d identité|carte d identite|pièce d identité|piece d identite|cni)'],
    examples: { match: ["envoie moi ta carte d'identité", "pour le contrat envoie moi ta carte d'identité"], no: ["j'ai perdu ma carte d'identité"] },
  },
  {
    id: 'fr.trafficking.easy_money', lang: 'fr', category: 'trafficking_recruitment', weight: 0.55, signal: 'high_pay_job',
    patterns: ['(travail|boulot|job|taf) (facile|simple|tranquille) (et |)(bien |très bien |super bien |)(payé|paye|rémunéré|remunere)', 'argent facile', 'gagner (beaucoup d argent|de l argent facilement)', 'gagner (#money|#num euros|#num €) par (jour|semaine|heure)', 'sans (expérience|experience|diplôme) (et |)(bien |)(payé|rémunéré)'],
    examples: { match: ['boulot facile et bien payé', 'gagner 500 euros par jour'], no: ['le boulot est facile'] },
  },
  {
    id: 'fr.trafficking.family', lang: 'fr', category: 'trafficking_recruitment', weight: 0.55, signal: 'keep_from_family',
    patterns: ['(dis|dit|parle) (rien|pas) (à|a) (ta famille|tes parents) (du|pour le|sur le) (travail|boulot|job|voyage)', 'pas besoin de (demander|prévenir|prevenir) (tes parents|ta famille)'],
    examples: { match: ['pas besoin de prévenir tes parents', 't inquiète pas besoin de prévenir tes parents'], no: ['préviens tes parents'] },
  },
  {
    id: 'fr.trafficking.travel_paid', lang: 'fr', category: 'trafficking_recruitment', weight: 0.45, signal: 'travel_paid',
    patterns: ['(billet|voyage|vol|train|logement|hébergement) (d avion |de train |de bus |)(payé|paye|offert|pris en charge|remboursé)', 'on (te |)(paie|paye|offre) (le|ton) (billet|voyage|vol|train)'],
    examples: { match: ['billet payé et logement offert', 'billet d avion payé'], no: ['j ai payé mon billet'] },
  },
];
