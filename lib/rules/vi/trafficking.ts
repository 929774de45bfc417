// Vietnamese trafficking lures: "việc nhẹ lương cao", jobs in Cambodia / across the border /
// karaoke, travel paid, "gửi căn cước", "không cần nói với gia đình" (Lai Châu case, 2025).
import type { Rule } from '../types';

const JOB = ['việc', 'việc làm', 'công việc', 'tuyển', 'tuyển dụng', 'tuyển gấp', 'đi làm', 'làm việc', 'xuất khẩu lao động', 'xkld', 'lao động', 'job', 'lương', 'làm hồ sơ'];

export const rules: Rule[] = [
  {
    id: 'vi.trafficking.abroad', lang: 'vi', category: 'trafficking_recruitment', weight: 0.55, signal: 'job_abroad',
    near: [JOB, ['nước ngoài', 'campuchia', '=lào', 'trung quốc', 'đài loan', 'dubai', 'malaysia', 'thái lan', 'myanmar', 'biên giới', 'móng cái', 'lạng sơn', 'bên kia biên giới', 'sang bên kia', 'philippines', 'macau']], window: 10,
    examples: { match: ['tuyển lao động đi campuchia lương cao', 'có việc bên trung quốc cho em'], no: ['bố em đi du lịch thái lan'] },
  },
  {
    id: 'vi.trafficking.easy_money', lang: 'vi', category: 'trafficking_recruitment', weight: 0.6, signal: 'high_pay_job',
    patterns: ['việc nhẹ lương cao', '(việc|công việc) (nhẹ|nhẹ nhàng|nhàn|nhàn hạ|đơn giản|dễ|rảnh) (lương|thu nhập) (cao|khủng|hấp dẫn|tốt|ổn định)', '(lương|thu nhập) (cao|khủng) (việc|công việc) (nhẹ|nhàn|đơn giản)'],
    examples: { match: ['việc nhẹ lương cao', 'viec nhe luong cao', 'công việc nhàn thu nhập khủng', 'bên chị tuyển việc nhẹ lương cao cho em'], no: ['lương cao nhưng việc rất nặng'] },
  },
  {
    id: 'vi.trafficking.family', lang: 'vi', category: 'trafficking_recruitment', weight: 0.55, signal: 'keep_from_family',
    patterns: ['(không cần|ko cần|k cần|đừng|không phải|chưa cần) (nói|báo|kể|xin phép|hỏi) (với |cho |)(gia đình|bố mẹ|ba mẹ|người nhà|nhà|bố|mẹ) (đâu|đi|nhé|trước|)', '(đi|lên xe) (luôn|ngay) (đi|trong đêm|tối nay) (không cần|đừng) (nói|báo)'],
    examples: { match: ['không cần xin phép bố mẹ đâu', 'đừng báo gia đình nhé', 'em đi luôn, không cần xin phép bố mẹ đâu'], no: ['nhớ xin phép bố mẹ nhé'] },
  },
  {
    id: 'vi.trafficking.documents', lang: 'vi', category: 'trafficking_recruitment', weight: 0.45, signal: 'id_request',
    patterns: ['(gửi|chụp|mang|đưa|nộp|giữ|cầm) (theo |)(căn cước|cccd|cmnd|chứng minh thư|chứng minh|hộ chiếu|passport|giấy tờ tùy thân|cmt|căn cước công dân|giấy khai sinh) (của em|của e|cho anh|cho a|cho chị|cho bên|cho công ty|đây|qua|để làm)'],
    examples: { match: ['gửi căn cước cho anh để làm hồ sơ', 'chụp cccd của em gửi qua'], no: ['em làm mất căn cước rồi'] },
  },
  {
    // A high salary on its own is weak; with "abroad", karaoke/bar work or travel paid it tips the lure over.
    id: 'vi.trafficking.high_pay', lang: 'vi', category: 'trafficking_recruitment', weight: 0.3, signal: 'high_pay_job',
    patterns: ['(lương|thu nhập) (cao|khủng|hấp dẫn|cực cao|rất cao)', '(lương|thu nhập) (tháng |)(từ |trên |)(#num|#money) (triệu|tr|củ|đô|usd|#num)', '(lương|thu nhập) (tháng |)(từ |trên |)#money'],
    examples: { match: ['lương cao', 'luong 30 trieu 1 thang', 'thu nhập trên 20 triệu'], no: ['lương tháng này về chưa'] },
  },
  {
    id: 'vi.trafficking.minors', lang: 'vi', category: 'trafficking_recruitment', weight: 0.35, signal: 'no_experience_needed',
    patterns: ['(tuyển|nhận) (cả |)(học sinh|hs|nữ sinh|em gái|e gái|các em|các e|bạn nữ) (từ |)(#minor|#num|dưới 18)', 'không cần (kinh nghiệm|bằng cấp|cccd|căn cước)', '(nhận|tuyển) (cả |)(người |)chưa (đủ 18|đủ tuổi)'],
    examples: { match: ['tuyển nữ sinh từ 16 tuổi', 'không cần kinh nghiệm'], no: ['tuyển sinh lớp 10'] },
  },
  {
    id: 'vi.trafficking.travel_paid', lang: 'vi', category: 'trafficking_recruitment', weight: 0.45, signal: 'travel_paid',
    patterns: ['(bao|lo|chịu|trả|hỗ trợ|được bao) (vé xe|vé máy bay|tiền xe|tiền vé|chi phí đi lại|ăn ở|ăn ở đi lại|đi lại|xe đưa đón|ăn uống)', 'bao ăn (ở|uống)', '(có |)xe (đưa đón|đón) (tận nơi|tận nhà)'],
    examples: { match: ['công ty bao vé xe và ăn ở', 'bao an o'], no: ['em tự mua vé xe rồi'] },
  },
  {
    id: 'vi.trafficking.venue', lang: 'vi', category: 'trafficking_recruitment', weight: 0.55, signal: 'nightlife_job',
    near: [['tuyển', 'việc', 'làm', 'nhân viên', 'tiếp viên', 'phục vụ', 'đi làm', 'cần', 'lương'], ['karaoke', 'quán bar', 'massage', 'mát xa', 'tiếp khách', 'rót bia', 'quán hát', 'hát với khách', 'tay vịn', 'chân dài', 'ngồi bàn', 'tiếp viên nhà hàng']], window: 8,
    examples: { match: ['tuyển tiếp viên karaoke lương cao', 'cần em đi rót bia tiếp khách', 'tuyen tiep vien karaoke'], no: ['tối nay đi hát karaoke không'] },
  },
];
