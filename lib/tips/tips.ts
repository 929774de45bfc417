// Safety tips per category, as locale keys (`tip_<category>_<n>` in public/_locales). The order
// is the order of relevance: the card shows the first TOP_TIPS and folds the rest under
// "More tips". Sources: the seminar (../shared/seminar/README.md, tips 1–6) and
// ../shared/research/child-safety.md §(d); the source of each tip is noted beside it.
import type { Category } from '../detect/types';

/** Tips shown before "More tips". */
export const TOP_TIPS = 3;

export interface Tip {
  /** Locale key of the tip. */
  key: string;
  /**
   * Signals (the engine's `signal` ids, without the `signal_` prefix) that make this tip the
   * most relevant one: when one of them fired, the tip moves to the front.
   */
  signals?: readonly string[];
}

export const TIPS: Readonly<Record<Category, readonly Tip[]>> = {
  grooming: [
    // Seminar tip 5; "3 No's" of the Không Một Mình campaign: no following requests to keep secrets.
    { key: 'tip_grooming_1', signals: ['secrecy', 'keep_from_family', 'delete_chat'] },
    // FBI Memphis: "be suspicious if … they ask you to start talking to them on a different platform".
    { key: 'tip_grooming_4', signals: ['move_private'] },
    // Seminar tip 5: asking to meet in person.
    { key: 'tip_grooming_2', signals: ['meet_request'] },
    // Seminar tip 6 and the campaign's message: you are not alone.
    { key: 'tip_grooming_3' },
    // UNICEF #CautionFirst: lavish praise, gifts or money from someone new.
    { key: 'tip_grooming_5', signals: ['flattery', 'gifts', 'age_gap_ok'] },
    // FBI Memphis: "videos and photos are not proof".
    { key: 'tip_grooming_6' },
  ],
  sexual_request: [
    // Seminar tip 1.
    { key: 'tip_sexual_request_1' },
    // Instagram Help (with ConnectSafely): you can say no and stop replying.
    { key: 'tip_sexual_request_2' },
    // FBI: "you are not at fault and you are not alone"; tell a trusted adult.
    { key: 'tip_sexual_request_3' },
    // Thorn: "I'll show you, if you show me".
    { key: 'tip_sexual_request_4', signals: ['self_sharing'] },
    // Take It Down (NCMEC): images taken under 18 can be removed without leaving the device.
    { key: 'tip_sexual_request_5' },
    // FBI, NCMEC: report the account, block it, keep the messages.
    { key: 'tip_sexual_request_6' },
  ],
  sextortion: [
    // FBI Jan 2024, Thorn: do not pay, do not send more; cooperating rarely stops the blackmail.
    { key: 'tip_sextortion_1' },
    // FBI: ask a trusted adult for help; you are not at fault and not alone.
    { key: 'tip_sextortion_3' },
    // FBI, NCMEC, Thorn: save the threats and the account, never the image itself.
    { key: 'tip_sextortion_2' },
    // FBI, NCMEC: block, but do not delete the chat or the account; report to the platform and police.
    { key: 'tip_sextortion_4' },
    // Thorn (stopsextortion.com): "if you already sent money, it will be okay. Stop paying them."
    { key: 'tip_sextortion_5' },
    // Thorn get-help: a starter line for talking to someone you trust.
    { key: 'tip_sextortion_6' },
  ],
  trafficking_recruitment: [
    // Seminar tip 3: high pay for easy work, often abroad — talk to your family first.
    { key: 'tip_trafficking_recruitment_1' },
    // Seminar tip 3 (asks for documents); seminar tip 4 (photos of documents).
    { key: 'tip_trafficking_recruitment_2', signals: ['id_request'] },
    // Research §(e)3 (A05 cases): secret travel, fees, "don't tell your family".
    { key: 'tip_trafficking_recruitment_3' },
    // Research §(e)3: free plane tickets and travel, karaoke "hosting" jobs.
    { key: 'tip_trafficking_recruitment_4', signals: ['travel_paid', 'job_abroad', 'nightlife_job'] },
    // Không Một Mình "3 Musts": verify information, share with family.
    { key: 'tip_trafficking_recruitment_5' },
  ],
  scam: [
    // Ministry of Public Security (C06): never give OTPs or passwords.
    { key: 'tip_scam_1', signals: ['otp_request', 'password_request'] },
    // Vietnamplus ("bắt cóc online"): police do not work by phone or social media, never ask for money.
    { key: 'tip_scam_2', signals: ['fake_authority', 'online_kidnapping'] },
    // C06: verify through the authorities or the bank's hotline before paying anything.
    { key: 'tip_scam_3' },
    // C06: do not click unknown links.
    { key: 'tip_scam_4', signals: ['suspicious_link'] },
    // "Bắt cóc online" script: "don't tell your family", rent a room, join a video call.
    { key: 'tip_scam_5', signals: ['isolation', 'keep_from_family'] },
    // Không Một Mình "3 Musts": block and report immediately.
    { key: 'tip_scam_6' },
  ],
  personal_info: [
    // Seminar tip 4.
    { key: 'tip_personal_info_1' },
    // Seminar tip 4: photos of documents.
    { key: 'tip_personal_info_2', signals: ['id_request'] },
    // Seminar tip 5: questions about whether you are alone; research §(e)10 ("I'm alone at home").
    { key: 'tip_personal_info_3', signals: ['home_alone', 'share_home_alone'] },
    // UNICEF Viet Nam: "giving too much information away that allows predators to stalk".
    { key: 'tip_personal_info_4' },
    // FBI Memphis: be selective about sharing personal information and passwords.
    { key: 'tip_personal_info_5' },
  ],
  bullying: [
    // Thorn / FBI: stop responding, keep the evidence.
    { key: 'tip_bullying_1' },
    // Không Một Mình "3 Musts": block and report; share with family.
    { key: 'tip_bullying_2' },
    // Thorn: "THEY are the ones who are doing something wrong".
    { key: 'tip_bullying_3' },
    // Instagram Help: refuse threats, tell someone you trust or the police.
    { key: 'tip_bullying_4', signals: ['threat', 'aggression'] },
    // Thorn / UNICEF: you don't have to face this alone; tell a trusted adult right away.
    { key: 'tip_bullying_5', signals: ['self_harm_push'] },
  ],
};

export interface TipSelection {
  /** Shown first. */
  top: string[];
  /** Behind "More tips". */
  more: string[];
}

/**
 * The tips for a warning: those matching a fired signal first (in data order), then the rest in
 * data order. `signals` may be bare ids ("secrecy") or locale keys ("signal_secrecy").
 */
export function selectTips(category: Category, signals: readonly string[] = [], top = TOP_TIPS): TipSelection {
  const fired = new Set(signals.map((s) => s.replace(/^signal_/, '')));
  const tips = TIPS[category];
  const relevant = tips.filter((tip) => tip.signals?.some((s) => fired.has(s)));
  const ordered = [...relevant, ...tips.filter((tip) => !relevant.includes(tip))].map((tip) => tip.key);
  return { top: ordered.slice(0, top), more: ordered.slice(top) };
}

/** Every tip key, for completeness tests and the locale check. */
export function allTipKeys(): string[] {
  return Object.values(TIPS).flatMap((tips) => tips.map((tip) => tip.key));
}
