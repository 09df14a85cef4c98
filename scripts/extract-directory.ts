/**
 * Builds the service directory (data/directory/*.json) from the handbook's
 * appendix 拾壹 (lines 5399–5957) and the service points that only the body
 * text names. Reproducible: run `npx tsx scripts/extract-directory.ts`.
 *
 * What is parsed and what is hand-written:
 * - The 30 institution tables under 福利機構電話一覽表 (245 rows) are parsed
 *   from the tab-separated lines; each table has a config below (category,
 *   which column is what, how to name the service).
 * - The bureau's divisions, the two agencies and their units, and the 29
 *   district offices are parsed or written by hand with their line numbers
 *   (the layout there is not tabular).
 * - Body-only service points (家庭福利服務中心, 食物銀行, 鑑定醫院,
 *   長期照顧管理中心, …) are listed by hand in BODY_POINTS with their lines.
 * - Organisation names are matched through ORGS (English names, kinds and the
 *   printed variants of each name). A variant that differs by more than
 *   台/臺 or spacing carries a note.
 * Nothing is corrected: phones, addresses and names stay as printed; doubts
 * are recorded as notes / phone.doubt.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SOURCE_FILE = 'data/sources/004_005d01609386d640.txt';
const DOC = 'handbook-2015';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const LINES = readFileSync(join(ROOT, SOURCE_FILE), 'utf8').split('\n');
const line = (n: number) => LINES[n - 1] ?? '';

interface District {
  id: string;
  name: { 'zh-Hant': string; en: string };
}
const DISTRICTS: District[] = JSON.parse(readFileSync(join(ROOT, 'data/districts.json'), 'utf8'));
const DISTRICT_BY_ZH = new Map(DISTRICTS.map((d) => [d.name['zh-Hant'], d]));

// ───────────────────────────── text helpers ─────────────────────────────

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** Folds whitespace and removes the spaces that cell wrapping put between two CJK characters. */
export function clean(s: string): string {
  let t = s
    .replace(/\*\*/g, '')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  const re = new RegExp(`([${CJK}、])\\s+(?=[${CJK}、])`, 'g');
  t = t.replace(re, '$1');
  return t;
}
/** Whitespace folded only. */
const fold = (s: string) =>
  s
    .replace(/\*\*/g, '')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
/** Key for matching names: no spaces, 台→臺, full-width brackets, 啟→啓. */
export function nameKey(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').replace(/台/g, '臺').replace(/啟/g, '啓').replace(/[（]/g, '(').replace(/[）]/g, ')');
}
const ZH_NUM: Record<string, string> = {
  '1': '一',
  '2': '二',
  '3': '三',
  '4': '四',
  '5': '五',
  '6': '六',
  '7': '七',
  '8': '八',
  '9': '九',
};
/** Normalised address for deciding which services share a location. */
export function addressKey(s: string): string {
  return (
    s
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(/^\d{3,5}(?=臺中市|台中市)/, '')
      .replace(/台/g, '臺')
      // a village (里) named after the district does not make another place
      .replace(/^(臺中市\S{1,3}?區)\S{1,3}?里(?=\S*?[路街巷道])/, '$1')
      .replace(/(\d)段/g, (_, d: string) => `${ZH_NUM[d] ?? d}段`)
      .replace(/(\d+)號之(\d+)/g, '$1-$2號')
      .replace(/(\d+)之(\d+)號/g, '$1-$2號')
      .replace(/F之/g, '樓之')
      .replace(/(\d+)F/g, '$1樓')
  );
}
const hash6 = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 6);

// ───────────────────────────── phones ─────────────────────────────

export interface ExtRange {
  from: string;
  to: string;
  building?: string;
  printed?: string;
}
export interface Phone {
  printed: string;
  number: string;
  extensions?: string[];
  extensionRanges?: ExtRange[];
  kind: 'voice' | 'fax';
  label?: string;
  areaCodeMissing?: true;
  doubt?: string;
  lines?: [number, number];
}

const NUMBER_RE = /(0\d{1,3}\s*-\s*(?:\d{2,4}[-\s]\d{3,5}(?!\d)|\d{5,9})|09\d{8}|\d{7,10})/y;
const EXT_RE = /\s*、?\s*(#|轉|分機)\s*(\d+(?:\s*[~\-－]\s*\d+)?(?:\s*、\s*\d+(?:\s*[~\-－]\s*\d+)?)*)/y;

/** All extension ranges printed in the appendix for the bureau switchboard (filled below). */
const SWITCHBOARD_RANGES: { from: number; to: number; who: string }[] = [];

function phoneDoubt(number: string): { doubt?: string; areaCodeMissing?: true } {
  const digits = number.replace(/[^\d]/g, '');
  if (!number.startsWith('0')) {
    if (digits.length === 8) return { areaCodeMissing: true };
    return { areaCodeMissing: true, doubt: `printed without an area code and with ${digits.length} digits (local numbers have 8)` };
  }
  if (/^0800|^0809/.test(digits)) return digits.length === 10 ? {} : { doubt: `${digits.length} digits; toll-free numbers have 10` };
  if (/^09/.test(digits)) return digits.length === 10 ? {} : { doubt: `${digits.length} digits; mobile numbers have 10` };
  // the area code is what is printed before the first hyphen
  const area = number.includes('-') ? number.split('-')[0]!.replace(/\D/g, '') : digits.slice(0, 2);
  if (area === '049') return digits.length === 10 ? {} : { doubt: `${digits.length - 3} digits after 049; Nantou numbers have 7` };
  if (area === '02' || area === '04') {
    const local = digits.slice(2);
    if (local.length < 8)
      return {
        doubt: `only ${local.length} digits after the area code ${digits.slice(0, 2)}; numbers there have 8 (too few digits as printed)`,
      };
    if (local.length > 8)
      return {
        doubt: `${local.length} digits after the area code ${digits.slice(0, 2)}; numbers there have 8 (too many digits as printed)`,
      };
    if (digits.startsWith('04') && !/^[23]/.test(local)) {
      return {
        doubt: `8 digits after 04 but beginning with ${local[0]}, unlike every other 8-digit 04 number in the handbook (all begin with 2 or 3); possibly misprinted`,
      };
    }
    return {};
  }
  return {};
}

function parseExtensions(spec: string): { extensions?: string[]; extensionRanges?: ExtRange[] } {
  const out: { extensions?: string[]; extensionRanges?: ExtRange[] } = {};
  for (const part of spec.split(/\s*、\s*/)) {
    const m = part.match(/^(\d+)\s*[~\-－]\s*(\d+)$/);
    if (m) (out.extensionRanges ??= []).push({ from: m[1]!, to: m[2]!, printed: fold(part) });
    else if (/^\d+$/.test(part.trim())) (out.extensions ??= []).push(part.trim());
  }
  return out;
}

/**
 * Parses a printed phone cell. `kind` is the default; the words 電話 / 傳真
 * inside the cell switch it. Text between numbers (labels such as 幫您幫您)
 * is kept as the phone's label when it is in brackets right after it.
 */
export function parsePhones(cell: string, kind: 'voice' | 'fax' = 'voice', lines?: [number, number]): Phone[] {
  const text = cell.replace(/\*\*/g, '');
  const phones: Phone[] = [];
  let i = 0;
  let current = kind;
  while (i < text.length) {
    if (text.startsWith('傳真', i)) {
      current = 'fax';
      i += 2;
      continue;
    }
    if (text.startsWith('電話', i)) {
      current = 'voice';
      i += 2;
      continue;
    }
    NUMBER_RE.lastIndex = i;
    const m = NUMBER_RE.exec(text);
    if (!m || (i > 0 && /\d/.test(text[i - 1]!))) {
      i++;
      continue;
    }
    let end = i + m[0].length;
    const rawNumber = m[0];
    const phone: Phone = { printed: '', number: rawNumber.replace(/\s/g, ''), kind: current };
    EXT_RE.lastIndex = end;
    const e = EXT_RE.exec(text);
    if (e) {
      Object.assign(phone, parseExtensions(e[2]!));
      end = EXT_RE.lastIndex;
    }
    const label = /^\s*[（(]([^）)]{1,12})[）)]/.exec(text.slice(end));
    if (label && !/\d/.test(label[1]!)) phone.label = label[1]!;
    phone.printed = fold(text.slice(i, end)).replace(/^、\s*/, '');
    Object.assign(phone, phoneDoubt(phone.number));
    if (lines) phone.lines = lines;
    phones.push(phone);
    i = end;
  }
  return phones;
}

/** Adds a doubt when a switchboard extension lies outside every range the appendix prints. */
function checkSwitchboardExtensions(p: Phone, what: string): void {
  if (p.number.replace(/\D/g, '') !== '0422289111') return;
  const exts: number[] = [];
  for (const e of p.extensions ?? []) exts.push(Number(e));
  for (const r of p.extensionRanges ?? []) exts.push(Number(r.from), Number(r.to));
  const outside = exts.filter((x) => !SWITCHBOARD_RANGES.some((r) => x >= r.from && x <= r.to));
  if (outside.length) {
    const msg = `extension ${outside.join(', ')} (${what}) lies outside every range printed in the appendix (lines 5411–5485)`;
    p.doubt = p.doubt ? `${p.doubt}; ${msg}` : msg;
  }
}

// ───────────────────────────── service areas ─────────────────────────────

const SHORT_NAMES = DISTRICTS.filter((d) => d.name['zh-Hant'].length === 3).map((d) => [d.name['zh-Hant'].slice(0, 2), d.id] as const);
export function parseArea(printed: string): { area?: 'all' | string[]; notes: string[] } {
  const notes: string[] = [];
  const t = printed.replace(/\s+/g, '');
  if (!t) return { notes };
  if (/全區|全市/.test(t)) return { area: 'all', notes };
  const found: string[] = [];
  let i = 0;
  while (i < t.length) {
    const three = t.slice(i, i + 3);
    const two = t.slice(i, i + 2);
    if (t.slice(i, i + 3) === '中西區') {
      found.push('central', 'west');
      notes.push('中西區 is read as 中區 and 西區');
      i += 3;
      continue;
    }
    const d3 = DISTRICT_BY_ZH.get(three);
    if (d3) {
      found.push(d3.id);
      i += 3;
      continue;
    }
    const d2 = DISTRICT_BY_ZH.get(two);
    if (d2 && !(t[i - 1] && /[臺台]/.test(t[i - 1]!))) {
      found.push(d2.id);
      i += 2;
      continue;
    }
    const short = SHORT_NAMES.find(([s]) => s === two);
    if (short && /^[、)）:：區]|^$/.test(t.slice(i + 2, i + 3))) {
      found.push(short[1]);
      i += 2;
      continue;
    }
    i++;
  }
  const unique = [...new Set(found)];
  if (unique.length !== found.length) notes.push('a district is listed twice in the printed service area');
  if (/為主/.test(t)) notes.push('為主: the district is the main, not the only, service area');
  return { area: unique, notes };
}

// ───────────────────────────── organisations ─────────────────────────────

export type OrgKind =
  | 'city-government'
  | 'bureau'
  | 'division'
  | 'agency'
  | 'agency-unit'
  | 'district-office'
  | 'city-bureau'
  | 'city-agency'
  | 'central-government'
  | 'foundation'
  | 'association'
  | 'cooperative'
  | 'farmers-association'
  | 'university'
  | 'school'
  | 'hospital'
  | 'institution'
  | 'company';

interface OrgDef {
  id: string;
  kind: OrgKind;
  zh: string;
  en: string;
  aliases?: string[];
  parent?: string;
  note?: string;
}
const o = (id: string, kind: OrgKind, zh: string, en: string, extra: Partial<OrgDef> = {}): OrgDef => ({ id, kind, zh, en, ...extra });

