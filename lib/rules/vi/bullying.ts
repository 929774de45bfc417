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
    examples: { match: ['mày ngu quá', 'con béo kia'], no: ['con mèo béo quá'] },
  },
  {
    id: 'vi.bullying.self_harm', lang: 'vi', category: 'bullying', weight: 0.9, signal: 'self_harm_push',
    patterns: ['(mày|m|mi|bạn|cậu) (đi |)(chết|tự tử|tự sát) (đi|mẹ đi|cho rồi|luôn đi)', '(sao|sao mày) không (chết|tự tử) (đi|luôn)', '(nhảy lầu|uống thuốc) (chết |)(đi|luôn đi)', 'sống (làm gì|chật đất|chi cho chật đất)'],
    examples: { match: ['mày đi chết đi', 'sao không tự tử đi'], no: ['nóng chết đi được'] },
  },
  {
    id: 'vi.bullying.threat', lang: 'vi', category: 'bullying', weight: 0.8, signal: 'threat',
    patterns: [
      '(tao|bọn tao|tụi tao|tao sẽ|chúng tao) (sẽ |)(giết|đánh|đập|xử|chém|đâm|đốt|đập chết|đánh chết|xiên|úp sọt) (mày|m|mi|chết mày|cả nhà mày)',
      '(mày|m) (chết|xong|tới số|toi) (với tao|với bọn tao|rồi con)', '(ra|tan học) (đây|cổng trường) tao (xử|đánh|đập)', 'liệu hồn (đấy|mày|nhé|đi)', '(coi chừng|cẩn thận) (tao|bọn tao) (đánh|xử|đập)',
    ],
    examples: { match: ['tao sẽ đánh mày', 'mày chết với tao', 'liệu hồn đấy'], no: ['tao đánh cầu lông'] },
  },
];
