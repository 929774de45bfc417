// Vietnamese sextortion: "chuyển tiền không thì tao gửi clip cho cả trường" (A05: children lured
// into filming, then extorted).
import type { Rule } from '../types';

const SHARE = ['gửi', 'phát tán', 'tung', 'đăng', 'share', 'public', 'post', 'lan truyền', 'công khai', 'đưa lên', 'up', 'bung', 'leak'];
const IMAGES = [
  'ảnh nóng', 'clip nóng', 'ảnh khỏa thân', 'clip nhạy cảm', 'ảnh nhạy cảm', '(ảnh|hình|clip|video|vid) (của |)(mày|em|bạn|cậu|mi|e|m)', '(ảnh|hình|clip|video|vid) (đó|này|kia|ấy)', 'đống (ảnh|hình|clip)', 'hết (ảnh|hình|clip)', 'thêm (ảnh|hình|clip)',
];
const AUDIENCE = ['bố mẹ', 'gia đình', 'người thân', 'bạn bè', 'trường', 'thầy cô', 'cả lớp', 'lên mạng', 'mạng xã hội', 'facebook', 'fb', 'zalo', 'nhóm', 'mọi người', 'cả trường', 'tiktok', 'group', 'danh bạ', 'người yêu'];
const CONDITION = ['(không|ko|k|hok) (gửi|chuyển|trả|nạp|làm|nghe lời|rep|trả lời) thì', 'nếu không', 'nếu ko', 'không thì', 'ko thì', 'bằng không', 'chuyển tiền', 'chuyển khoản', '#money', 'trả tiền', 'nộp tiền', 'muốn yên', 'đừng trách', 'liệu hồn', 'liệu mà', 'trong vòng', 'còn không', 'thì đừng', 'triệu'];

export const rules: Rule[] = [
  {
    id: 'vi.sextortion.has_images', lang: 'vi', category: 'sextortion', weight: 0.5, signal: 'claims_images',
    patterns: ['(tao|anh|a|tôi|tui|chú) (đã |vẫn |)(có|đang giữ|giữ|lưu|quay lại|chụp lại|ghi lại|chụp màn hình) (hết |)(ảnh|clip|video|hình) (nóng |khỏa thân |nude |)(của |)(mày|em|e|bạn|bé)'],
    examples: { match: ['tao có clip của mày', 'anh đã quay lại video của em', 'nhớ là a vẫn đang giữ ảnh nóng của e đấy'], no: ['tao có ảnh đi biển'] },
  },
  {
    id: 'vi.sextortion.pay_or', lang: 'vi', category: 'sextortion', weight: 0.6, signal: 'payment_demand',
    patterns: ['(chuyển tiền|chuyển khoản|trả tiền|nạp thẻ|chuyển #money|gửi #money) (đi |ngay |)(nếu|nếu mà) (không|ko|k|hok) muốn'],
    near: [['=chuyển', 'chuyển #num', 'chuyển khoản', 'gửi', '=nộp', '=đưa', '=trả', '=nạp'], ['tiền', '#money', 'triệu', 'củ', 'thẻ cào', 'thêm ảnh', 'thêm clip', 'ảnh nữa'], ['không thì', 'ko thì', 'k thì', 'nếu không', 'nếu ko', 'bằng không', 'còn không']], window: 10,
    examples: { match: ['chuyển 5 triệu không thì đừng trách', 'gửi thêm ảnh nữa nếu không tao tung hết', 'chuyen tien neu khong muon anh bi phat tan', 'chuyen 2 trieu khong thi ca truong xem'], no: ['chuyển tiền điện chưa', 'chuyển tiền nếu muốn đặt hàng nhé'] },
  },
  {
    // "anh sẽ cho cả trường xem ảnh của em": a threat to expose images even without a stated condition.
    id: 'vi.sextortion.expose', lang: 'vi', category: 'sextortion', weight: 0.65, signal: 'sextortion_threat',
    near: [['(tao|anh|a|tôi|chú|tui) (sẽ|sẽ gửi|sẽ tung|sẽ đăng|tung|đăng|gửi|phát tán|cho)', 'tung hết', 'đăng hết'], IMAGES, ['cả trường', 'cả lớp', 'lên mạng', 'bố mẹ', 'bme', 'mạng xã hội', 'facebook', 'fb', 'tiktok', 'mọi người', 'gia đình', 'người yêu', 'bạn bè']], window: 10,
    unless: ['kỷ yếu', 'kỉ yếu', 'dã ngoại', 'tốt nghiệp', 'sinh nhật', 'khen'],
    examples: { match: ['anh sẽ cho cả trường xem ảnh của em', 'tao sẽ tung hết ảnh của mày lên mạng', 'a se dang clip cua em len fb cho bme em xem'], no: ['anh sẽ gửi ảnh kỷ yếu của em cho cả lớp', 'tao đăng ảnh của mày lên fb chúc mừng sinh nhật nhé'] },
  },
  {
    id: 'vi.sextortion.threat', lang: 'vi', category: 'sextortion', weight: 0.9, signal: 'sextortion_threat',
    near: [SHARE, IMAGES, AUDIENCE, CONDITION], window: 20,
    examples: { match: ['không chuyển tiền thì tao gửi clip của mày cho cả trường xem', 'nếu ko gửi thêm ảnh tao sẽ đăng lên facebook cho bố mẹ mày xem', 'ko gửi thì a tung ảnh e lên mạng'], no: ['gửi ảnh kỷ yếu cho cả lớp nhé'] },
  },
];