/** Operators, institutions, hospitals and other bodies the handbook names. zh is the first printing (wrap spaces removed). */
const ORGS: OrgDef[] = [
  o('taichung-city-government', 'city-government', '臺中市政府', 'Taichung City Government'),
  // built from the appendix by buildBureau(); listed so that institution rows naming it resolve
  o('renai-home', 'agency', '臺中市立仁愛之家', 'Taichung Municipal Renai Home for the Elderly', { parent: 'bureau' }),
  o('city-health-bureau', 'city-bureau', '臺中市政府衛生局', 'Taichung City Public Health Bureau', {
    parent: 'taichung-city-government',
    aliases: ['衛生局'],
  }),
  o('city-education-bureau', 'city-bureau', '臺中市政府教育局', 'Taichung City Education Bureau', {
    parent: 'taichung-city-government',
    aliases: ['教育局'],
  }),
  o('city-labor-bureau', 'city-bureau', '臺中市政府勞工局', 'Taichung City Labor Affairs Bureau', {
    parent: 'taichung-city-government',
    aliases: ['勞工局'],
  }),
  o('long-term-care-management-center', 'city-agency', '臺中市政府長期照顧管理中心', 'Taichung City Long-term Care Management Center', {
    aliases: ['臺中市長期照顧管理中心'],
  }),
  o(
    'wda-central-region',
    'central-government',
    '勞動部勞動力發展署中彰投分署',
    'Workforce Development Agency, Taichung-Changhua-Nantou Regional Branch (Ministry of Labor)',
  ),
  // universities and schools
  o('chaoyang-university-of-technology', 'university', '朝陽科技大學', 'Chaoyang University of Technology', {
    aliases: ['財團法人朝陽科技大學'],
  }),
  o('asia-university', 'university', '亞洲大學', 'Asia University', { aliases: ['財團法人亞洲大學'] }),
  o('hungkuang-university', 'university', '弘光科技大學', 'Hungkuang University'),
  o(
    'central-taiwan-university-of-science-and-technology',
    'university',
    '中臺科技大學',
    'Central Taiwan University of Science and Technology',
  ),
  o('chinese-culture-university', 'university', '中國文化大學', 'Chinese Culture University'),
  o('providence-university', 'university', '靜宜大學', 'Providence University'),
  o('yushan-senior-high-school', 'school', '臺中市私立玉山高級中學', 'Yushan Private Senior High School, Taichung'),
  o('dajia-junior-high-school', 'school', '臺中市立大甲國民中學', 'Taichung Municipal Dajia Junior High School'),
  // foundations and associations
  o('peng-wan-ru-foundation', 'foundation', '財團法人彭婉如文教基金會', 'Peng Wan-ru Foundation'),
  o(
    'social-welfare-development-association',
    'association',
    '臺中市社會福利服務發展協會',
    'Taichung Social Welfare Service Development Association',
    { aliases: ['社團法人臺中市社會福利服務發展協會'] },
  ),
  o(
    'chang-hsiu-chu-foundation',
    'foundation',
    '財團法人台中市私立張秀菊社會福利慈善事業基金會',
    'Chang Hsiu-chu Social Welfare and Charity Foundation',
  ),
  o('mary-foundation', 'foundation', '財團法人瑪利亞社會福利基金會', 'Mary Social Welfare Foundation'),
  o('eden-foundation', 'foundation', '財團法人伊甸社會福利基金會', 'Eden Social Welfare Foundation'),
  o(
    'eden-central-service-centre',
    'institution',
    '財團法人伊甸社會福利基金會附設中區服務中心',
    'Eden Social Welfare Foundation, Central Region Service Centre',
    { parent: 'eden-foundation' },
  ),
  o('hongyu-foundation', 'foundation', '財團法人台中市私立弘毓社會福利基金會', 'Hongyu Social Welfare Foundation'),
  o('tfcf', 'foundation', '財團法人台灣兒童暨家庭扶助基金會', 'Taiwan Fund for Children and Families'),
  o(
    'tfcf-development-centre',
    'institution',
    '財團法人台灣兒童暨家庭扶助基金會附設台中市私立家扶發展學園',
    'TFCF Taichung Development Centre',
    {
      parent: 'tfcf',
      aliases: ['財團法人台灣暨家庭扶助基金會附設台中市私立家扶發展學園', '台中市私立家扶發展學園'],
      note: 'Line 5587 prints the foundation as 財團法人台灣暨家庭扶助基金會 (兒童 missing); line 5885 prints 財團法人台灣兒童暨家庭扶助基金會.',
    },
  ),
  o('sacred-heart-sisters', 'foundation', '財團法人天主教聖母聖心修女會', 'Catholic Sisters of the Sacred Heart of Mary (foundation)'),
  o('hsiao-ming-foundation', 'foundation', '財團法人天主教曉明社會福利基金會', 'Catholic Hsiao-Ming Social Welfare Foundation'),
  o('good-shepherd-foundation', 'foundation', '財團法人天主教善牧社會福利基金會', 'Catholic Good Shepherd Social Welfare Foundation'),
  o('wan-ching-womens-association', 'association', '社團法人台中市晚晴婦女協會', "Taichung Wan-Ching Women's Association"),
  o('ywca-taichung', 'association', '社團法人台中市基督教女青年會', 'YWCA of Taichung', { aliases: ['臺中市基督教女青年會'] }),
  o('child-welfare-league-foundation', 'foundation', '財團法人中華民國兒童福利聯盟文教基金會', 'Child Welfare League Foundation'),
  o('sunshine-womens-association', 'association', '社團法人台灣陽光婦女協會', "Taiwan Sunshine Women's Association"),
  o('daylily-womens-association', 'association', '社團法人臺中市忘憂草女性成長協會', "Taichung Daylily Women's Growth Association", {
    aliases: ['台中市忘憂草女性成長協會'],
  }),
  o('kapok-care-association', 'association', '社團法人台中縣木棉花愛縣關懷協會', 'Taichung County Kapok Care Association'),
  o('womens-development-association', 'association', '台中市婦女發展協會', "Taichung Women's Development Association"),
  o('kaihuai-association', 'association', '社團法人臺中市開懷協會', 'Taichung Kaihuai Association'),
  o('shanhaitun-lifeline', 'association', '社團法人臺中市山海屯國際生命線協會', 'Taichung Shan-Hai-Tun International Lifeline Association'),
  o('parent-child-reading-association', 'association', '臺中市親子閱讀協會', 'Taichung Parent-Child Reading Association'),
  o('spring-womens-association', 'association', '臺中市春天女性成長協會', "Taichung Spring Women's Growth Association"),
  o('niangjia-care-association', 'association', '臺中市娘家關懷協會', 'Taichung Niangjia Care Association'),
  o('aixin-womens-association', 'association', '臺中市艾馨婦女協進會', "Taichung Aixin Women's Association", {
    aliases: ['社團法人台中市艾馨婦女協進會'],
  }),
  o('xile-culture-association', 'association', '社團法人臺中市喜樂文化推廣協會', 'Taichung Xile Culture Promotion Association'),
  o('fanzaihuo-culture-association', 'association', '臺中市番仔火文化協會', 'Taichung Fanzaihuo Culture Association'),
  o('mainland-spouses-association', 'association', '台灣陸配關懷聯誼促進會', 'Taiwan Mainland Spouses Care and Fellowship Association'),
  o(
    'quality-family-education-association',
    'association',
    '中華民國優質家庭教育發展促進會',
    'Quality Family Education Development Association (R.O.C.)',
  ),
  o('taiwan-new-immigrants-association', 'association', '台灣新移民協會', 'Taiwan New Immigrants Association'),
  o(
    'women-children-care-association',
    'association',
    '中華民國婦幼關懷成長協會',
    'Women and Children Care and Growth Association (R.O.C.)',
  ),
  o('social-service-care-association', 'association', '臺中市社會服務關懷協會', 'Taichung Social Service Care Association'),
  o('dadushan-new-residents-association', 'association', '臺中市大肚山新住民關懷協會', 'Taichung Dadushan New Residents Care Association'),
  o(
    'wufeng-women-children-protection-association',
    'association',
    '臺中市霧峰區婦幼保護協會',
    'Wufeng Women and Children Protection Association',
  ),
  o('taichung-seniors-association', 'association', '臺中市老人會', 'Taichung Senior Citizens Association'),
  o('fengyuan-seniors-association', 'association', '臺中市豐原區老人會', 'Fengyuan Senior Citizens Association'),
  o('houli-sports-association', 'association', '臺中市后里體育會', 'Houli Sports Association'),
  o('heping-health-promotion-association', 'association', '臺中市和平區健康促進推廣協會', 'Heping Health Promotion Association'),
  o('fuqi-community-care-association', 'association', '社團法人台灣福氣社區關懷協會', 'Taiwan Fuqi Community Care Association', {
    aliases: ['台灣福氣社區關懷協會'],
  }),
  o('guolong-love-association', 'association', '台中縣國龍愛心協會', 'Taichung County Guolong Love Association'),
  o('dajia-farmers-association', 'farmers-association', '臺中市大甲區農會', "Dajia District Farmers' Association"),
  o('ganlin-foundation', 'foundation', '財團法人台中市私立甘霖社會福利慈善事業基金會', 'Ganlin Social Welfare and Charity Foundation'),
  o('home-care-cooperative', 'cooperative', '有限責任台中市居家照顧服務勞動合作社', "Taichung Home Care Services Workers' Cooperative"),
  o('zhenai-foundation', 'foundation', '財團法人台中市私立真愛社會福利慈善事業基金會', 'Zhenai Social Welfare and Charity Foundation'),
  o('yongxin-foundation', 'foundation', '財團法人臺灣省私立永信社會福利基金會', 'Yongxin Social Welfare Foundation'),
  o(
    'songbaiyuan-care-home',
    'institution',
    '財團法人臺灣省私立永信社會福利基金會附設臺中市私立松柏園老人養護中心',
    'Songbaiyuan Care Home for the Elderly',
    { parent: 'yongxin-foundation' },
  ),
  o('yude-foundation', 'foundation', '財團法人臺灣省私立毓得社會福利基金會', 'Yude Social Welfare Foundation'),
  o('lutheran-mission', 'foundation', '財團法人中華基督教福音信義傳道會', 'Chinese Evangelical Lutheran Mission (foundation)'),
  o('chuanai-community-service-association', 'association', '中華傳愛社區服務協會', 'Chuanai Community Service Association'),
  o('quancheng-foundation', 'foundation', '財團法人全成社會福利基金會', 'Quancheng Social Welfare Foundation'),
  o('kuang-tien-nursing-home', 'institution', '光田醫療社團法人附設光田護理之家', 'Kuang Tien Nursing Home'),
  o('elderly-welfare-alliance', 'association', '中華民國老人福利推動聯盟', 'Federation for the Welfare of the Elderly (R.O.C.)'),
  o('old-five-old-foundation', 'foundation', '財團法人老五老基金會', 'Old Five Old Foundation'),
  o(
    'longyanlin-foundation',
    'foundation',
    '財團法人臺中市私立龍眼林社會福利慈善事業基金會',
    'Longyanlin Social Welfare and Charity Foundation',
  ),
  o('community-care-association-taiwan', 'association', '社團法人台灣省社區關懷協會', 'Taiwan Community Care Association'),
  o('tong-chuan-sheng-foundation', 'foundation', '財團法人童傳盛文教基金會', 'Tong Chuan-sheng Cultural and Educational Foundation', {
    aliases: ['財團法人童傳聖文教基金會', '財團法人董傳聖文教基金會'],
    note: 'The name is printed three ways: 童傳盛 (lines 5717, 5882), 童傳聖 (5781, 5782, 2432, 2487, 2488) and 董傳聖 (2429); same addresses, so one body. The source does not say which spelling is right; shown as first printed in the appendix.',
  }),
  o('hondao-foundation', 'foundation', '財團法人弘道老人福利基金會', 'Hondao Senior Citizens Welfare Foundation'),
  o('social-care-service-association', 'association', '社團法人台中市社會關懷服務協會', 'Taichung Social Care Service Association'),
  o('cixin-association', 'association', '社團法人台灣省慈心協會', 'Taiwan Cixin Association'),
  o('chinese-social-welfare-foundation', 'foundation', '財團法人中華社會福利基金會', 'Chinese Social Welfare Foundation'),
  o('lifeline-foundation', 'foundation', '財團法人生命連線基金會', 'Lifeline Foundation'),
  o('cixin-foundation', 'foundation', '財團法人臺中市私立慈心社會福利慈善事業基金會', 'Cixin Social Welfare and Charity Foundation'),
  o('dingchuan-charity-association', 'association', '台灣鼎傳慈善協會', 'Taiwan Dingchuan Charity Association'),
  o('yuxiao-merit-association', 'association', '社團法人臺灣育孝功德會', 'Taiwan Yuxiao Merit Association'),
  o('city-light-care-association', 'association', '社團法人臺中市城市之光關懷協會', 'Taichung City Light Care Association'),
  o('shalu-community-development-association', 'association', '臺中市沙鹿區沙鹿社區發展協會', 'Shalu Community Development Association'),
  o(
    'dongxin-community-development-association',
    'association',
    '社團法人臺中市東區東信社區發展協會',
    'Dongxin Community Development Association (East District)',
  ),
  o(
    'caonan-community-development-association',
    'association',
    '臺中市梧棲區草湳社區發展協會',
    'Caonan Community Development Association (Wuqi District)',
  ),
  o(
    'red-cross-taichung',
    'association',
    '社團法人中華民國紅十字會台灣省台中市支會',
    'Red Cross Society of the Republic of China, Taichung City Branch',
    {
      aliases: ['社團法人中華民國紅十字會台中支會'],
      note: 'The food-bank table (line 4646) prints 社團法人中華民國紅十字會台中支會; taken as the same branch.',
    },
  ),
  o(
    'intellectual-disability-parents-association',
    'association',
    '社團法人台中市智障者家長協會',
    'Taichung Parents Association for Persons with Intellectual Disabilities',
  ),
  o('yiguandao-chongzheng-foundation', 'foundation', '財團法人一貫道崇正基金會', 'I-Kuan Tao Chongzheng Foundation'),
  o('jiaan-community-care-association', 'association', '台灣家安社區關懷服務協會', 'Taiwan Jiaan Community Care Service Association'),
  o('blind-rehabilitation-institute', 'foundation', '財團法人台灣省私立台灣盲人重建院', 'Taiwan Blind Rehabilitation Institute'),
  o('qizhi-association', 'association', '社團法人台中市啓智協進會', 'Taichung Qizhi Association'),
  o('love-without-barriers-association', 'association', '社團法人臺中市愛無礙協會', 'Taichung Love Without Barriers Association'),
  o('asperger-autism-association', 'association', '社團法人台中市亞斯伯格症肯納症協進會', 'Taichung Asperger and Autism Association', {
    aliases: ['社團法人台中市亞斯格症肯納症協進會', '財團法人台中市亞斯伯格症肯納症協進會'],
    note: 'Line 5920 prints 亞斯格症 (伯 missing) and line 5833 prints 財團法人 instead of 社團法人; same address (瀋陽北路 6 號) and phone, so one body.',
  }),
  o('shanhaitun-qizhi-association', 'association', '社團法人臺中市山海屯啓智協進會', 'Taichung Shan-Hai-Tun Qizhi Association', {
    aliases: ['社團法人臺中市山海屯啓智協會'],
    note: 'Printed 山海屯啓智協進會 at line 5813 and 山海屯啓智協會 at lines 5933 and 2591; same address (成功路 626 號), so one body.',
  }),
  o(
    'lianxin-self-reliance-association',
    'association',
    '社團法人臺中市蓮心自強服務協會',
    'Taichung Lianxin Self-Reliance Service Association',
  ),
  o('xiangshang-foundation', 'foundation', '財團法人向上社會福利基金會', 'Xiangshang Social Welfare Foundation', {
    aliases: ['財團法人台灣省私立向上社會福利基金會'],
  }),
  o('spinal-cord-injury-association', 'association', '社團法人台中市脊髓損傷者協會', 'Taichung Spinal Cord Injury Association', {
    aliases: ['社團法人台中市脊損損傷者協會'],
    note: 'Line 5905 prints 脊損損傷者協會; same address and phone as 脊髓損傷者協會 (lines 5821, 5913).',
  }),
  o('kanner-autism-foundation', 'foundation', '財團法人臺中市私立肯納自閉症社會福利基金會', 'Kanner Autism Social Welfare Foundation', {
    aliases: ['財團法人臺中市私立肯納自閉社會福利基金會'],
  }),
  o(
    'xinwangai-development-centre',
    'foundation',
    '財團法人臺中市私立信望愛智能發展中心',
    'Xinwangai Intellectual Development Centre (foundation)',
  ),
  o('autism-education-association', 'association', '社團法人台中市自閉症教育協進會', 'Taichung Autism Education Association'),
  o(
    'lianxinyuan-foundation-taichung',
    'foundation',
    '財團法人台南市私立蓮心園社會福利慈善事業基金會台中分事務所',
    'Lianxinyuan Social Welfare and Charity Foundation, Taichung Office',
  ),
  o(
    'xichuan-community-development-association',
    'association',
    '臺中市南區西川社區發展協會',
    'Xichuan Community Development Association (South District)',
  ),
  o(
    'good-shepherd-holistic-care-association',
    'association',
    '社團法人台灣基督教好牧人全人關顧協會',
    'Taiwan Christian Good Shepherd Holistic Care Association',
  ),
  o('rehabilitation-friends-association', 'association', '社團法人台中市康復之友協會', 'Taichung Friends of Rehabilitation Association'),
  o(
    'zhongyi-community-development-association',
    'association',
    '台中市大雅區忠義社區發展協會',
    'Zhongyi Community Development Association (Daya District)',
  ),
  o(
    'daya-community-development-association',
    'association',
    '台中市大雅區大雅社區發展協會',
    'Daya Community Development Association (Daya District)',
  ),
  o(
    'furui-community-development-association',
    'association',
    '台中市西屯區福瑞社區發展協會',
    'Furui Community Development Association (Xitun District)',
  ),
  o('lanxing-seniors-association', 'association', '台中市藍興長青協會', 'Taichung Lanxing Seniors Association'),
  o('xinglong-community-development-association', 'association', '台中市興隆社區發展協會', 'Xinglong Community Development Association'),
  o(
    'community-welfare-co-creation-association',
    'association',
    '台中縣社區福利共創協會',
    'Taichung County Community Welfare Co-creation Association',
  ),
  o(
    'dahe-community-development-association',
    'association',
    '台中市西區大和社區發展協會',
    'Dahe Community Development Association (West District)',
  ),
  o(
    'shangcheng-community-development-association',
    'association',
    '台中市東勢區上城社區發展協會',
    'Shangcheng Community Development Association (Dongshi District)',
  ),
  o('huiming-blind-welfare-association', 'foundation', '財團法人基督教惠明盲人福利會', 'Christian Huiming Blind Welfare Association'),
  o(
    'huiming-blind-childrens-home',
    'institution',
    '財團法人基督教惠明盲人福利會附設臺中市私立惠明盲童育幼院',
    'Huiming Home for Blind Children',
    { parent: 'huiming-blind-welfare-association' },
  ),
  o(
    'huiming-visually-impaired-care-home',
    'institution',
    '財團法人基督教惠明盲人福利會附設臺中市私立惠明視障者教養院',
    'Huiming Care Home for Visually Impaired People',
    { parent: 'huiming-blind-welfare-association' },
  ),
  o('genesis-foundation', 'foundation', '財團法人創世社會福利基金會', 'Genesis Social Welfare Foundation'),
  o(
    'genesis-vegetative-care-home',
    'institution',
    '財團法人創世社會福利基金會附設台中市私立創世清寒植物人安養院',
    'Genesis Care Home for Low-income People in a Vegetative State',
    { parent: 'genesis-foundation' },
  ),
  o('mary-wufeng-care-home', 'institution', '財團法人瑪利亞社會福利基金會附設瑪利亞霧峰教養家園', 'Mary Wufeng Care Home', {
    parent: 'mary-foundation',
  }),
  o('catholic-diocese-taichung', 'foundation', '財團法人天主教會台中教區', 'Catholic Diocese of Taichung (foundation)'),
  o('lida-training-centre', 'institution', '財團法人天主教會台中教區附設立達啓能訓練中心', 'Lida Training Centre', {
    parent: 'catholic-diocese-taichung',
    aliases: ['立達啓能訓練中心'],
  }),
  o(
    'ciai-development-centre',
    'institution',
    '財團法人天主教會臺中教區附設台中市私立慈愛智能發展中心',
    'Ciai Intellectual Development Centre',
    { parent: 'catholic-diocese-taichung', aliases: ['私立慈愛智能發展中心'] },
  ),
  o('taichung-infant-home', 'institution', '財團法人台灣省私立向上社會福利基金會附屬台中育嬰院', 'Taichung Infant Home', {
    parent: 'xiangshang-foundation',
    aliases: ['財團法人社會福利基金會附屬台中育嬰院'],
    note: 'Line 5877 prints the parent as 財團法人社會福利基金會 (its name missing); line 5929 prints 財團法人台灣省私立向上社會福利基金會附屬台中育嬰院. Same address (樂群街 134 號) and phone.',
  }),
  o(
    'deshuiyuan-care-home',
    'institution',
    '台中市市立德水園身心障礙教養院',
    'Taichung Municipal Deshuiyuan Care Home for People with Disabilities',
  ),
  o('xinan-qizhi-home', 'foundation', '財團法人臺中市私立馨安啓智家園', "Xin'an Qizhi Home (foundation)"),
  o('shifang-foundation', 'foundation', '財團法人十方啓智文教基金會', 'Shifang Qizhi Cultural and Educational Foundation'),
  o('shifang-training-centre', 'institution', '財團法人十方啓智文教基金會附設十方啓能中心', 'Shifang Training Centre', {
    parent: 'shifang-foundation',
  }),
  o(
    'tanzi-adult-day-care-centre',
    'institution',
    '臺中市潭子區身心障礙成人日間托育中心',
    'Tanzi Day Care Centre for Adults with Disabilities',
  ),
  o('mary-qizhi-school', 'institution', '財團法人瑪利亞社會福利基金會附設瑪利亞啓智學園', 'Mary Qizhi Day Centre', {
    parent: 'mary-foundation',
    aliases: ['瑪利亞啓智學園'],
  }),
  o('taichung-love-home', 'institution', '台中市愛心家園', 'Taichung Love Home'),
  o(
    'womens-league-hearing-foundation',
    'foundation',
    '財團法人中華民國婦聯聽障文教基金會',
    "R.O.C. Women's League Foundation for the Hearing Impaired",
  ),
  o(
    'zhide-hearing-speech-centre',
    'institution',
    '財團法人中華民國婦聯聽障文教基金會附設台中市私立至德聽語中心',
    'Zhide Hearing and Speech Centre',
    { parent: 'womens-league-hearing-foundation' },
  ),
  o(
    'shenghui-development-centre',
    'foundation',
    '財團法人臺中市私立聲暉綜合知能發展中心',
    'Shenghui Comprehensive Development Centre (foundation)',
  ),
  o(
    'disability-welfare-service-centre',
    'institution',
    '臺中市身心障礙綜合福利服務中心',
    'Taichung Comprehensive Welfare Service Centre for People with Disabilities',
  ),
  o(
    'qiming-rehabilitation-association',
    'association',
    '社團法人台中市啓明重建福利協會',
    'Taichung Qiming Rehabilitation Welfare Association',
    {
      aliases: ['社團法人台中啓明重建福利協會'],
      note: 'Line 5900 prints 社團法人台中啓明重建福利協會 (市 missing); line 5934 prints 社團法人台中市啓明重建福利協會. Same street address (華富街 46 號) and phone.',
    },
  ),
  o('tongxinyuan-rehabilitation-centre', 'institution', '同心圓社區復健中心', 'Tongxinyuan Community Rehabilitation Centre'),
  o('huahua-association', 'association', '社團法人臺灣畫話協會', 'Taiwan Huahua Association'),
  o('disability-welfare-association', 'association', '社團法人台中市身障福利協進會', 'Taichung Disability Welfare Association'),
  o(
    'disability-arts-development-association',
    'association',
    '台中市身心障礙藝術發展協會',
    'Taichung Disability Arts Development Association',
  ),
  o(
    'disability-arts-sports-association',
    'association',
    '社團法人臺中市身心障礙藝文體育推展協會',
    'Taichung Disability Arts and Sports Promotion Association',
  ),
  o(
    'disabled-sports-association',
    'association',
    '社團法人台中市身心障礙者體育會',
    'Taichung Sports Association for People with Disabilities',
  ),
  o('deaf-association', 'association', '社團法人台中市聾聾協進會', 'Taichung Deaf Association', {
    note: 'Name as printed (聾聾協進會, line 5931).',
  }),
  o('street-friends-care-association', 'association', '臺中市街友關懷協會', 'Taichung Street Friends Care Association'),
  o('samaritan-womens-care-association', 'association', '臺中市慈善撒瑪黎雅婦女關懷協會', "Taichung Samaritan Women's Care Association"),
  o('renan-foundation', 'foundation', '人安社會福利慈善事業基金會', "Ren'an Social Welfare and Charity Foundation"),
  o('tantou-holistic-care-association', 'association', '灘頭全人關懷協會', 'Tantou Holistic Care Association'),
  // named only in the body text
  o('xingshi-charity-taichung', 'association', '財團法人醒世慈善會台中縣分事務所', 'Xingshi Charity Association, Taichung County Office'),
  o('garden-of-hope-foundation', 'foundation', '勵馨社會福利事業基金會', 'Garden of Hope Foundation'),
  o('childminders-association', 'association', '社團法人臺中市保母協會', "Taichung Childminders' Association"),
  o('dekang-care-home', 'institution', '私立德康養護中心', 'Dekang Care Home'),
  o('huasui-nursing-home', 'institution', '華穗護理之家', 'Huasui Nursing Home'),
  o('runkang-nursing-home', 'institution', '潤康護理之家', 'Runkang Nursing Home'),
  o('bentang-cheng-ching-nursing-home', 'institution', '本堂澄清醫院附設護理之家', 'Bentang Cheng Ching Hospital Nursing Home'),
  o('assistive-devices-centre-south', 'institution', '臺中市南區輔具資源中心', 'Taichung Assistive Devices Resource Centre (South)'),
  o('assistive-devices-centre-north', 'institution', '臺中市北區輔具資源中心', 'Taichung Assistive Devices Resource Centre (North)'),
  o(
    'disability-transition-centre',
    'institution',
    '臺中市身心障礙者生涯轉銜通報中心',
    'Taichung Life-stage Transition Reporting Centre for People with Disabilities',
  ),
  // hospitals doing disability assessment (body lines 1823–1848)
  o('cmu-hospital', 'hospital', '中國醫藥大學附設醫院', 'China Medical University Hospital'),
  o('taichung-veterans-general-hospital', 'hospital', '臺中榮民總醫院', 'Taichung Veterans General Hospital'),
  o('csmu-hospital', 'hospital', '中山醫學大學附設醫院', 'Chung Shan Medical University Hospital'),
  o('mohw-taichung-hospital', 'hospital', '衛生福利部臺中醫院', 'Taichung Hospital, Ministry of Health and Welfare', {
    aliases: ['衛生福利部台中醫院'],
  }),
  o('mohw-fengyuan-hospital', 'hospital', '衛生福利部豐原醫院', 'Fengyuan Hospital, Ministry of Health and Welfare'),
  o('armed-forces-taichung-hospital', 'hospital', '國軍臺中總醫院', 'Taichung Armed Forces General Hospital'),
  o('cheng-ching-hospital-chung-kang', 'hospital', '澄清綜合醫院(中港分院)', 'Cheng Ching General Hospital (Chung Kang Branch)'),
  o('cheng-ching-hospital', 'hospital', '澄清綜合醫院', 'Cheng Ching General Hospital'),
  o('lin-shin-hospital', 'hospital', '林新醫院', 'Lin Shin Hospital', { aliases: ['林新醫療社團法人林新醫院'] }),
  o('tzu-chi-taichung-hospital', 'hospital', '慈濟綜合醫院(台中分院)', 'Tzu Chi General Hospital (Taichung Branch)'),
  o('kuang-tien-hospital', 'hospital', '光田綜合醫院', 'Kuang Tien General Hospital'),
  o('tungs-hospital', 'hospital', '童綜合醫院', "Tungs' General Hospital"),
  o('dajia-lees-hospital', 'hospital', '大甲李綜合醫院', "Dajia Lee's General Hospital"),
  o('dali-jen-ai-hospital', 'hospital', '大里仁愛醫院', 'Dali Jen-Ai Hospital'),
  o('taichung-jen-ai-hospital', 'hospital', '台中仁愛醫院', 'Taichung Jen-Ai Hospital'),
  o('qingbin-hospital', 'hospital', '清濱醫院', 'Qingbin Hospital'),
  o('qinghai-hospital', 'hospital', '清海醫院', 'Qinghai Hospital'),
  o('wei-shin-hospital', 'hospital', '維新醫院', 'Wei Shin Hospital'),
  o('jing-ho-hospital', 'hospital', '靜和醫院', 'Jing-Ho Hospital'),
  o('sunshine-psychiatric-hospital', 'hospital', '陽光精神科醫院', 'Sunshine Psychiatric Hospital'),
  o('hong-en-hospital-longan', 'hospital', '宏恩醫院(龍安分院)', 'Hong-En Hospital (Longan Branch)'),
  o('cheng-ching-rehabilitation-hospital', 'hospital', '澄清復建醫院', 'Cheng Ching Rehabilitation Hospital'),
  o('csmu-hospital-chung-hsing', 'hospital', '中山附醫中興分院', 'Chung Shan Medical University Hospital, Chung Hsing Branch'),
  o('new-bodhi-hospital', 'hospital', '新菩提醫院', 'New Bodhi Hospital'),
  o('xiande-hospital', 'hospital', '賢德醫院', 'Xiande Hospital'),
  // taxi companies contracted for the visually impaired taxi subsidy (body lines 2220–2228)
  o('guotong-radio-taxi', 'company', '國通無線', 'Guotong Radio Taxi'),
  o('yimei-radio-taxi', 'company', '怡美無線', 'Yimei Radio Taxi'),
  o('yonglong-radio-taxi', 'company', '永隆無線', 'Yonglong Radio Taxi'),
  o('feigou-radio-taxi', 'company', '飛狗無線', 'Feigou Radio Taxi'),
  o('taichung-radio-taxi', 'company', '臺中無線', 'Taichung Radio Taxi'),
  o('metropolitan-taxi-fleet', 'company', '大都會車隊', 'Metropolitan Taxi Fleet'),
  o('yuanfu-taxi', 'company', '元富計程車行', 'Yuanfu Taxi'),
  o('zhonghua-taxi-fleet', 'company', '中華大車隊', 'Zhonghua Taxi Fleet'),
  o('xiahouli-taxi', 'company', '下后里計程車行', 'Xiahouli Taxi'),
];

