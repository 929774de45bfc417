// Help lines per region, as data. Only channels that ../shared/research/child-safety.md §(d)
// could verify are listed; the source of each is in the comment above it. Names and
// descriptions are locale keys (`help_<id>_name`, `help_<id>_detail`); numbers and addresses
// are data and are never translated.
//
// Deliberately missing (the research could not verify them, see §(d) "Not verified" /
// "Not retrieved"): an A05 public hotline, canhbao.khonggianmang.vn, tinnhiemmang.vn, and the
// French 3018 / e-Enfance and Pharos channels and emergency numbers.
import type { Category } from '../detect/types';

/** Regions with their own list, plus INTL for everywhere else. Values of settings.helpRegion. */
export const HELP_REGIONS = ['VN', 'US', 'FR', 'BE', 'LU', 'CH', 'CA', 'INTL'] as const;
export type HelpRegion = (typeof HELP_REGIONS)[number];

export const FALLBACK_REGION: HelpRegion = 'INTL';

export interface HelpLine {
  /** Stable id; locale keys are `help_<id>_name` and `help_<id>_detail`. */
  id: string;
  /** Number to dial (shown as written, dialled through a `tel:` link). */
  phone?: string;
  /** Text-message channel: send `body` to `to`. */
  sms?: { to: string; body: string };
  /** Web page or chat page of the channel. */
  url?: string;
  /** Only shown for these categories; all categories when absent. */
  categories?: readonly Category[];
}

const SEXUAL: readonly Category[] = ['sexual_request', 'sextortion'];
const EXPLOITATION: readonly Category[] = ['grooming', 'sexual_request', 'sextortion', 'trafficking_recruitment', 'personal_info'];

// FBI Jan 2024 and NCMEC: "Report the predator's account via the platform's safety feature",
// block it but do not delete the messages. (northernplainsindependent.com 2024-02-08;
// nationalcac.org/steps-to-take-following-financial-sextortion)
const PLATFORM_REPORT: HelpLine = { id: 'platform_report' };

// Take It Down (NCMEC): removes images taken under 18 by hashing them on the device, without
// the image leaving it (talkheart2heart.org/resources/take-it-down, quoting takeitdown.ncmec.org).
const TAKE_IT_DOWN: HelpLine = { id: 'take_it_down', url: 'https://takeitdown.ncmec.org/', categories: SEXUAL };

// The francophone sources (Luxembourg and Belgian police, newyouth.ca, projuventute.ch) all
// send the child to a trusted adult and the local police; no number was verified.
const LOCAL_POLICE: HelpLine = { id: 'local_police' };

const FRANCOPHONE: readonly HelpLine[] = [LOCAL_POLICE, TAKE_IT_DOWN, PLATFORM_REPORT];

export const HELP_LINES: Readonly<Record<HelpRegion, readonly HelpLine[]>> = {
  VN: [
    // Tổng đài quốc gia bảo vệ trẻ em 111: 24/7, free of charge
    // (baoanhdatmui.vn/ngay-6-12-duong-day-nong-bao-ve-tre-em-111-di-vao-hoat-dong.html).
    { id: 'vn_111', phone: '111' },
    // Its Zalo and Facebook pages and website (luattreemthudo.vn/tong-dai-quoc-gia-bao-ve-tre-em/).
    { id: 'vn_111_zalo', url: 'https://zalo.me/1249273939821550616' },
    { id: 'vn_111_facebook', url: 'https://www.facebook.com/tongdaiquocgiabvte' },
    { id: 'vn_111_web', url: 'https://tongdai111.vn/' },
    // Police emergency number 113 (luattreemthudo.vn, above).
    { id: 'vn_113', phone: '113' },
    // VNeID → "Kiến nghị, phản ánh về ANTT": report with screenshots, numbers, accounts, links
    // (cafef.vn/cong-an-thong-tin-ve-tinh-nang-tren-vneid-nguoi-dan-can-biet-188260223151848277.chn).
    { id: 'vn_vneid' },
    // nTrust (National Cybersecurity Association): checks numbers, accounts, links and QR codes
    // (danluat.thuvienphapluat.vn/tags/phần-mềm-phòng-chống-lừa-đảo).
    { id: 'vn_ntrust', categories: ['scam', 'trafficking_recruitment'] },
    PLATFORM_REPORT,
  ],
  US: [
    // NCMEC CyberTipline: report.cybertip.org, 1-800-843-5678 (Thorn newsroom; germannews.org).
    { id: 'us_cybertipline', phone: '1-800-843-5678', url: 'https://report.cybertip.org/', categories: EXPLOITATION },
    TAKE_IT_DOWN,
    // FBI: tips.fbi.gov, 1-800-CALL-FBI (germannews.org; FBI Memphis via wbbjtv.com 2022-04-13).
    { id: 'us_fbi', phone: '1-800-225-5324', url: 'https://tips.fbi.gov/', categories: ['sextortion', 'trafficking_recruitment', 'scam'] },
    // Crisis Text Line: text "THORN" to 741741 (Thorn, stopsextortion.com).
    { id: 'us_crisis_text', sms: { to: '741741', body: 'THORN' } },
    PLATFORM_REPORT,
  ],
  FR: FRANCOPHONE,
  BE: FRANCOPHONE,
  CH: FRANCOPHONE,
  CA: FRANCOPHONE,
  LU: [
    // Police grand-ducale: grooming and sextortion — don't answer, don't pay, keep evidence,
    // block, contact the police (police.public.lu, same page).
    { id: 'lu_police', url: 'https://police.public.lu/fr/prevention/dangers-sur-internet/grooming-et-sextorsion.html' },
    TAKE_IT_DOWN,
    PLATFORM_REPORT,
  ],
  INTL: [LOCAL_POLICE, TAKE_IT_DOWN, PLATFORM_REPORT],
};

export function isHelpRegion(value: string): value is HelpRegion {
  return (HELP_REGIONS as readonly string[]).includes(value);
}

/** Region implied by one BCP 47 tag ("vi", "fr-BE", "en-US"); null when it says nothing. */
export function regionFromLocale(tag: string): HelpRegion | null {
  const [lang = '', region = ''] = tag.replace('_', '-').split('-');
  const upper = region.toUpperCase();
  if (upper.length === 2) return isHelpRegion(upper) ? upper : FALLBACK_REGION;
  switch (lang.toLowerCase()) {
    case 'vi':
      return 'VN';
    case 'fr':
      return 'FR';
    default:
      return null;
  }
}

/**
 * The region whose help lines the card shows: the setting when it names a region, otherwise
 * the first browser locale that implies one (the child's language is the best hint we have
 * without asking), otherwise INTL. An unknown code in the setting also falls back to INTL.
 */
export function resolveHelpRegion(setting: string, locales: readonly string[]): HelpRegion {
  if (setting !== 'auto') return isHelpRegion(setting) ? setting : FALLBACK_REGION;
  for (const tag of locales) {
    const region = regionFromLocale(tag);
    if (region) return region;
  }
  return FALLBACK_REGION;
}

/** The help lines of a region that fit a category, in data order. */
export function helpLinesFor(region: HelpRegion, category: Category): HelpLine[] {
  return HELP_LINES[region].filter((line) => !line.categories || line.categories.includes(category));
}

/** Locale keys a help line needs. */
export function helpLineKeys(line: HelpLine): [name: string, detail: string] {
  return [`help_${line.id}_name`, `help_${line.id}_detail`];
}

/** Locale key of a region's name (for the options page's region picker). */
export function helpRegionKey(region: HelpRegion): string {
  return `help_region_${region}`;
}
