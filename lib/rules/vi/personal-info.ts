// Vietnamese personal information: "cho anh xin số em", "nhà em ở đâu", "em học trường nào";
// outgoing: the child about to send a phone number, address or "em ở nhà một mình".
import type { Rule } from '../types';

const YOU = '(em|e|bạn|cậu|con|bé)';
const ME = '(em|e|mình|tớ|tui|tôi|con|cháu)';

export const rules: Rule[] = [
  {
    id: 'vi.personal.ask_address', lang: 'vi', category: 'personal_info', weight: 0.6, signal: 'address_request',
    patterns: [`(nhà|địa chỉ|địa chỉ nhà) ${YOU} (ở |là |)(đâu|chỗ nào|số mấy|số bao nhiêu|ở đâu|đường nào|phường nào|quận nào|thôn nào|xóm nào)`, `(cho|xin) (anh|a|chú|mình|tớ|tao|) (xin |)địa chỉ (nhà |)(của |)${YOU}`, `${YOU} ở (đường|phường|quận|thôn|xóm|chung cư) (nào|gì)`],
    examples: { match: ['nhà em ở đâu', 'cho anh xin địa chỉ nhà em', 'nha e o duong nao', 'thế nhà bé ở chỗ nào'], no: ['nhà sách ở đâu vậy', 'nhà vệ sinh ở đâu em'] },
  },
  {
    id: 'vi.personal.ask_location', lang: 'vi', category: 'personal_info', weight: 0.6, signal: 'location_request',
    patterns: ['(gửi|share|chia sẻ|bật|gởi) (vị trí|định vị|location|live location) (cho anh|cho a|cho chú|cho mình|đi|nha|nhé|của em|của e)', `${YOU} đang ở đâu (đấy|đó|thế|vậy|) (gửi|share) (vị trí|định vị)`],
    examples: { match: ['gửi vị trí cho anh đi', 'em đang ở đâu đấy, gửi định vị cho anh', 'e share location cho a nha'], no: ['bật định vị để xem bản đồ', 'quán ở đâu gửi vị trí vào nhóm nhé'] },
  },
  {
    id: 'vi.personal.ask_phone', lang: 'vi', category: 'personal_info', weight: 0.6, signal: 'phone_request',
    patterns: [`(cho|xin) (anh|a|chú|mình|tớ|tao|) (xin |)(số điện thoại|số|số đt|điện thoại) (của |)${YOU}`, `(số|sđt|số đt|zalo|số zalo) (điện thoại |)(của |)${YOU} (là |)(gì|j|bao nhiêu|nhiêu|mấy) (vậy|thế|đấy|z|v|)`],
    examples: { match: ['cho anh xin sdt em', 'số của em là gì', 'sdt e la j'], no: ['số nhà mình là 5', 'số này là của ai'] },
  },
  {
    // A stranger ("anh/chú/mình") asking for contact details: phone, address, location, ID, school.
    id: 'vi.personal.ask_details', lang: 'vi', category: 'personal_info', weight: 0.6, signal: 'personal_details_request',
    near: [['cho anh', 'cho a', 'cho chú', 'anh xin', 'a xin', 'chú xin', 'gửi anh', 'gửi a', 'gửi chú', 'cho mình xin', 'cho tớ xin', 'đưa anh', 'đưa chú'], ['số điện thoại', 'sđt', 'số đt', 'số zalo', 'zalo', 'địa chỉ', 'định vị', 'vị trí', 'căn cước', 'cccd', 'cmnd', 'chứng minh thư', 'thẻ học sinh', 'trường', 'facebook', 'face', 'fb']], window: 6,
    unless: ['quý khách', 'khách hàng', 'cửa hàng', 'shop', 'đơn hàng', 'giao hàng', 'ship'],
    examples: {
      match: ['Cho anh xin số điện thoại và địa chỉ nhà của em nhé', 'cho a xin sdt vs zalo e nha', 'gửi anh ảnh căn cước của em', 'chú xin địa chỉ nhà bé để gửi quà nhé'],
      no: ['cho anh xin số tài khoản để chuyển tiền học', 'anh ơi gửi địa chỉ để shop giao hàng nhé', 'gửi anh bài tập hôm nay'],
    },
  },
  {
    id: 'vi.personal.ask_school', lang: 'vi', category: 'personal_info', weight: 0.6, signal: 'school_request',
    patterns: [`${YOU} (học|đang học|học ở) (trường|ở trường) (nào|gì|đâu)`, `trường (của |)${YOU} (ở đâu|tên gì|là trường nào)`, `${YOU} (tan học|học xong|tan trường) (lúc |)(mấy giờ|khi nào)`],
    examples: { match: ['em học trường nào', 'e tan hoc luc may gio', 'bé đang học ở trường nào thế'], no: ['trường mình nghỉ lễ', 'trường nào dạy tiếng Anh tốt'] },
  },
  {
    id: 'vi.personal.share_address', lang: 'vi', category: 'personal_info', weight: 0.65, signal: 'share_address', direction: 'out',
    patterns: [`(nhà|địa chỉ) ${ME} (ở |là |)(số|#num|đường|ngõ|hẻm|kiệt|chung cư)`, 'địa chỉ (nhà |)(của |)(em|e|mình|tớ) (là|nè)'],
    examples: { match: ['nhà em ở số 12 ngõ 5', 'dia chi nha minh la 45 Le Loi'], no: ['em đang ở nhà'] },
  },
  {
    id: 'vi.personal.share_alone', lang: 'vi', category: 'personal_info', weight: 0.6, signal: 'share_home_alone', direction: 'out',
    patterns: [`${ME} (đang |)ở nhà (một mình|#num mình)`, `${ME} (đang |tối nay |)ở (nhà |)một mình (tối nay|đêm nay|hôm nay|nè|đó|à|luôn)`, `(bố mẹ|bố|mẹ|ba|má|ông bà) ${ME} (đi vắng|không có nhà|không ở nhà|đi làm rồi|đi công tác|đi xa|về quê|đi làm tối mới về)`, 'nhà (em|e|mình|tớ) (không có|ko có|chả có) ai'],
    examples: { match: ['em đang ở nhà một mình', 'bme e di cong tac', 'em ở một mình tối nay nè'], no: ['em ở nhà với mẹ', 'em ở với bà'] },
  },
  {
    id: 'vi.personal.share_phone', lang: 'vi', category: 'personal_info', weight: 0.65, signal: 'share_phone', direction: 'out',
    patterns: ['#phone', `(số|số điện thoại|zalo|sđt) (của |)${ME} (là|nè|đây) (#num|)`],
    examples: { match: ['số của em là 0912345678', 'zalo mình nè 0987.654.321'], no: ['em có 2 điện thoại'] },
  },
  {
    id: 'vi.personal.share_school', lang: 'vi', category: 'personal_info', weight: 0.6, signal: 'share_school', direction: 'out',
    patterns: [`${ME} học (ở |)trường`, `${ME} học lớp (#minor|#num) (trường|ở)`],
    near: [[`${ME} (đang |)học lớp`], ['trường', 'thcs', 'thpt', 'tiểu học', 'cấp 2', 'cấp 3', 'c2', 'c3']], window: 6,
    examples: { match: ['em học trường THCS Nguyễn Du', 'em học lớp 7A trường THCS Lê Lợi', 'e hoc lop 8b thcs cau giay'], no: ['em đi học về rồi', 'em học lớp học thêm buổi tối'] },
  },
];