const ORG_BY_KEY = new Map<string, OrgDef>();
for (const def of ORGS) for (const n of [def.zh, ...(def.aliases ?? [])]) ORG_BY_KEY.set(nameKey(n), def);
/** The organisation a printed name stands for (throws if the dictionary lacks it, so nothing is silently dropped). */
function orgFor(printed: string): OrgDef {
  const def = ORG_BY_KEY.get(nameKey(printed));
  if (!def) throw new Error(`no organisation for «${printed}»`);
  return def;
}

// ───────────────────────────── bureau, agencies, district offices ─────────────────────────────

const BUILDINGS = {
  'taiwan-boulevard-building': { zh: '臺灣大道市政大樓', en: 'Taiwan Boulevard City Hall Building', line: 5407 },
  'yangming-building': { zh: '陽明市政大樓', en: 'Yangming City Hall Building', line: 5409 },
} as const;
type BuildingId = keyof typeof BUILDINGS;

interface UnitDef {
  id: string;
  zh: string;
  en: string;
  kind: OrgKind;
  parent: string;
  lines: [number, number];
  ranges: { building?: BuildingId; printed: string; line: number }[];
  switchboard: 'bureau' | 'renai';
  note?: string;
}
const TB: BuildingId = 'taiwan-boulevard-building';
const YM: BuildingId = 'yangming-building';
const u = (
  id: string,
  zh: string,
  en: string,
  kind: OrgKind,
  parent: string,
  lines: [number, number],
  ranges: UnitDef['ranges'],
  switchboard: UnitDef['switchboard'] = 'bureau',
  note?: string,
): UnitDef => ({ id, zh, en, kind, parent, lines, ranges, switchboard, note });

const UNITS: UnitDef[] = [
  u(
    'bureau-social-assistance',
    '社會救助科',
    'Social Assistance Division',
    'division',
    'bureau',
    [5411, 5415],
    [
      { building: TB, printed: '37201 ~ 37233', line: 5413 },
      { building: YM, printed: '38201 ~ 38212', line: 5415 },
    ],
  ),
  u(
    'bureau-disability-welfare',
    '身心障礙福利科',
    'Disability Welfare Division',
    'division',
    'bureau',
    [5417, 5421],
    [
      { building: TB, printed: '37301 ~ 37336', line: 5419 },
      { building: YM, printed: '38301 ~ 38309', line: 5421 },
    ],
  ),
  u(
    'bureau-senior-welfare',
    '長青福利科',
    'Senior Citizens Welfare Division',
    'division',
    'bureau',
    [5423, 5425],
    [{ building: TB, printed: '37401 ~ 37442', line: 5425 }],
  ),
  u(
    'bureau-women-children',
    '婦女及兒少福利科',
    'Women, Children and Youth Welfare Division',
    'division',
    'bureau',
    [5427, 5431],
    [
      { building: TB, printed: '37500~37530、37600~37611', line: 5429 },
      { building: YM, printed: '38502 ~ 38505', line: 5431 },
    ],
  ),
  u(
    'bureau-social-work',
    '社會工作科',
    'Social Work Division',
    'division',
    'bureau',
    [5433, 5435],
    [{ building: TB, printed: '37701 ~ 37722', line: 5435 }],
  ),
  u(
    'bureau-civic-groups',
    '人民團體科',
    'Civic Organizations Division',
    'division',
    'bureau',
    [5437, 5441],
    [
      { building: TB, printed: '37801 ~ 37811', line: 5439 },
      { building: YM, printed: '38101 ~ 38106', line: 5441 },
    ],
  ),
  u(
    'bureau-secretariat',
    '秘書室',
    'Secretariat',
    'division',
    'bureau',
    [5443, 5447],
    [
      { building: TB, printed: '37901 ~ 37911', line: 5445 },
      { building: YM, printed: '38041 ~ 38043', line: 5447 },
    ],
  ),
  u(
    'bureau-planning',
    '綜合企劃科',
    'Planning Division',
    'division',
    'bureau',
    [5449, 5451],
    [{ printed: '37101 ~ 37111、37972', line: 5451 }],
    'bureau',
    'No building is printed for these extensions (line 5451).',
  ),
  u(
    'bureau-ethics',
    '政風室',
    'Civil Service Ethics Office',
    'division',
    'bureau',
    [5453, 5455],
    [{ printed: '38045 ~ 38046', line: 5455 }],
    'bureau',
    'No building is printed for these extensions (line 5455).',
  ),
  u(
    'bureau-accounting',
    '會計室',
    'Accounting Office',
    'division',
    'bureau',
    [5457, 5457],
    [{ printed: '37951 ~ 37960', line: 5457 }],
    'bureau',
    'No building is printed for these extensions.',
  ),
  u(
    'bureau-personnel',
    '人事室',
    'Personnel Office',
    'division',
    'bureau',
    [5459, 5459],
    [{ printed: '37931 ~ 37938', line: 5459 }],
    'bureau',
    'No building is printed for these extensions.',
  ),
  u(
    'bureau-mail',
    '總收發',
    'Mail and Document Office',
    'division',
    'bureau',
    [5461, 5461],
    [{ printed: '37921 ~ 37926', line: 5461 }],
    'bureau',
    'No building is printed for these extensions.',
  ),
  u(
    'dv-center-planning',
    '綜合規劃組',
    'Planning Unit',
    'agency-unit',
    'dv-center',
    [5471, 5471],
    [{ printed: '38806 ~ 38809、38811 ~ 38818', line: 5471 }],
  ),
  u(
    'dv-center-child-protection',
    '兒童及少年保護組',
    'Child and Youth Protection Unit',
    'agency-unit',
    'dv-center',
    [5473, 5475],
    [{ printed: '38822 ~ 38868、38915、38916、38918 ~ 38920', line: 5474 }],
    'bureau',
    'The name and ranges are broken over lines 5473–5475. The range 38822 ~ 38868 as printed contains 38841 ~ 38848, which line 5480 gives to 性侵害保護扶助組.',
  ),
  u(
    'dv-center-adult-protection',
    '成人保護組',
    'Adult Protection Unit',
    'agency-unit',
    'dv-center',
    [5477, 5477],
    [{ printed: '38871~38893、38951~38963', line: 5477 }],
  ),
  u(
    'dv-center-sexual-assault',
    '性侵害保護扶助組',
    'Sexual Assault Protection and Assistance Unit',
    'agency-unit',
    'dv-center',
    [5479, 5481],
    [{ printed: '38841~38848、38913、38921~38938', line: 5480 }],
    'bureau',
    'Lines 5480–5481 print 38841~38848 and, on the next line, 38913、38921~38938 (the 、 between them is not printed). 38841 ~ 38848 lies inside the 兒童及少年保護組 range 38822 ~ 38868 as printed.',
  ),
  u(
    'dv-center-accounting',
    '會計室',
    'Accounting Office',
    'agency-unit',
    'dv-center',
    [5483, 5483],
    [{ printed: '38901~38902', line: 5483 }],
  ),
  u('dv-center-personnel', '人事室', 'Personnel Office', 'agency-unit', 'dv-center', [5485, 5485], [{ printed: '38981', line: 5485 }]),
  u(
    'renai-home-general-affairs',
    '總務組',
    'General Affairs Unit',
    'agency-unit',
    'renai-home',
    [5493, 5493],
    [{ printed: '1130 ~ 1138', line: 5493 }],
    'renai',
  ),
  u(
    'renai-home-counselling',
    '輔導組',
    'Counselling Unit',
    'agency-unit',
    'renai-home',
    [5495, 5495],
    [{ printed: '1110 ~ 1116', line: 5495 }],
    'renai',
  ),
  u(
    'renai-home-health',
    '保健組',
    'Health Care Unit',
    'agency-unit',
    'renai-home',
    [5497, 5497],
    [{ printed: '1120 ~ 1122', line: 5497 }],
    'renai',
  ),
  u(
    'renai-home-accounting',
    '會計室',
    'Accounting Office',
    'agency-unit',
    'renai-home',
    [5499, 5499],
    [{ printed: '1201、1202', line: 5499 }],
    'renai',
  ),
  u(
    'renai-home-personnel',
    '人事室',
    'Personnel Office',
    'agency-unit',
    'renai-home',
    [5501, 5501],
    [{ printed: '1203', line: 5501 }],
    'renai',
  ),
];

