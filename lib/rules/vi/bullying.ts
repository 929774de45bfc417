// Vietnamese bullying: threats ("tao sẽ đánh mày"), pushing to self-harm ("đi chết đi"),
// exclusion ("không ai chơi với mày") and body-shaming insults aimed at the reader.
import type { Rule } from '../types';

export const rules: Rule[] = [
  {
    id: 'vi.bullying.exclusion', lang: 'vi', category: 'bullying', weight: 0.6, signal: 'exclusion',
    patterns: ['(không|chẳng|đéo|ko|k) (ai|đứa nào|người nào) (thích|chơi với|ưa|quan tâm|cần) (mày|m|bạn|cậu)', '(cả lớp|cả trường|mọi người|ai cũng) (ghét|tẩy chay|khinh) (mày|m|bạn|cậu)'],
    examples: { match: ['không ai chơi với mày đâu', 'cả lớp ghét mày'], no: ['không ai thích trời mưa'] },
  },
  {
    id: 'vi.bullying.insult', lang: 'vi', category: 'bullying', weight: 0.6, signal: 'insult',
    patterns: [
      '(mày|m|mi) (ngu|xấu|béo|mập|xấu xí|đần|óc chó|ngu như bò|ngu như chó|ngu như lợn|bẩn|hôi|lùn|đen) (quá|thế|vậy|vl|vcl|vãi|như|thật|bỏ mẹ|vkl|)',
      '(con|thằng) (béo|mập|điên|khùng|ngu|đần|chó|đĩ|phò|cave|xấu|lợn|heo) (kia|này|kìa|ấy|đó)', '(đồ|con|thằng) (mặt lồn|óc chó|khốn nạn|mất dạy|rác rưởi)',
    ],
    examples: { match: ['mày ngu quá', 'con béo kia', 'ê mày ngu quá vậy'], no: ['con mèo béo quá'] },
  },
  {
    id: 'vi.bullying.self_harm', lang: 'vi', category: 'bullying', weight: 0.9, signal: 'self_harm_push',
    patterns: ['(mày|m|mi|bạn|cậu) (đi |)(chết|tự tử|tự sát) (đi|mẹ đi|cho rồi|luôn đi)', '(sao|sao mày) không (chết|tự tử) (đi|luôn)', '(nhảy lầu|uống thuốc) (chết |)(đi|luôn đi)', 'sống (làm gì|chật đất|chi cho chật đất)'],
    examples: { match: ['mày đi chết đi', 'sao không tự tử đi', 'thôi mày đi chết đi cho rồi'], no: ['nóng chết đi được'] },
  },
  {
    id: 'vi.bullying.threat', lang: 'vi', category: 'bullying', weight: 0.8, signal: 'threat',
    patterns: [
      '(tao|bọn tao|tụi tao|tao sẽ|chúng tao) (sẽ |)(giết|đánh|đập|xử|chém|đâm|đốt|đập chết|đánh chết|xiên|úp sọt) (mày|m|mi|chết mày|cả nhà mày)',
      '(mày|m) (chết|xong|tới số|toi) (với tao|với bọn tao|rồi con)', '(ra|tan học) (đây|cổng trường) tao (xử|đánh|đập)', 'liệu hồn (đấy|mày|nhé|đi)', '(coi chừng|cẩn thận) (tao|bọn tao) (đánh|xử|đập)',
    ],
    examples: { match: ['tao sẽ đánh mày', 'mày chết với tao', 'liệu hồn đấy', 'mai tao sẽ đánh mày ở cổng trường'], no: ['tao đánh cầu lông'] },
  },
  {
    id: 'vi.bullying.addressed_insult', lang: 'vi', category: 'bullying', weight: 0.65, signal: 'insult',
    // "mày / mi / bây / tụi mày" next to an insult: "mày óc chó thật", "ngu như mày".
    near: [
      ['mày', 'mài', 'mi', 'bây', 'tụi mày', 'chúng mày', 'bọn mày', 'lũ mày'],
      ['ngu', 'óc chó', 'thiểu năng', 'não tàn', 'khùng', 'đần', 'mất dạy', 'vô học', 'xấu xí', 'ăn hại', 'rác rưởi', 'súc vật', 'ngu như bò', 'ngu như chó', 'béo như lợn', 'mặt lồn', 'bẩn thỉu', 'đồ điên', 'đồ ngu', 'thằng hề', 'con hề'],
    ], window: 3,
    unless: ['không', 'ko', 'đâu có', 'đừng', 'chả'], unlessWindow: 1,
    examples: { match: ['mày óc chó thật sự', 'tụi mày ngu vãi', 'mi đần quá'], no: ['mày không ngu đâu', 'bài này ngu thật'] },
  },
  {
    id: 'vi.bullying.name_calling', lang: 'vi', category: 'bullying', weight: 0.65, signal: 'insult',
    patterns: [
      '(đồ|thằng|mấy thằng|lũ|bọn|cái thằng) (ngu|óc chó|thiểu năng|não tàn|khùng|điên|mất dạy|khốn nạn|súc vật|chó má|chó|rác rưởi|ngợm|trẻ trâu|đần|ngu si|vô học|mặt lồn|hèn|ăn hại|bê đê)',
      '(con|mấy con) (ngu|óc chó|thiểu năng|não tàn|khùng|điên|mất dạy|khốn nạn|súc vật|rác rưởi|đần|vô học|mặt lồn|đĩ|phò|điếm|ăn hại)',
      '(không|ko|k|éo|đéo|chả) có (não|óc)', 'não (tàn|phẳng|cá vàng|chó|bằng quả nho|ngắn)',
    ],
    examples: { match: ['đồ óc chó', 'thằng thiểu năng đó', 'con mất dạy', 'đúng là không có não'], no: ['con chó nhà tôi', 'thằng em tôi ngoan lắm', 'não bộ con người'] },
  },
  {
    id: 'vi.bullying.shut_up', lang: 'vi', category: 'bullying', weight: 0.65, signal: 'aggression',
    patterns: [
      '(câm|im|ngậm) (mồm|miệng|mõm|cái mồm|cái mỏ|mỏ) (lại|đi|vào|mày|)', '(cút|biến) (đi|ngay|xéo|khỏi đây|khỏi nhóm|mẹ mày đi|cho khuất mắt)', 'cút xéo', 'xéo đi',
      'sủa (đi|gì|cái gì|ít thôi|lắm thế|nhiều)', '(mày|mài|mi|bây) sủa',
    ],
    examples: { match: ['câm mồm lại', 'cút khỏi nhóm', 'sủa ít thôi', 'mày câm mồm lại đi'], no: ['chó nhà bên sủa cả đêm', 'biến hình siêu nhân'] },
  },
  {
    id: 'vi.bullying.beat_threat', lang: 'vi', category: 'bullying', weight: 0.8, signal: 'threat',
    patterns: [
      '(đập|đánh|giết|chém|xử|tẩn|úp sọt) (chết |)(mẹ |cmn |con mẹ |)(mày|mài|bây|chúng mày|tụi mày|bọn mày)', '(tao|t) (kéo|gọi|dẫn) (ae|anh em|người|bọn|hội) (tao |)(đến|tới|xuống|lên|) (đập|đánh|xử|tẩn)',
      '(mày|mài|bây|tụi mày) (đi |)(chết|chết mẹ|chết cmn) (đi|luôn đi)', 'đi chết đi',
    ],
    unless: ['game', 'trận', 'boss'], unlessWindow: 4,
    examples: { match: ['tao đập chết mẹ mày', 'tao kéo ae đến đập', 'tụi mày chết đi'], no: ['đánh mày trong game thôi', 'nóng chết đi được'] },
  },
];