function rangesOf(spec: string, building?: BuildingId): { extensions?: string[]; extensionRanges?: ExtRange[] } {
  const parsed = parseExtensions(spec.replace(/\s*~\s*/g, '~'));
  for (const r of parsed.extensionRanges ?? []) if (building) r.building = building;
  return parsed;
}
for (const unit of UNITS) {
  if (unit.switchboard !== 'bureau') continue;
  for (const r of unit.ranges) {
    const p = rangesOf(r.printed);
    for (const x of p.extensionRanges ?? []) SWITCHBOARD_RANGES.push({ from: Number(x.from), to: Number(x.to), who: unit.id });
    for (const x of p.extensions ?? []) SWITCHBOARD_RANGES.push({ from: Number(x), to: Number(x), who: unit.id });
  }
}

// ───────────────────────────── record stores ─────────────────────────────

export interface Note {
  kind: 'doubt' | 'source-error' | 'conflict' | 'extraction' | 'merge' | 'info';
  text: string;
}
interface Source {
  document: string;
  file: string;
  lines: [number, number];
  table?: string;
  chapter?: string;
  item?: string;
  heading?: string;
}
const src = (lines: [number, number], table?: string): Source => ({ document: DOC, file: SOURCE_FILE, lines, ...(table ? { table } : {}) });

const organizations = new Map<string, Json>();
const services = new Map<string, Json>();
const locations = new Map<string, Json>(); // by id
const locationByKey = new Map<string, string>();
const appendixRows: Json[] = [];

function addNote(rec: Json, kind: Note['kind'], text: string) {
  rec.notes ??= [];
  if (!rec.notes.some((n: Note) => n.text === text)) rec.notes.push({ kind, text });
}

/** Creates (once) the organisation record of a dictionary entry. */
function ensureOrg(def: OrgDef, lines: [number, number], table?: string, printed?: string): Json {
  let rec = organizations.get(def.id);
  if (!rec) {
    rec = { id: def.id, name: { 'zh-Hant': def.zh, en: def.en }, kind: def.kind };
    if (def.parent) rec.parent = def.parent;
    rec.source = src(lines, table);
    if (def.note) addNote(rec, 'doubt', def.note);
    organizations.set(def.id, rec);
    if (def.parent) {
      const parentDef = ORGS.find((d) => d.id === def.parent);
      if (parentDef && !organizations.has(parentDef.id)) ensureOrg(parentDef, lines, table);
    }
  }
  if (printed) {
    const p = clean(printed);
    if (nameKey(p) !== nameKey(rec.name['zh-Hant'])) {
      rec.alternateNames ??= [];
      if (!rec.alternateNames.includes(p)) rec.alternateNames.push(p);
    }
  }
  return rec;
}

// ───────────────────────────── locations ─────────────────────────────

const DISTRICT_RE = /^(?:\d{3,5}\s*)?[臺台]中市(\S{1,3}?區)/;
interface PlaceResult {
  locationIds: string[];
  unlocated: { printed: string; lines: [number, number]; reason: string }[];
  notes: string[];
}

/** Splits a printed address cell into locations; building names in brackets go to location.name. */
export function place(cell: string, lines: [number, number], table: string): PlaceResult {
  const res: PlaceResult = { locationIds: [], unlocated: [], notes: [] };
  const parts: string[] = [];
  for (const part of fold(cell).split(/\s+(?=[臺台](?:中|北)市|南投縣)/)) {
    // a postal code printed before the city belongs to the address that follows
    if (parts.length && /^\d{3,5}$/.test(parts[parts.length - 1]!)) parts[parts.length - 1] += ` ${part}`;
    else parts.push(part);
  }
  for (const raw of parts) {
    let addr = raw;
    let name: string | undefined;
    const cohab = addr.match(/[（(](暫與[^）)]*)[）)]/);
    if (cohab) {
      res.notes.push(`The address is printed with (${cohab[1]}).`);
      addr = addr.replace(cohab[0], '');
    }
    const dash = addr.match(/\s+-\s+(.+)$/);
    if (dash) {
      name = dash[1];
      addr = addr.slice(0, dash.index);
    }
    const bracket = addr.match(/\s*[（(]([^）)]+)[）)]\s*(.*)$/);
    if (bracket && !/^[\d.、\s]+樓$/.test(bracket[1]!)) {
      name = fold(`${bracket[1]} ${bracket[2] ?? ''}`);
      addr = addr.slice(0, bracket.index);
    }
    addr = clean(addr);
    const m = DISTRICT_RE.exec(addr.replace(/\s+/g, ''));
    const district = m ? DISTRICT_BY_ZH.get(m[1]!) : undefined;
    if (!district) {
      const reason = /^[臺台]北市|^南投縣/.test(addr)
        ? 'outside Taichung City'
        : m
          ? `the printed district ${m[1]} is not one of the 29 districts`
          : 'printed without a district';
      res.unlocated.push({ printed: fold(raw), lines, reason });
      continue;
    }
    const key = addressKey(addr);
    let id = locationByKey.get(key);
    if (!id) {
      id = `loc-${district.id}-${hash6(key)}`;
      const afterDistrict = addr.replace(/\s+/g, '').slice(m![0].length);
      const village = /^(\S{1,3}?里)/.exec(afterDistrict)?.[1];
      const loc: Json = { id, address: addr, district: district.name['zh-Hant'] };
      if (village && !/路|街|巷|號/.test(village)) loc.village = village;
      if (name) loc.name = { 'zh-Hant': name, en: buildingEn(name) };
      loc.source = src(lines, table);
      locations.set(id, loc);
      locationByKey.set(key, id);
    } else if (name && !locations.get(id).name) {
      locations.get(id).name = { 'zh-Hant': name, en: buildingEn(name) };
    }
    if (!res.locationIds.includes(id)) res.locationIds.push(id);
  }
  return res;
}

const BUILDING_EN: Record<string, string> = {
  惠中樓: 'Huizhong Building',
  婦幼館: "Women and Children's Hall",
  '葫蘆墩家庭福利服務中心 2 樓': 'Hulutun Family Welfare Service Centre, 2nd floor',
  '臺中市兒童福利服務中心 2 樓': "Taichung Children's Welfare Service Centre, 2nd floor",
  '臺中市大甲婦女福利服務中心 2 樓': "Dajia Women's Welfare Service Centre, 2nd floor",
  '臺中市兒童青少年福利服務中心 1 樓': 'Taichung Children and Youth Welfare Service Centre, 1st floor',
  老人福利服務中心: 'Senior Welfare Service Centre',
  福安地區各里聯合活動中心: 'Fu-an joint village activity centre',
  沙鹿社區活動中心: 'Shalu community activity centre',
  聖愛山莊: "Sheng'ai Villa",
  '管理學院 T2-519': 'College of Management, room T2-519',
  '清海國中 正心樓1樓教室': 'Qinghai Junior High School, Zhengxin Building, 1st-floor classroom',
  七福弘邦大樓: 'Qifu Hongbang Building',
  棟樑活動中心: 'Dongliang activity centre',
};
function buildingEn(zh: string): string {
  const en = BUILDING_EN[zh];
  if (!en) throw new Error(`no English name for building «${zh}»`);
  return en;
}

// ───────────────────────────── appendix institution tables ─────────────────────────────

interface RawRow {
  line: number;
  title: string;
  cells: Record<string, string>;
  printedName: string;
}

/** Parses the tab-separated rows of the institution tables (lines 5538–5957). */
export function parseInstitutionRows(first = 5538, last = 5957): RawRow[] {
  const HEADER = /^(機構名稱|中心名稱|機關名稱|單位名稱|序號|服務區域)\t/;
  const rows: RawRow[] = [];
  let title = '';
  let header: string[] = [];
  for (let n = first; n <= last; n++) {
    const l = line(n);
    const t = l.trim();
    if (!t || /^2015\s*福利導航/.test(t) || t.startsWith('- (')) continue;
    if (HEADER.test(l)) {
      header = l.split('\t').map((s) => s.replace(/\s/g, ''));
      continue;
    }
    if (l.includes('\t')) {
      const cells: Record<string, string> = {};
      l.split('\t').forEach((c, k) => {
        cells[header[k] ?? `col${k}`] = c;
      });
      const tableTitle = title === '類型：失智' ? '臺中市 104 年日間照顧服務提供單位 類型：失智' : title;
      const printedName = fold(cells['機構名稱'] ?? cells['中心名稱'] ?? cells['機關名稱'] ?? cells['單位名稱'] ?? cells['承辦單位'] ?? '');
      rows.push({ line: n, title: tableTitle, cells, printedName });
      continue;
    }
    title = t;
  }
  return rows;
}

type Mode = 'named' | 'provider' | 'facility' | 'happy-school' | 'academy';
interface TableCfg {
  title: string;
  key: string;
  category: string;
  mode: Mode;
  zh?: string;
  en?: string;
}
const TABLES: TableCfg[] = [
  { title: '社區保母系統', key: 'childminder-system', category: 'childcare', mode: 'named' },
  { title: '青少年、兒童服務單位', key: 'child-youth-centre', category: 'child-youth', mode: 'named' },
  { title: '托育資源中心', key: 'childcare-resource-centre', category: 'childcare', mode: 'named' },
  { title: '臺中市公設民營托嬰中心', key: 'public-infant-care-centre', category: 'childcare', mode: 'named' },
  { title: '早期兒童療育服務單位', key: 'early-intervention-centre', category: 'early-intervention', mode: 'named' },
  { title: '婦女及單親福利服務中心', key: 'women-welfare-centre', category: 'women-single-parent', mode: 'named' },
  {
    title: '袋鼠與企鵝的家－臺中市單親家庭網絡補給站',
    key: 'single-parent-supply-station',
    category: 'women-single-parent',
    mode: 'provider',
    zh: '單親家庭網絡補給站（袋鼠與企鵝的家）',
    en: 'Single-parent family support station ("Home of Kangaroos and Penguins")',
  },
  { title: '新移民服務單位', key: 'new-immigrant-centre', category: 'new-immigrants', mode: 'named' },
  {
    title: '臺中市新移民家庭社區服務據點',
    key: 'new-immigrant-community-point',
    category: 'new-immigrants',
    mode: 'provider',
    zh: '新移民家庭社區服務據點',
    en: 'Community service point for new-immigrant families',
  },
  { title: '長青學苑服務單位', key: 'evergreen-academy', category: 'seniors-learning', mode: 'academy' },
  {
    title: '臺中市 104 年日間照顧服務提供單位 類型：失能、失智混合型',
    key: 'senior-day-care',
    category: 'day-care',
    mode: 'provider',
    zh: '日間照顧服務（失能、失智混合型）',
    en: 'Day care for older people (physical disability and dementia)',
  },
  {
    title: '臺中市 104 年日間照顧服務提供單位 類型：失智',
    key: 'dementia-day-care',
    category: 'day-care',
    mode: 'provider',
    zh: '日間照顧服務（失智型）',
    en: 'Day care for older people with dementia',
  },
  {
    title: '愛心手鍊服務提供單位',
    key: 'love-bracelet',
    category: 'senior-services',
    mode: 'provider',
    zh: '愛心手鍊服務',
    en: 'Love bracelet (ID bracelet for people who may get lost)',
  },
  {
    title: '失能老人居家服務支援中心服務單位',
    key: 'senior-home-care-support',
    category: 'home-care',
    mode: 'provider',
    zh: '失能老人居家服務支援中心',
    en: 'Home-care support centre for older people',
  },
  {
    title: '失能老人家庭托顧服務單位',
    key: 'senior-family-care',
    category: 'day-care',
    mode: 'provider',
    zh: '失能老人家庭托顧服務',
    en: 'Family-based day care for older people',
  },
  {
    title: '獨居老人緊急救援系統－服務單位',
    key: 'emergency-alarm',
    category: 'senior-services',
    mode: 'provider',
    zh: '獨居老人緊急救援系統',
    en: 'Emergency alarm service for older people living alone',
  },
  {
    title: '老人營養餐飲服務服務單位',
    key: 'senior-meals',
    category: 'senior-services',
    mode: 'provider',
    zh: '老人營養餐飲服務',
    en: 'Meals for older people',
  },
  { title: '長青快樂學堂服務提供單位', key: 'evergreen-happy-school', category: 'seniors-learning', mode: 'happy-school' },
  {
    title: '身心障礙者各區居家服務支援中心',
    key: 'disability-home-care-support',
    category: 'home-care',
    mode: 'provider',
    zh: '身心障礙者居家服務支援中心',
    en: 'Home-care support centre for people with disabilities',
  },
  {
    title: '身心障礙者送餐服務',
    key: 'disability-meals',
    category: 'disability-services',
    mode: 'provider',
    zh: '身心障礙者送餐服務',
    en: 'Meal delivery for people with disabilities',
  },
  {
    title: '小型復康巴士調度中心',
    key: 'rehabus-dispatch',
    category: 'disability-services',
    mode: 'provider',
    zh: '小型復康巴士調度中心',
    en: 'Rehabilitation bus (accessible minibus) dispatch centre',
  },
  {
    title: '104 年度身心障礙者社區樂活補給站',
    key: 'disability-lohas-station',
    category: 'disability-services',
    mode: 'provider',
    zh: '身心障礙者社區樂活補給站',
    en: 'Community wellbeing station for people with disabilities',
  },
  {
    title: '104 年度身心障礙者社區日間作業設施服務',
    key: 'disability-day-workshop',
    category: 'disability-services',
    mode: 'provider',
    zh: '身心障礙者社區日間作業設施',
    en: 'Community day workshop for people with disabilities',
  },
  {
    title: '104 年度身心障礙者社區關懷據點',
    key: 'disability-care-point',
    category: 'disability-services',
    mode: 'provider',
    zh: '身心障礙者社區關懷據點',
    en: 'Community care point for people with disabilities',
  },
  {
    title: '104 年度身心障礙者社區式日間照顧服務',
    key: 'disability-day-care',
    category: 'disability-services',
    mode: 'provider',
    zh: '身心障礙者社區式日間照顧服務',
    en: 'Community day care for people with disabilities',
  },
  { title: '臺中市身心障礙福利機構', key: 'disability-facility', category: 'disability-facilities', mode: 'facility' },
  {
    title: '身心障礙者個人生活重建暨家庭照顧者支持與訓練及研習服務計畫承辦單位',
    key: 'disability-rebuilding-carer-support',
    category: 'disability-services',
    mode: 'provider',
  },
  {
    title: '臺中市身心障礙者社區參與能力培力計畫承辦單位',
    key: 'disability-participation-training',
    category: 'disability-services',
    mode: 'provider',
  },
  {
    title: '臺中市遊民輔導服務團體一覽表',
    key: 'homeless-service',
    category: 'homeless',
    mode: 'provider',
    zh: '遊民輔導服務',
    en: 'Services for homeless people',
  },
  { title: '志願服務推廣中心', key: 'volunteer-centre', category: 'volunteering', mode: 'named' },
];

const PLACE_EN: Record<string, string> = {
  市區: 'City',
  山線: 'Mountain Line',
  海線: 'Coastal Line',
  大甲: 'Dajia',
  大屯: 'Datun',
  沙鹿: 'Shalu',
  豐原: 'Fengyuan',
  太平: 'Taiping',
  西大墩: 'Xidadun',
  三十張犁: 'Sanshizhangli',
  犁頭店: 'Litoudian',
  綠川: 'Lüchuan',
  向晴: 'Xiangqing',
  葫蘆墩: 'Hulutun',
};
const ZH_DIGIT: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6' };
function districtEn(zh: string): string {
  const d = DISTRICT_BY_ZH.get(zh);
  if (!d) throw new Error(`unknown district ${zh}`);
  return d.name.en;
}
/** English name for a centre the appendix names. */
function namedServiceEn(zh: string): string {
  let m: RegExpMatchArray | null;
  if ((m = zh.match(/^臺中市第(.)區社區保母系統$/))) return `Community Childminder System, Zone ${ZH_DIGIT[m[1]!]}`;
  if ((m = zh.match(/^臺中市第(.)區兒童發展社區資源中心$/))) return `Child Development Community Resource Centre, Zone ${ZH_DIGIT[m[1]!]}`;
  if ((m = zh.match(/^(.+)托育資源中心$/))) return `${PLACE_EN[m[1]!]} Childcare Resource Centre`;
  if ((m = zh.match(/^臺中市公設民營(.+)托嬰中心$/))) return `${PLACE_EN[m[1]!]} Public Infant Care Centre (privately run)`;
  if ((m = zh.match(/^臺中市(.+)婦女福利服務中心$/))) return `${PLACE_EN[m[1]!]} Women's Welfare Service Centre`;
  if ((m = zh.match(/^臺中市(.+)（單親）家庭福利服務中心$/)))
    return `${PLACE_EN[m[1]!]} Family Welfare Service Centre (single-parent families)`;
  if ((m = zh.match(/^臺中市(.*)新移民家庭服務中心$/))) return `${m[1] ? PLACE_EN[m[1]] + ' ' : ''}New Immigrant Family Service Centre`;
  const fixed: Record<string, string> = {
    臺中市青少年福利服務中心: 'Taichung Youth Welfare Service Centre',
    臺中市兒童福利服務中心: "Taichung Children's Welfare Service Centre",
    臺中市兒童青少年福利服務中心: 'Taichung Children and Youth Welfare Service Centre',
    臺中市兒童發展啓蒙資源中心: 'Taichung Child Development Early Learning Resource Centre',
    臺中市兒童發展通報中心: 'Taichung Child Development Reporting Centre',
    臺中市新移民多元圖書室: 'Taichung New Immigrants Multicultural Library',
    臺中市志願服務推廣中心: 'Taichung Volunteer Service Promotion Centre',
  };
  const en = fixed[zh];
  if (!en) throw new Error(`no English name for «${zh}»`);
  return en;
}
const HAPPY_EN: Record<string, string> = {
  福氣: 'Fuqi',
  方舟: 'Ark',
  信義: 'Xinyi',
  沙鹿: 'Shalu',
  聖愛: "Sheng'ai",
  朝陽: 'Chaoyang',
  Tayan: 'Tayan',
  新社區: 'Xinshe District',
  東區: 'East District',
  草湳: 'Caonan',
  清水: 'Qingshui',
};
const TRAINING_EN: Record<string, string> = {
  現代繪畫創作: 'modern painting',
  繪畫: 'painting',
  '押花班 歌唱班': 'pressed-flower class, singing class',
  音樂: 'music',
  無限定打擊樂: 'percussion',
  歌唱訓練: 'singing',
  '創意繪畫 手作舞蹈': 'creative painting, handicraft and dance',
  打擊音樂: 'percussion music',
  太極鼓: 'taiko drumming',
  大鼓: 'big drum',
  皮雕: 'leather carving',
  '1. 輪椅國標 2. 陶笛 口琴': '1. wheelchair ballroom dance 2. ocarina and harmonica',
  太鼓演奏: 'taiko performance',
  輪椅舞蹈: 'wheelchair dance',
  '手語歌、舞蹈、表演舞台觀': 'sign-language songs, dance, stage performance',
  聽損兒童樂團: 'band for children with hearing loss',
  童心親子太鼓班: 'parent-child taiko class',
  '烏克麗麗班 歌唱班 讀書會': 'ukulele class, singing class, reading group',
};
const FACILITY_TYPE_EN: Record<string, string> = {
  住宿生活照顧: 'Residential care',
  '住宿/日間生活照顧': 'Residential and day care',
  '住宿/日間生活': 'Residential and day care',
  住宿式照顧: 'Residential care',
  日間生活照顧: 'Day care',
  '日間生活照顧/福利服務中心': 'Day care / welfare service centre',
  福利服務中心: 'Welfare service centre',
};

function districtOfficeFor(printed: string): string | undefined {
  const m = nameKey(printed).match(/^臺中市(.+區)公所$/);
  const d = m ? DISTRICT_BY_ZH.get(m[1]!) : undefined;
  return d ? `district-office-${d.id}` : undefined;
}
const squash = (s: string) => s.replace(/\s+/g, '');

function setArea(svc: Json, printed: string | undefined) {
  if (!printed || !printed.trim()) return;
  const { area, notes } = parseArea(printed);
  svc.serviceAreaPrinted = fold(printed);
  if (area) svc.serviceArea = area;
  for (const n of notes) addNote(svc, 'info', n);
}
function setPlace(svc: Json, cell: string | undefined, lines: [number, number], table: string) {
  svc.locationIds ??= [];
  if (!cell || !cell.trim()) return;
  const p = place(cell, lines, table);
  for (const id of p.locationIds) if (!svc.locationIds.includes(id)) svc.locationIds.push(id);
  for (const x of p.unlocated) {
    (svc.unlocatedAddresses ??= []).push(x);
  }
  for (const n of p.notes) addNote(svc, 'info', n);
}
function setOrgPlace(org: Json, cell: string | undefined, lines: [number, number], table: string) {
  if (!cell) return;
  const p = place(cell, lines, table);
  org.locationIds ??= [];
  for (const id of p.locationIds) if (!org.locationIds.includes(id)) org.locationIds.push(id);
  for (const x of p.unlocated)
    addNote(org, 'info', `Registered office printed as «${x.printed}» (line ${x.lines[0]}) is not placed: ${x.reason}.`);
}
function addPhones(svc: Json, cell: string | undefined, kind: 'voice' | 'fax', lines: [number, number]) {
  if (!cell || !cell.trim()) return;
  const phones = parsePhones(cell, kind, lines);
  if (!phones.length) throw new Error(`no phone parsed from «${cell}» (line ${lines[0]})`);
  for (const p of phones) checkSwitchboardExtensions(p, svc.id);
  (svc.phones ??= []).push(...phones);
}

function processRow(row: RawRow, cfg: TableCfg, index: number): Json {
  const id = `${cfg.key}-${String(index).padStart(2, '0')}`;
  const c = row.cells;
  const lines: [number, number] = [row.line, row.line];
  const name = row.printedName;
  const svc: Json = { id, name: {}, category: cfg.category };
  let reason = 'one service record';
  if (cfg.mode === 'named') {
    const m = name.match(/^(.*?)\s*[（(]委託(.+?)(?:辦理|承辦)[）)]\s*$/);
    const zh = clean(m ? m[1]! : name).replace(/^台中市/, '臺中市');
    svc.name = { 'zh-Hant': clean(m ? m[1]! : name), en: namedServiceEn(nameKey(zh).replace(/\(/g, '（').replace(/\)/g, '）')) };
    svc.organizationId = 'taichung-city-government';
    if (m) {
      const op = ensureOrg(orgFor(m[2]!), lines, row.title, m[2]!);
      svc.operatorId = op.id;
      reason = `service record; operator ${op.id} from «委託${clean(m[2]!)}»`;
    } else {
      addNote(svc, 'info', 'The row names no operator; the centre is listed under Taichung City Government.');
    }
  } else if (cfg.mode === 'academy') {
    const zh = clean(name);
    const dm = zh.match(/^(.+區)長青學苑$/);
    svc.name = {
      'zh-Hant': zh,
      en: zh === '大甲日南區長青學苑' ? 'Evergreen Academy, Dajia Rinan' : `Evergreen Academy, ${districtEn(dm![1]!)}`,
    };
    const opPrinted = c['服務區域']!;
    if (squash(opPrinted) === '臺中市政府社會局自辦') {
      svc.organizationId = 'bureau';
      reason = 'service record; the column headed 服務區域 reads 臺中市政府社會局自辦 (run by the bureau itself)';
    } else {
      const dOffice = districtOfficeFor(opPrinted);
      svc.organizationId = dOffice ?? ensureOrg(orgFor(opPrinted), lines, row.title, opPrinted).id;
      reason = `service record; the column headed 服務區域 names the operator «${fold(opPrinted)}», read as the organisation that runs it`;
    }
    addNote(
      svc,
      'extraction',
      'In this table the column headed 服務區域 names the operator, not a service area; no service area is printed.',
    );
  } else if (cfg.mode === 'happy-school') {
    const m = fold(c['承辦單位']!).match(/^(.*?)\s*\((.+)\)$/)!;
    const school = fold(m[2]!);
    const prefix = squash(school).replace(/長青快樂學堂$/, '');
    svc.name = { 'zh-Hant': school, en: `${HAPPY_EN[prefix]} Evergreen Happy School` };
    svc.organizationId = ensureOrg(orgFor(m[1]!), lines, row.title, m[1]!).id;
    setArea(svc, c['服務區域']);
  } else if (cfg.mode === 'facility') {
    const m = name.match(/^(.*?)\s*[（(]臺中市政府委託(.+?)(?:經營管理)?[）)]$/);
    const inst = ensureOrg(orgFor(m ? m[1]! : name), lines, row.title, m ? m[1]! : name);
    const type = squash(c['類別'] ?? '');
    svc.organizationId = inst.id;
    if (m) {
      svc.operatorId = ensureOrg(orgFor(m[2]!), lines, row.title, m[2]!).id;
      reason = `service record; institution ${inst.id}, operator ${svc.operatorId} from «臺中市政府委託${clean(m[2]!)}»`;
    } else reason = `service record; institution ${inst.id}`;
    const typeEn = FACILITY_TYPE_EN[type];
    if (!typeEn) throw new Error(`no English for facility type ${type}`);
    svc.name = { 'zh-Hant': `${clean(m ? m[1]! : name)}（${type}）`, en: `${inst.name.en}: ${typeEn.toLowerCase()}` };
  } else {
    // provider: the row names the body that provides the service.
    let orgPrinted = name;
    let suffix: string | undefined;
    const paren = name.match(/^(.*?)\s*[（(](.+)[）)]$/);
    if (paren) {
      orgPrinted = paren[1]!;
      suffix = clean(paren[2]!);
    }
    if (nameKey(name).startsWith('人安社會福利慈善事業基金會')) {
      orgPrinted = '人安社會福利慈善事業基金會';
      suffix = '臺中平安站';
    }
    let org = ensureOrg(orgFor(orgPrinted), lines, row.title, orgPrinted);
    if (suffix === '台中市愛心家園') {
      svc.operatorId = org.id;
      org = ensureOrg(orgFor(suffix), lines, row.title, suffix);
      reason =
        'service record; the row names 財團法人瑪利亞社會福利基金會(台中市愛心家園): the home is the organisation, the foundation its operator (as in line 5890)';
    }
    svc.organizationId = org.id;
    let zh = cfg.zh;
    let en = cfg.en;
    if (cfg.key === 'disability-rebuilding-carer-support') {
      zh = fold(c['計畫名稱']!);
      const kindText = squash(c['備註'] ?? '');
      en =
        kindText.includes('生活重建') && kindText.includes('照顧者')
          ? 'Life rebuilding, and support and training for family carers of people with disabilities'
          : kindText.includes('生活重建')
            ? 'Life rebuilding for people with disabilities'
            : 'Support and training for family carers of people with disabilities';
      svc.description = { 'zh-Hant': fold(c['備註'] ?? '') };
    } else if (cfg.key === 'disability-participation-training') {
      const item = fold(c['培訓項目']!);
      // The TRAINING_EN keys are the items without the spaces that cell wrapping put inside words
      // (line 5911 繪 畫, 5913 音 樂, 5931 手語歌、 舞蹈、, 5933 太鼓 班); the zh name uses that key.
      const key = item in TRAINING_EN ? item : Object.keys(TRAINING_EN).find((k) => squash(k) === squash(item));
      if (!key) throw new Error(`no English for training ${item}`);
      zh = `身心障礙者社區參與能力培力計畫：${key}`;
      en = `Community participation training for people with disabilities: ${TRAINING_EN[key]}`;
    } else if (cfg.key === 'homeless-service') {
      svc.description = { 'zh-Hant': fold(c['服務內容'] ?? '') };
    }
    if (suffix && suffix !== '台中市愛心家園') {
      const SUFFIX_EN: Record<string, string> = {
        西大墩社區老人照顧服務中心: 'Xidadun Community Senior Care Centre',
        臺中平安站: "Taichung Ping'an Station",
      };
      zh = `${zh}：${suffix}`;
      en = `${en}: ${SUFFIX_EN[suffix]}`;
    }
    svc.name = { 'zh-Hant': zh!, en: en! };
    setOrgPlace(org, c['會址'], lines, row.title);
  }
  if (cfg.mode !== 'happy-school' && cfg.mode !== 'academy') setArea(svc, c['服務區域']);
  setPlace(svc, c['地址'] ?? c['辦理地點'], lines, row.title);
  addPhones(svc, c['電話'] ?? c['聯絡電話'], 'voice', lines);
  addPhones(svc, c['傳真'], 'fax', lines);
  svc.source = src(lines, row.title);
  services.set(id, svc);
  appendixRows.push({ table: row.title, section: 'institutions', lines, name: name, status: 'kept', recordId: id, reason });
  return svc;
}

// ───────────────────────────── building the bureau, agencies, district offices ─────────────────────────────

const BUREAU_TABLE = '臺中市政府社會局各科室電話一覽表';
const AGENCY_TABLE = '臺中市政府社會局二級機關';
const OFFICE_TABLE = '臺中市政府各公所電話一覽表';

function buildBureau() {
  const tb = place('臺中市西屯區臺灣大道三段 99 號 2、3 樓、10 樓 (惠中樓)', [5407, 5407], BUREAU_TABLE).locationIds[0]!;
  const ym = place('臺中市豐原區陽明街 36 號 3 樓', [5409, 5409], BUREAU_TABLE).locationIds[0]!;
  const buildingLoc: Record<BuildingId, string> = { 'taiwan-boulevard-building': tb, 'yangming-building': ym };
  const ymLoc = locations.get(ym);
  ymLoc.name = { 'zh-Hant': '陽明市政大樓', en: 'Yangming City Hall Building' };
  const city = ensureOrg(
    ORGS.find((d) => d.id === 'taichung-city-government')!,
    [5403, 5403],
    BUREAU_TABLE,
  );
  void city;
  const switchboard = (lines: [number, number]): Phone => ({
    printed: '04-22289111',
    number: '04-22289111',
    kind: 'voice',
    label: '總機',
    lines,
  });
  organizations.set('bureau', {
    id: 'bureau',
    name: { 'zh-Hant': '臺中市政府社會局', en: 'Taichung City Government Social Affairs Bureau' },
    kind: 'bureau',
    parent: 'taichung-city-government',
    phones: [switchboard([5405, 5405]), { printed: 'Fax:04-22291810', number: '04-22291810', kind: 'fax', lines: [6015, 6015] }],
    locationIds: [tb, ym],
    notes: [
      {
        kind: 'info',
        text: 'Two buildings: 臺灣大道市政大樓 (line 5407) and 陽明市政大樓 (line 5409). The colophon prints them as 臺灣大道三段 99 號 2、3、10 樓 and 陽明街 36 號 1、3 樓 (lines 5972, 5976), and the back cover as 臺灣大道三段99號惠中樓3樓 and 陽明街36號1、3樓 (lines 6009, 6011).',
      },
      { kind: 'info', text: 'The back cover (line 6013) prints Tel:04-22289111 代表號 37100; 37100 lies in no printed range.' },
    ],
    source: src([5403, 5461], BUREAU_TABLE),
  });
  appendixRows.push({
    table: BUREAU_TABLE,
    section: 'bureau',
    lines: [5403, 5409],
    name: '臺中市政府社會局 總機 / 臺灣大道市政大樓 / 陽明市政大樓',
    status: 'kept',
    recordId: 'bureau',
    reason: 'organisation record with the switchboard and both buildings',
  });
  services.set('bureau-switchboard', {
    id: 'bureau-switchboard',
    name: { 'zh-Hant': '臺中市政府社會局', en: 'Social Affairs Bureau (switchboard and offices)' },
    category: 'bureau',
    organizationId: 'bureau',
    locationIds: [tb, ym],
    serviceArea: 'all',
    phones: [switchboard([5405, 5405]), { printed: 'Fax:04-22291810', number: '04-22291810', kind: 'fax', lines: [6015, 6015] }],
    source: src([5403, 5409], BUREAU_TABLE),
  });
  // the two agencies
  organizations.set('dv-center', {
    id: 'dv-center',
    name: { 'zh-Hant': '臺中市家庭暴力及性侵害防治中心', en: 'Taichung City Domestic Violence and Sexual Assault Prevention Center' },
    kind: 'agency',
    parent: 'bureau',
    phones: [switchboard([5469, 5469])],
    locationIds: [ym],
    source: src([5465, 5485], AGENCY_TABLE),
  });
  appendixRows.push({
    table: AGENCY_TABLE,
    section: 'agencies',
    lines: [5465, 5469],
    name: '臺中市家庭暴力及性侵害防治中心 地址 / 總機',
    status: 'kept',
    recordId: 'dv-center',
    reason: 'agency record; its address (line 5467) is the 陽明市政大樓 address',
  });
  const renaiLoc = place('臺中市北屯區軍功路二段 490 號', [5489, 5489], AGENCY_TABLE).locationIds[0]!;
  const renaiPhones = parsePhones('04-22392074、04-22390225', 'voice', [5491, 5491]).map((p) => ({ ...p, label: '總機' }));
  organizations.set('renai-home', {
    id: 'renai-home',
    name: { 'zh-Hant': '臺中市立仁愛之家', en: 'Taichung Municipal Renai Home for the Elderly' },
    kind: 'agency',
    parent: 'bureau',
    phones: renaiPhones,
    locationIds: [renaiLoc],
    source: src([5487, 5501], AGENCY_TABLE),
  });
  appendixRows.push({
    table: AGENCY_TABLE,
    section: 'agencies',
    lines: [5487, 5491],
    name: '臺中市立仁愛之家 地址 / 總機',
    status: 'kept',
    recordId: 'renai-home',
    reason: 'agency record',
  });
  for (const unit of UNITS) {
    const isBureau = unit.parent === 'bureau';
    const phones: Phone[] = [];
    const base: Phone = switchboard(unit.parent === 'dv-center' ? [5469, 5469] : [5405, 5405]);
    const ext: { extensions?: string[]; extensionRanges?: ExtRange[] } = {};
    for (const r of unit.ranges) {
      const p = rangesOf(r.printed, r.building);
      if (p.extensions) (ext.extensions ??= []).push(...p.extensions);
      if (p.extensionRanges) (ext.extensionRanges ??= []).push(...p.extensionRanges);
    }
    if (unit.switchboard === 'renai') {
      // Line 5491 prints two switchboard numbers; the extensions are not tied to either, so both carry them.
      for (const p of renaiPhones) phones.push({ ...p, ...ext });
    } else phones.push({ ...base, ...ext });
    const rec: Json = {
      id: unit.id,
      name: { 'zh-Hant': unit.zh, en: unit.en },
      kind: unit.kind,
      parent: unit.parent,
      phones,
      source: src(unit.lines, isBureau ? BUREAU_TABLE : AGENCY_TABLE),
    };
    const buildings = [...new Set(unit.ranges.map((r) => r.building).filter(Boolean))] as BuildingId[];
    if (buildings.length) rec.locationIds = buildings.map((b) => buildingLoc[b]);
    if (unit.note) addNote(rec, unit.note.includes('range') && unit.note.includes('inside') ? 'doubt' : 'info', unit.note);
    organizations.set(unit.id, rec);
    appendixRows.push({
      table: isBureau ? BUREAU_TABLE : AGENCY_TABLE,
      section: isBureau ? 'bureau' : 'agencies',
      lines: unit.lines,
      name: `${unit.zh} ${unit.ranges.map((r) => (r.building ? BUILDINGS[r.building].zh + ' ' : '') + r.printed).join(' / ')}`,
      status: 'kept',
      recordId: unit.id,
      reason: 'organisation record with the extension ranges as printed',
    });
  }
}

function buildDistrictOffices() {
  for (let n = 5508; n <= 5536; n++) {
    const [nameCell, addr, phone] = line(n).split('\t') as [string, string, string];
    let dz = nameCell.replace(/公所$/, '');
    if (!DISTRICT_BY_ZH.has(dz)) dz = dz.replace(/區$/, '');
    const d = DISTRICT_BY_ZH.get(dz);
    if (!d) throw new Error(`district office ${nameCell}`);
    const id = `district-office-${d.id}`;
    const lines: [number, number] = [n, n];
    const phones = parsePhones(phone, 'voice', lines);
    const loc = place(addr, lines, OFFICE_TABLE);
    const org: Json = {
      id,
      name: { 'zh-Hant': nameCell, en: d.name.en.replace(/District$/, 'District Office') },
      kind: 'district-office',
      parent: 'taichung-city-government',
      phones,
      locationIds: loc.locationIds,
      source: src(lines, OFFICE_TABLE),
    };
    const svc: Json = {
      id: `${id}-social-affairs`,
      name: { 'zh-Hant': nameCell, en: org.name.en },
      category: 'district-office',
      organizationId: id,
      locationIds: loc.locationIds,
      serviceArea: [d.id],
      phones: parsePhones(phone, 'voice', lines),
      source: src(lines, OFFICE_TABLE),
    };
    if (squash(addr).includes('南屯路永春東路')) {
      const t = 'The address is printed as 南屯路永春東路 679 號 (two road names run together); kept as printed.';
      addNote(org, 'doubt', t);
      addNote(svc, 'doubt', t);
    }
    organizations.set(id, org);
    services.set(svc.id, svc);
    appendixRows.push({
      table: OFFICE_TABLE,
      section: 'district-offices',
      lines,
      name: nameCell,
      status: 'kept',
      recordId: id,
      reason: `organisation and service (${svc.id}) record`,
    });
  }
}

// ───────────────────────────── body-only service points ─────────────────────────────

const CHAPTERS: [number, string][] = [];
const ITEMS: [number, string, string][] = [];
for (let n = 291; n <= 5398; n++) {
  const l = line(n);
  const ch = l.match(/^([壹貳參肆伍陸柒捌玖拾]) /);
  if (ch) CHAPTERS.push([n, ch[1]!]);
  const it = l.match(/^([一二三四五六七八九十]+)、(.+)$/);
  if (it) ITEMS.push([n, it[1]!, fold(it[2]!)]);
}
/** The chapter and item a body line belongs to. */
function bodySource(lines: [number, number], table?: string): Source {
  const chapter = [...CHAPTERS].reverse().find(([n]) => n <= lines[0])?.[1];
  const item = [...ITEMS].reverse().find(([n]) => n <= lines[0]);
  return { ...src(lines, table), ...(chapter ? { chapter } : {}), ...(item ? { item: item[1], heading: item[2] } : {}) };
}

interface BodyPoint {
  id: string;
  zh: string;
  en: string;
  category: string;
  org: string;
  operator?: string;
  lines: [number, number];
  table?: string;
  address?: [string, number];
  phones?: [string, number, ('voice' | 'fax')?][];
  extraPhones?: Phone[];
  area?: [string, number];
  notes?: [Note['kind'], string][];
  description?: string;
}

function addBody(p: BodyPoint) {
  const svc: Json = { id: p.id, name: { 'zh-Hant': p.zh, en: p.en }, category: p.category };
  const orgDef = ORGS.find((d) => d.id === p.org);
  if (orgDef) ensureOrg(orgDef, p.lines, p.table);
  else if (!organizations.has(p.org)) throw new Error(`unknown org ${p.org}`);
  svc.organizationId = p.org;
  if (p.operator) {
    const def = ORGS.find((d) => d.id === p.operator);
    if (!def) throw new Error(`unknown operator ${p.operator}`);
    ensureOrg(def, p.lines, p.table);
    svc.operatorId = p.operator;
  }
  svc.locationIds = [];
  if (p.address) setPlace(svc, p.address[0], [p.address[1], p.address[1]], p.table ?? bodySource(p.lines).heading ?? '');
  if (p.area) setArea(svc, p.area[0]);
  for (const [cell, n, kind] of p.phones ?? []) {
    const phones = parsePhones(cell, kind ?? 'voice', [n, n]);
    if (!phones.length) throw new Error(`no phone in «${cell}»`);
    for (const ph of phones) {
      if (/^(bureau|dv-center|taichung-city-government)/.test(p.org)) checkSwitchboardExtensions(ph, p.id);
      (svc.phones ??= []).push(ph);
    }
  }
  for (const ph of p.extraPhones ?? []) (svc.phones ??= []).push(ph);
  if (p.description) svc.description = { 'zh-Hant': p.description };
  for (const [kind, text] of p.notes ?? []) addNote(svc, kind, text);
  svc.source = bodySource(p.lines, p.table);
  // an organisation first met here cites the body item
  for (const id of [p.org, p.operator]) {
    const rec = id ? organizations.get(id) : undefined;
    if (
      rec &&
      !rec.source.chapter &&
      rec.source.lines[0] === p.lines[0] &&
      rec.source.lines[1] === p.lines[1] &&
      !UNITS.some((x) => x.id === id)
    )
      rec.source = bodySource(p.lines, p.table);
  }
  services.set(p.id, svc);
}

function buildBodyPoints() {
  const B: BodyPoint[] = [];
  // 壹六 臺中市社區發展育成中心
  B.push({
    id: 'community-development-incubator-zone-1',
    zh: '臺中市第一區社區發展育成中心',
    en: 'Community Development Incubation Centre, Zone 1',
    category: 'community-development',
    org: 'taichung-city-government',
    operator: 'asia-university',
    lines: [455, 461],
    address: ['臺中市豐原區陽明街 36 號', 461],
    phones: [
      ['04-25277441(代表號)', 458],
      ['04-25277426', 459, 'fax'],
    ],
    area: ['豐原區、東勢區、石岡區、新社區、大雅區、后里區、潭子區、和平區、神岡區、外埔區、太平區、霧峰區、大里區、烏日區', 449],
    notes: [['info', 'Printed with 承辦單位：財團法人亞洲大學 and 服務時間：每週一至週五 8:00-17:00 (lines 456–457).']],
  });
  B.push({
    id: 'community-development-incubator-zone-2',
    zh: '臺中市第二區社區發展育成中心',
    en: 'Community Development Incubation Centre, Zone 2',
    category: 'community-development',
    org: 'taichung-city-government',
    operator: 'fuqi-community-care-association',
    lines: [462, 468],
    address: ['433 臺中市沙鹿區臺灣大道六段 805 號', 468],
    phones: [
      ['04-2631-3373', 465],
      ['04-2631-3353', 466, 'fax'],
    ],
    area: ['中區、東區、南區、西區、北區、西屯區、南屯區、北屯區、大甲區、沙鹿區、梧棲區、清水區、大肚區、龍井區、大安區', 451],
    notes: [['info', 'Printed with 服務時間：每週一至週五 8:00-17:00 (line 464).']],
  });
  // 貳十 托育人員專業訓練課程
  const trainers: [string, string, number][] = [
    ['chaoyang-university-of-technology', 'Chaoyang University of Technology', 961],
    ['providence-university', 'Providence University', 962],
    ['hungkuang-university', 'Hungkuang University', 963],
    ['asia-university', 'Asia University', 964],
    ['central-taiwan-university-of-science-and-technology', 'Central Taiwan University of Science and Technology', 965],
    ['childminders-association', "Taichung Childminders' Association", 966],
  ];
  for (const [org, , n] of trainers) {
    const [, venues, phone] = line(n).split('\t') as [string, string, string];
    B.push({
      id: `childcare-worker-training-${org}`,
      zh: '104 年托育人員專業訓練課程',
      en: 'Childcare worker (childminder) training course, 2015',
      category: 'childcare',
      org,
      lines: [n, n],
      table: '104 年托育人員專業訓練課程',
      phones: [[phone, n]],
      notes: [['info', `上課地點 (where classes are held): ${venues}. Self-paying course, NT$8,000 a person (line 971).`]],
    });
  }
  // 肆一 臺中市鑑定醫院及窗口
  let tier = '';
  for (let n = 1824; n <= 1848; n++) {
    const [t, nameCell, phone, fax] = line(n).split('\t') as [string, string, string, string];
    if (t) tier = t;
    const hz = clean(nameCell.replace(/^\d+\s*/, ''));
    const def = orgFor(hz);
    const notes: [Note['kind'], string][] = [['info', `Listed under ${tier}.`]];
    if (squash(phone).split(/[#、]/)[0] === squash(fax))
      notes.push(['doubt', `The fax number ${fax} is printed the same as the phone number.`]);
    B.push({
      id: `disability-assessment-${def.id}`,
      zh: `${hz}（身心障礙鑑定窗口）`,
      en: `${def.en}: disability assessment`,
      category: 'assessment-hospital',
      org: def.id,
      lines: [n, n],
      table: '臺中市鑑定醫院及窗口',
      phones: [
        [phone, n],
        [fax, n, 'fax'],
      ],
      notes,
    });
  }
  // 肆八 / 肆三十二 輔具資源中心
  B.push({
    id: 'assistive-devices-south',
    zh: '臺中市南區輔具資源中心',
    en: 'Assistive Devices Resource Centre (South)',
    category: 'disability-services',
    org: 'assistive-devices-centre-south',
    lines: [2081, 2081],
    phones: [['04-24713535 轉 1177', 2081]],
    notes: [['info', 'Printed again at line 2831 with the same phone.']],
  });
  B.push({
    id: 'assistive-devices-north',
    zh: '臺中市北區輔具資源中心',
    en: 'Assistive Devices Resource Centre (North)',
    category: 'disability-services',
    org: 'assistive-devices-centre-north',
    lines: [2083, 2085],
    phones: [
      ['04-25314200', 2083],
      ['04-25322843', 2085],
    ],
    notes: [['info', 'Printed again at lines 2832–2833 with the same phones.']],
  });
  // 肆十五 生涯轉銜通報中心
  B.push({
    id: 'disability-transition-reporting',
    zh: '臺中市身心障礙者生涯轉銜通報中心',
    en: 'Life-stage Transition Reporting Centre for People with Disabilities',
    category: 'disability-services',
    org: 'disability-transition-centre',
    lines: [2297, 2325],
    address: ['臺中市潭子區中山路2段241巷7號3樓', 2321],
    phones: [['(04-25344678)', 2321]],
  });
  // 肆十六 身心障礙者社區資源中心
  const resource: [string, string, number][] = [
    ['北屯區', 'Beitun District', 2352],
    ['西屯區', 'Xitun District', 2354],
    ['綜合區', 'Comprehensive', 2357],
    ['山線區', 'Mountain Line', 2359],
    ['海線區', 'Coastal Line', 2361],
    ['大屯區', 'Datun', 2363],
  ];
  for (const [zone, en, n] of resource) {
    B.push({
      id: `disability-community-resource-centre-${en
        .toLowerCase()
        .replace(/ district/, '')
        .replace(/\s+/g, '-')}`,
      zh: `身心障礙者社區資源中心（${zone}）`,
      en: `Community Resource Centre for People with Disabilities (${en})`,
      category: 'disability-services',
      org: 'taichung-city-government',
      lines: [n - 1, n],
      phones: [
        [
          line(n)
            .replace(/^電話：/, '')
            .replace(/。$/, ''),
          n,
        ],
      ],
      notes: [['info', 'The handbook names no operator or address for this centre.']],
    });
  }
  // 肆十七 需求評估中心
  B.push({
    id: 'disability-needs-assessment-dongxing',
    zh: '東興區身心障礙者需求評估中心',
    en: 'Disability Needs Assessment Centre (Dongxing)',
    category: 'disability-services',
    org: 'taichung-city-government',
    lines: [2387, 2391],
    phones: [
      ['04-24752616、04-24751695、04-24754434', 2390],
      ['04-24739746', 2391, 'fax'],
    ],
    area: [line(2389), 2389],
    notes: [['info', 'Open 週一至週五 8:00-17:30 (例假日除外) (line 2383). No address or operator printed.']],
  });
  B.push({
    id: 'disability-needs-assessment-yangming',
    zh: '陽明區身心障礙者需求評估中心',
    en: 'Disability Needs Assessment Centre (Yangming)',
    category: 'disability-services',
    org: 'taichung-city-government',
    lines: [2392, 2395],
    phones: [
      ['04-22289111 # 38702~38709', 2394],
      ['04-25151805', 2395, 'fax'],
    ],
    area: [line(2393), 2393],
    notes: [['info', 'Open 週一至週五 8:00-17:30 (例假日除外) (line 2383). No address or operator printed.']],
  });
  // 肆十三 特約計程車
  const taxis: [string, number][] = [
    ['guotong-radio-taxi', 2220],
    ['yimei-radio-taxi', 2221],
    ['yonglong-radio-taxi', 2222],
    ['feigou-radio-taxi', 2223],
    ['taichung-radio-taxi', 2224],
    ['metropolitan-taxi-fleet', 2225],
    ['yuanfu-taxi', 2226],
    ['zhonghua-taxi-fleet', 2227],
    ['xiahouli-taxi', 2228],
  ];
  for (const [org, n] of taxis) {
    const text = line(n).replace(/^- \* \S+\s*/, '');
    const p: BodyPoint = {
      id: `visually-impaired-taxi-${org}`,
      zh: '視覺障礙者搭乘計程車特約車行',
      en: 'Contracted taxi for the visually impaired taxi-fare subsidy',
      category: 'disability-services',
      org,
      lines: [n, n],
      table: '特約計程車預約叫車資訊',
      phones: [[text.replace(/手機直撥.*$/, ''), n]],
    };
    if (n === 2225) {
      p.extraPhones = [
        {
          printed: '手機直撥 55178',
          number: '55178',
          kind: 'voice',
          label: '手機直撥',
          lines: [n, n],
          doubt: 'a 5-digit short code printed for dialling from a mobile phone (手機直撥)',
        },
      ];
    }
    B.push(p);
  }
  // 肆十九 機構式臨時暨短期照顧服務之委託機構
  for (let n = 2499; n <= 2507; n++) {
    const [nm, phone, addr] = line(n).split('\t') as [string, string, string];
    const def = orgFor(nm);
    if (organizations.has(def.id)) ensureOrg(def, [n, n], undefined, nm);
    B.push({
      id: `disability-short-term-care-${def.id}`,
      zh: `身心障礙者機構式臨時暨短期照顧服務（${clean(nm)}）`,
      en: `Short-term and respite residential care for people with disabilities (${def.en})`,
      category: 'disability-facilities',
      org: 'taichung-city-government',
      operator: def.id,
      lines: [n, n],
      table: '機構式臨時暨短期照顧服務之委託機構',
      address: [addr, n],
      phones: [[phone, n]],
    });
  }
  // 肆二十一 自立生活, 肆二十二 家庭托顧, 肆二十七 社區居住, 肆二十九 雙老, 肆三十一 手語翻譯
  B.push({
    id: 'disability-independent-living-xiangshang-foundation',
    zh: '身心障礙者自立生活支持服務',
    en: 'Independent living support for people with disabilities',
    category: 'disability-services',
    org: 'xiangshang-foundation',
    lines: [2565, 2567],
    phones: [['04-22203943 轉 12', 2567]],
  });
  for (const [org, n] of [
    ['eden-central-service-centre', 2589],
    ['shanhaitun-qizhi-association', 2593],
    ['kanner-autism-foundation', 2597],
  ] as [string, number][]) {
    B.push({
      id: `disability-family-care-${org}`,
      zh: '身心障礙者家庭托顧服務',
      en: 'Family-based day care for people with disabilities',
      category: 'disability-services',
      org,
      lines: [n - 2, n],
      phones: [[line(n).replace(/^電話：/, ''), n]],
      notes: [['info', `Printed as ${clean(line(n - 2))} (line ${n - 2}).`]],
    });
  }
  for (const [org, n] of [
    ['lida-training-centre', 2687],
    ['xinwangai-development-centre', 2690],
    ['xiangshang-foundation', 2692],
    ['mary-foundation', 2694],
    ['intellectual-disability-parents-association', 2696],
    ['autism-education-association', 2698],
  ] as [string, number][]) {
    const phone = line(n).match(/0\d.*$/)![0];
    B.push({
      id: `disability-community-living-${org}`,
      zh: '身心障礙者社區居住',
      en: 'Community living for people with disabilities',
      category: 'disability-services',
      org: 'taichung-city-government',
      operator: org,
      lines: [n, n],
      phones: [[phone, n]],
      notes: [['info', 'Listed under 委託單位 (commissioned operators).']],
    });
  }
  for (const [org, n] of [
    ['fuqi-community-care-association', 2745],
    ['zhenai-foundation', 2749],
  ] as [string, number][]) {
    B.push({
      id: `disability-ageing-family-support-${org}`,
      zh: '身心障礙者雙老家庭支持服務',
      en: 'Support for ageing families of people with disabilities',
      category: 'disability-services',
      org,
      lines: [n - 2, n],
      phones: [[line(n).replace(/^電話：/, ''), n]],
    });
  }
  B.push({
    id: 'sign-language-interpretation',
    zh: '手語翻譯服務',
    en: 'Sign-language interpretation',
    category: 'disability-services',
    org: 'shenghui-development-centre',
    lines: [2799, 2800],
    phones: [['04-25313420、0955-992010', 2800]],
    notes: [['info', 'Printed as 預約專線 (booking line).']],
  });
  // 肆三十三 身心障礙者保護服務
  B.push({
    id: 'disability-protection',
    zh: '身心障礙者保護服務',
    en: 'Protection for people with disabilities',
    category: 'protection',
    org: 'dv-center',
    lines: [2848, 2855],
    address: ['臺中市豐原區陽明街 36 號', 2850],
    phones: [
      ['04-22289111 轉 38800', 2854],
      ['04-25251732', 2855, 'fax'],
    ],
    notes: [
      [
        'info',
        'Contact printed as 成人保護及性侵害保護扶助組 (line 2854). The address is printed without the floor (the appendix, line 5467, has 3 樓).',
      ],
    ],
  });
  // 肆四十三 職業重建服務
  const rehab: [string, string, string, number][] = [
    ['administration', '行政管理中心：市府就業服務台', 'Administration centre: City Hall employment desk', 3111],
    ['zone-1', '第一區：沙鹿區勞工育樂中心', 'Zone 1: Shalu Workers Recreation Centre', 3113],
    ['zone-2', '第二區：臺中市政府陽明大樓', 'Zone 2: Yangming City Hall Building', 3115],
    ['zone-3', '第三區：東區勞工服務中心', 'Zone 3: East District Workers Service Centre', 3117],
  ];
  for (const [k, zh, en, n] of rehab) {
    B.push({
      id: `vocational-rehabilitation-${k}`,
      zh: `身心障礙者職業重建服務（${zh}）`,
      en: `Vocational rehabilitation for people with disabilities (${en})`,
      category: 'employment',
      org: 'city-labor-bureau',
      lines: [n - 1, n],
      phones: [[line(n).replace(/^電話：/, ''), n]],
      notes: [['info', '辦理單位：勞工局或所轄三區職業重建服務中心 (line 3109). No street address is printed.']],
    });
  }
  // 伍二 etc. 長期照顧管理中心
  B.push({
    id: 'long-term-care-management',
    zh: '臺中市政府長期照顧管理中心',
    en: 'Long-term Care Management Center',
    category: 'long-term-care',
    org: 'long-term-care-management-center',
    lines: [3262, 3266],
    address: ['臺中市豐原區中興路 136 號', 3264],
    phones: [
      ['4128080（幫您幫您） 04-25152888', 3266],
      ['手機請撥打 02-41288080', 4038],
    ],
    notes: [
      [
        'info',
        'The same address and phones are printed for several 伍 items (lines 3293–3297, 3333–3337, 3378–3382, 3433–3437, 3480–3484, 3520–3524) and 4128080 with 手機請撥打 02-41288080 at lines 4037–4038, 4062–4063, 4091–4092.',
      ],
      ['info', '4128080 is printed without an area code (7 digits); for mobile phones the handbook prints 02-41288080.'],
      [
        'doubt',
        'The mobile number is printed 02-41288080 (lines 4038, 4063, 4092), which does not contain 4128080: it has one 8 more than 02 + 4128080. Possibly misprinted; kept as printed.',
      ],
    ],
  });
  // 伍十九 老人安養（臺中市立仁愛之家）
  B.push({
    id: 'renai-home-residential-care',
    zh: '老人安養（臺中市立仁愛之家）',
    en: 'Residential care for older people (Renai Home)',
    category: 'senior-services',
    org: 'renai-home',
    lines: [3826, 3845],
    address: ['臺中市北屯區軍功路二段 490 號', 5489],
    phones: [['04-22392074', 3845]],
    notes: [
      [
        'info',
        'Apply at the district office of household registration or at the home (line 3845); the address is the one printed in the appendix (line 5489).',
      ],
    ],
  });
  // 陸十七 臺中市愛心食物銀行
  const banks: [string, string, number][] = [
    ['lüchuan', 'Lüchuan', 4646],
    ['fengyuan', 'Fengyuan', 4647],
    ['shalu', 'Shalu', 4648],
  ];
  for (const [k, en, n] of banks) {
    const [branch, operator, addr, phone, area] = line(n).split('\t') as [string, string, string, string, string];
    if (organizations.has(orgFor(operator).id)) ensureOrg(orgFor(operator), [n, n], undefined, operator);
    B.push({
      id: `food-bank-${k === 'lüchuan' ? 'luchuan' : k}`,
      zh: `臺中市愛心食物銀行${branch}`,
      en: `Taichung Love Food Bank, ${en} branch`,
      category: 'food-bank',
      org: 'taichung-city-government',
      operator: orgFor(operator).id,
      lines: [n, n],
      table: '臺中市愛心食物銀行',
      address: [addr, n],
      phones: [[phone, n]],
      area: [area, n],
      notes: [
        [
          'info',
          'Apply through the district office where you live or at a branch (可洽居住所在地區公所或臺中市愛心食物銀行各分店, line 4643).',
        ],
      ],
    });
  }
  // 柒二 收出養
  B.push({
    id: 'adoption-resource-centre',
    zh: '臺中市兒童及少年收出養服務資源中心',
    en: 'Taichung Adoption Services Resource Centre for Children and Youth',
    category: 'child-youth',
    org: 'taichung-city-government',
    operator: 'child-welfare-league-foundation',
    lines: [5052, 5053],
    phones: [['04-23729008', 5053]],
  });
  B.push({
    id: 'adoption-services-garden-of-hope',
    zh: '兒童及少年收出養服務',
    en: 'Adoption services for children and youth',
    category: 'child-youth',
    org: 'garden-of-hope-foundation',
    lines: [5054, 5054],
    phones: [['04-22239595', 5054]],
  });
  // 柒五 家庭福利服務中心
  for (let n = 5128; n <= 5136; n++) {
    const [nm, addr, phone, area] = line(n).split('\t') as [string, string, string, string];
    const dz = nm.replace(/家庭福利服務中心$/, '');
    const d = DISTRICT_BY_ZH.get(dz)!;
    const notes: [Note['kind'], string][] = [['info', 'The table names no operator; the centre is listed under Taichung City Government.']];
    if (n === 5136) notes.push(['info', 'Serves only seven villages of 大里區: 新里里、大里里、樹王里、大元里、夏田里、東湖里、西湖里.']);
    B.push({
      id: `family-welfare-centre-${d.id}`,
      zh: nm,
      en: `${d.name.en} Family Welfare Service Centre`,
      category: 'family-services',
      org: 'taichung-city-government',
      lines: [n, n],
      table: '家庭福利服務中心一覽表',
      address: [addr, n],
      phones: [[phone, n]],
      area: [area, n],
      notes,
    });
  }
  for (const p of B) addBody(p);
}

// ───────────────────────────── body reprints of appendix tables ─────────────────────────────

const digitsOf = (n: string) => n.replace(/\D/g, '').replace(/^04(?=\d{8}$)/, '');
/** Compares a body printing with the appendix service it repeats; returns the differences. */
function compareReprint(svcId: string, addr: string | undefined, phoneCell: string | undefined, phoneLine: number): string[] {
  const svc = services.get(svcId);
  const diffs: string[] = [];
  if (addr) {
    const key = addressKey(/^[臺台]中市/.test(addr.trim()) ? addr : `臺中市${addr}`);
    const known = [
      ...svc.locationIds.map((id: string) => addressKey(locations.get(id).address)),
      ...(svc.unlocatedAddresses ?? []).map((u2: Json) => addressKey(u2.printed)),
    ];
    if (!known.includes(key)) diffs.push(`address printed as «${fold(addr)}»`);
  }
  if (phoneCell) {
    const printed = parsePhones(phoneCell, 'voice', [phoneLine, phoneLine]);
    const mine = (svc.phones ?? []).filter((p: Phone) => p.kind === 'voice');
    for (const p of printed) {
      const same = mine.find((q: Phone) => digitsOf(q.number) === digitsOf(p.number));
      if (!same) diffs.push(`phone printed as «${p.printed}»${p.doubt ? ` (${p.doubt})` : ''}`);
      else {
        const ext = (x: Phone) =>
          JSON.stringify([...(x.extensions ?? []), ...(x.extensionRanges ?? []).map((r) => `${r.from}-${r.to}`)].sort());
        if (ext(same) !== ext(p)) diffs.push(`extensions printed as «${p.printed}» (appendix: «${same.printed}»)`);
      }
    }
    for (const q of mine) if (!printed.some((p) => digitsOf(p.number) === digitsOf(q.number))) diffs.push(`does not print ${q.number}`);
  }
  return diffs;
}

function addReprint(
  table: string,
  lines: [number, number],
  name: string,
  svcId: string,
  addr: string | undefined,
  phoneCell: string | undefined,
  phoneLine: number,
) {
  const diffs = compareReprint(svcId, addr, phoneCell, phoneLine);
  const svc = services.get(svcId);
  const def = ORG_BY_KEY.get(nameKey(name));
  if (def) ensureOrg(def, lines, table, name); // records other printings of the name
  const appendixRow = appendixRows.find((r) => r.recordId === svcId && r.section === 'institutions');
  const short = (x: string) =>
    nameKey(x)
      .replace(/^第/, '')
      .replace(/^臺中市/, '');
  if (
    appendixRow &&
    !short(appendixRow.name).includes(short(name)) &&
    !short(name).includes(short(appendixRow.name).replace(/[（(].*$/, ''))
  ) {
    diffs.unshift(`name printed as «${clean(name)}» (appendix: «${clean(appendixRow.name)}»)`);
  }
  let reason = `body reprint of appendix row ${svc.source.lines[0]}; same address and phones`;
  if (diffs.length) {
    reason = `body reprint of appendix row ${svc.source.lines[0]}; differs: ${diffs.join('; ')}. The appendix row is kept`;
    addNote(svc, 'conflict', `Body line ${lines[0]} (${table}) differs from the appendix: ${diffs.join('; ')}.`);
  }
  appendixRows.push({ table, section: 'body-reprint', lines, name: fold(name), status: 'merged', recordId: svcId, reason });
}

function buildReprints() {
  // 貳六 受理單位: the 社區保母系統 table (lines 731–739)
  const t1 = '社區保母系統（貳六 家庭部分托育費用補助 受理單位）';
  const rows1: [number, number][] = [
    [732, 1],
    [733, 2],
    [734, 3],
    [735, 4],
    [738, 5],
    [739, 6],
  ];
  for (const [n, zone] of rows1) {
    const [nm, addr, phone] = line(n).split('\t') as [string, string, string];
    addReprint(t1, [n, n], nm, `childminder-system-0${zone}`, addr, phone, n);
  }
  // 貳八 臺中市政府 104 年度辦理兒童臨時托育服務資源網絡名冊 (lines 921–936): address on the next line, phones without area code
  const t2 = '臺中市政府 104 年度辦理兒童臨時托育服務資源網絡名冊';
  for (const [n, zone] of [
    [923, 1],
    [925, 2],
    [927, 3],
    [929, 4],
    [931, 5],
  ] as [number, number][]) {
    const cells = line(n).split('\t');
    const addr = line(n + 1).split('\t')[2]!;
    addReprint(t2, [n, n + 1], cells[1]!, `childminder-system-0${zone}`, addr, cells[3]!, n);
  }
  {
    const cells = line(936).split('\t');
    const addr = cells[2]!.replace(/^.*烏日區\s*/, '');
    addReprint(t2, [936, 936], cells[1]!, 'childminder-system-06', addr, cells[3]!, 936);
  }
  // 肆十八 and 肆十九: the 身心障礙者各區居家服務支援中心 table printed twice in the body
  const homeCare = (first: number, last: number, startIndex: number, table: string) => {
    let k = startIndex;
    for (let n = first; n <= last; n++) {
      const l = line(n);
      if (!l.includes('\t') || l.startsWith('機關名稱')) continue;
      const [nm, addr, phone] = l.split('\t') as [string, string, string];
      addReprint(table, [n, n], nm, `disability-home-care-support-${String(k).padStart(2, '0')}`, addr, phone, n);
      k++;
    }
  };
  homeCare(2421, 2436, 1, '身心障礙者居家服務 受理單位（肆十八）');
  homeCare(2475, 2494, 1, '居家式臨時照顧服務 – 各區居家服務支援中心（肆十九）');
}

// ───────────────────────────── hand-checked notes ─────────────────────────────

function applyHandNotes() {
  const svcAt = (n: number) => {
    const found = [...services.values()].filter((x) => x.source.lines[0] === n && !x.source.chapter);
    if (found.length !== 1) throw new Error(`no single appendix service at line ${n}`);
    return found[0];
  };
  const note = (id: string | number, kind: Note['kind'], text: string) => {
    const rec = typeof id === 'number' ? svcAt(id) : (services.get(id) ?? organizations.get(id));
    if (!rec) throw new Error(`hand note for unknown ${id}`);
    addNote(rec, kind, text);
  };
  note(
    5549,
    'conflict',
    'Two addresses are printed for 第五區: 臺中市豐原區西安街 36 號 5 樓 (appendix line 5549, and the 臨時托育 list at line 932) and 臺中市豐原區圓環東路 151 號 (line 738). Kept 西安街 36 號 5 樓: it is printed twice, once in the appendix; 圓環東路 151 號 is recorded here only.',
  );
  note(
    5548,
    'conflict',
    'The second phone is printed 04-26368227 at lines 735 and 5548 but 26368277 at line 929; kept 04-26368227 (printed twice, once in the appendix).',
  );
  note(
    5600,
    'info',
    'Also printed in 參 (lines 1342–1346) as 臺中市向晴家庭福利服務中心 with the same phone and address, open 每週二至週六 9:00~17:00.',
  );
  note(
    5601,
    'info',
    'Also printed in 參 (lines 1347–1351) as 臺中市葫蘆墩家庭福利服務中心 with the same phone and address, open 每週二至週六 9:00~18:00.',
  );
  note(
    5619,
    'doubt',
    'The address is printed 旱溪西街三段 260 號 2 樓; every other printing of this building says 旱溪西路三段 260 號 (lines 5595, 5615, 5956, 5129). Kept as printed, as its own location.',
  );
  note(
    5648,
    'doubt',
    'The address is printed 臺中市東區成功路 300 號 1 樓, but the same street number is printed in 中區 for the 中區區公所 (臺中市中區成功路 300 號 3 樓, line 5508). The district may be misprinted; kept as printed.',
  );
  note(
    5633,
    'doubt',
    'The address is printed 臺中市北區大雅路 學府路 25 號 (two road names) while the service area is 大雅區. Kept as printed.',
  );
  note(
    5783,
    'doubt',
    'The appendix prints 04-6760180 (line 5783), one digit short. The same foundation at the same address is printed 04-26760180 in the appendix at line 5722 and in the body at lines 2433 and 2489; that body printing of this very service is added as a second phone.',
  );
  const body2433 = parsePhones('04-26760180 #177~178', 'voice', [2433, 2433]);
  svcAt(5783).phones.push(...body2433);
  note(5778, 'info', 'Body line 2484 prints 04-2962884 (too few digits); lines 2426 and 5778 print 04-22962884.');
  note(
    5885,
    'conflict',
    'The address is printed 河南路二段 104 號 here (line 5885) but 河南路二段 103 號 in the body (line 2502). Kept as printed in each place.',
  );
  note(5876, 'info', 'The body (line 2504) prints 04-22962127 for 私立慈愛智能發展中心; the appendix prints 04-22951306.');
  note(
    5892,
    'doubt',
    'The address is printed 大連路二段339-2號5樓; every other printing of this service centre says 大連路一段 339-2 號 / 339 之 2 號 (lines 5778, 5808, 5845, 2426). Kept as printed, as its own location.',
  );
  note(
    5877,
    'source-error',
    'The parent foundation is printed 財團法人社會福利基金會 (its name missing); line 5929 prints 財團法人台灣省私立向上社會福利基金會附屬台中育嬰院.',
  );
  note(5924, 'info', 'Other printings of 台中市愛心家園 give 04-24713535 (line 5890).');
  note(5933, 'info', 'Other printings of this association give 04-25242603 (line 5813; body line 2593 with 轉 16).');
  note(5748, 'doubt', 'The fax 04-25286229 is the same number printed as the fax of 慈心 (line 5747).');
  note(5684, 'info', 'The phone and fax are printed as the same number.');
  note(5741, 'info', 'The body (伍九, line 3551) also prints 0809088099 #3311 for 財團法人生命連線基金會; added as a phone.');
  svcAt(5741).phones.push(...parsePhones('0809088099 #3311', 'voice', [3551, 3551]));
  note(5956, 'info', 'The body (玖一, lines 5211–5212) prints the same two numbers with 分機 11~16.');
  note(
    5900,
    'info',
    'The address is printed 臺中市華富街 46 號 2 樓 without a district; line 5934 prints the same association at 臺中市北區華富街 46 號.',
  );
  note(
    5902,
    'info',
    'Two addresses and two phones are printed in one row; 臺中市太原路 1 段 532 號 5F 之 1 has no district and is not placed.',
  );
  note(
    5839,
    'info',
    'The address is printed 臺中市市區民族路 157 号 without a valid district; line 5822 prints the foundation at 臺中市西區民族路 157 號.'.replace(
      '号',
      '號',
    ),
  );
  note(
    5921,
    'info',
    'The address is printed 臺中市區民族路157號 without a district; line 5822 prints the foundation at 臺中市西區民族路 157 號.',
  );
  note(
    5860,
    'info',
    "The venue is printed in 中原區, which is not a Taichung district; line 5825 prints this association's venue at 臺中市西區民族路 127 號 (1、2、5 樓).",
  );
  note(
    5861,
    'info',
    "The venue is printed in 中原區, which is not a Taichung district; line 5826 prints this foundation's venue at 臺中市西區三民路二段 42-1 號 6 樓.",
  );
  note(5749, 'info', 'The address is printed 臺中市區公園路105號, without a district name.');
  note(5943, 'info', 'The address is printed 臺中市區民權路 85 巷 1 號, without a district name.');
  note('food-bank-luchuan', 'info', 'The address is printed 臺中市區 綠川西街 145 號 7 樓, without a district name.');
  note(5736, 'info', 'The provider is in 南投縣南投市 (outside Taichung); its service area is 臺中市全區.');
  note(5708, 'info', 'The provider is in 臺北市 (outside Taichung); its service area is 臺中市全區.');
}

// ───────────────────────────── taxonomy ─────────────────────────────

export const TAXONOMY: { id: string; zh: string; en: string }[] = [
  { id: 'bureau', zh: '社會局及所屬機關', en: 'Social Affairs Bureau and its agencies' },
  { id: 'district-office', zh: '區公所', en: 'District offices' },
  { id: 'childcare', zh: '托育服務', en: 'Childcare' },
  { id: 'child-youth', zh: '兒童及少年福利', en: 'Children and young people' },
  { id: 'early-intervention', zh: '早期療育', en: 'Early intervention (developmental delay)' },
  { id: 'family-services', zh: '家庭福利服務中心', en: 'Family welfare service centres' },
  { id: 'women-single-parent', zh: '婦女及單親福利', en: 'Women and single parents' },
  { id: 'new-immigrants', zh: '新移民服務', en: 'New immigrants' },
  { id: 'seniors-learning', zh: '長青學苑及快樂學堂', en: 'Learning and activities for older people' },
  { id: 'senior-services', zh: '老人福利服務', en: 'Services for older people' },
  { id: 'day-care', zh: '老人日間照顧及家庭托顧', en: 'Day care for older people' },
  { id: 'home-care', zh: '居家服務', en: 'Home care' },
  { id: 'long-term-care', zh: '長期照顧管理', en: 'Long-term care management' },
  { id: 'disability-services', zh: '身心障礙者服務', en: 'Services for people with disabilities' },
  { id: 'disability-facilities', zh: '身心障礙福利機構', en: 'Care institutions for people with disabilities' },
  { id: 'assessment-hospital', zh: '身心障礙鑑定醫院', en: 'Hospitals for disability assessment' },
  { id: 'protection', zh: '保護服務', en: 'Protection services' },
  { id: 'food-bank', zh: '食物銀行', en: 'Food bank' },
  { id: 'homeless', zh: '遊民服務', en: 'Homeless people' },
  { id: 'volunteering', zh: '志願服務', en: 'Volunteering' },
  { id: 'community-development', zh: '社區發展', en: 'Community development' },
  { id: 'employment', zh: '就業服務', en: 'Employment services' },
];

// ───────────────────────────── main ─────────────────────────────

function extraOrganizations() {
  const add = (id: string, lines: [number, number], phones: Phone[] = []) => {
    const rec = ensureOrg(
      ORGS.find((d) => d.id === id)!,
      lines,
    );
    rec.source = bodySource(lines);
    if (phones.length) rec.phones = phones;
  };
  add(
    'city-health-bureau',
    [1217, 1217],
    [
      {
        printed: '04-25265394',
        number: '04-25265394',
        kind: 'voice',
        label: '衛生局 (the body prints it with divisional extensions, e.g. 保健科 轉 2421)',
        lines: [1217, 1217],
      },
    ],
  );
  add(
    'city-education-bureau',
    [855, 855],
    parsePhones('04-22289111 轉 54404', 'voice', [855, 855]).map((p) => ({ ...p, label: '幼兒教育科' })),
  );
  add('wda-central-region', [971, 971], parsePhones('04-23592181 轉 9', 'voice', [971, 971]));
}

export function buildDirectory() {
  buildBureau();
  buildDistrictOffices();
  const counters = new Map<string, number>();
  for (const row of parseInstitutionRows()) {
    const cfg = TABLES.find((t) => t.title === row.title);
    if (!cfg) throw new Error(`no config for table ${row.title}`);
    const k = (counters.get(cfg.key) ?? 0) + 1;
    counters.set(cfg.key, k);
    processRow(row, cfg, k);
  }
  buildBodyPoints();
  buildReprints();
  applyHandNotes();
  extraOrganizations();
  for (const org of organizations.values())
    if (org.parent && !organizations.has(org.parent))
      ensureOrg(
        ORGS.find((d) => d.id === org.parent)!,
        org.source.lines,
        org.source.table,
      );
  return {
    organizations: [...organizations.values()],
    services: [...services.values()],
    locations: [...locations.values()],
    appendixRows,
    taxonomy: TAXONOMY.map((t) => ({ id: t.id, name: { 'zh-Hant': t.zh, en: t.en } })),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = buildDirectory();
  const dir = join(ROOT, 'data/directory');
  mkdirSync(dir, { recursive: true });
  const write = (file: string, data: Json) => writeFileSync(join(dir, file), JSON.stringify(data, null, 2) + '\n');
  const comment = (what: string) =>
    `${what} Generated by scripts/extract-directory.ts from ${SOURCE_FILE} (appendix 拾壹 and body service points); do not edit by hand, fix the script.`;
  write('organizations.json', { $comment: comment('Organisations (HSDS organization).'), organizations: out.organizations });
  write('services.json', { $comment: comment('Services (HSDS service + service_at_location + service_area).'), services: out.services });
  write('locations.json', { locations: out.locations });
  write('taxonomy.json', {
    $comment: 'Categories the map and the directory filter on (services.json category).',
    categories: out.taxonomy,
  });
  write('appendix-rows.json', {
    $comment: comment('Every row of the appendix (拾壹) and of the body reprints of its tables, and what became of it.'),
    rows: out.appendixRows,
  });
  console.log(
    `organizations ${out.organizations.length}, services ${out.services.length}, locations ${out.locations.length}, appendix rows ${out.appendixRows.length}`,
  );
}
