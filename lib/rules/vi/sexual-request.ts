// Vietnamese sexual requests: "gửi ảnh nóng", "cho anh xem", "cởi áo ra", camera undressing,
// sexual talk and questions to a child (A05: luring children to film sensitive videos).
import type { Rule } from '../types';

const REQUEST = ['gửi', 'send', 'chụp', 'quay', 'cho anh xem', 'cho anh coi', 'cho chú xem', 'cho tao xem', 'cho mình xem', 'cho xem', 'cho coi', 'show', 'khoe', 'xem', 'coi', 'ngắm', 'up', '=đăng'];
const INTIMATE = [
  'ảnh nóng', 'hình nóng', 'clip nóng', 'video nóng', 'pic nóng', 'pic nude', 'ảnh 18+', 'clip 18+', 'ảnh sexy', 'hình sexy', 'ảnh sex', 'clip sex', 'khỏa thân', 'khoả thân', 'nude', 'nuy', 'không mặc gì', 'không mặc áo', 'không mặc quần', 'không mặc đồ',
  'ko mặc gì', 'vếu', 'ngực', '=vú', '=bím', '=bướm', 'đồ lót', 'áo ngực', 'áo lót', 'quần lót', 'quần chíp', 'quần sịp', '=mông', 'vùng kín', 'cô bé', 'lúc tắm', 'đang tắm', 'chỗ ấy', 'nhạy cảm', 'hàng họ',
];

export const rules: Rule[] = [
  {
    id: 'vi.sexual.camera_undress', lang: 'vi', category: 'sexual_request', weight: 0.9, signal: 'camera_undress',
    patterns: [
      'cởi (áo|quần|đồ|hết|áo ra|quần ra|đồ ra|hết ra|áo ngực|áo lót|quần lót) (ra |)(cho anh|cho a|cho chú|cho tao|cho mình|anh xem|a xem|đi|xem|coi|nha|nhé)',
      '(bật cam|gọi video|call video) (rồi |)(cởi|khoe|show|cho xem)', `(em|e|bé|bạn) (cởi|cởi đồ|cởi áo|thay đồ) (trước |)(cam|camera) (đi|nha|cho anh|cho a)`, '(sờ|vuốt|chạm) (vào |)(ngực|vú|chỗ ấy|vùng kín|cô bé) (cho anh|cho a|đi|nha|em|e)',
    ],
    examples: { match: ['cởi áo ra cho anh xem', 'coi ao ra cho a xem di', 'bật cam rồi cởi đi'], no: ['cởi áo khoác ra kẻo nóng'] },
  },
  {
    id: 'vi.sexual.intimate_request', lang: 'vi', category: 'sexual_request', weight: 0.9, signal: 'intimate_request',
    // Window 9: natural word order puts fillers between the verb and the image ("gửi cho anh vài tấm ảnh nóng của em").
    near: [REQUEST, INTIMATE], window: 9,
    unless: ['chống', 'phòng chống', 'cảnh báo', 'tố cáo', 'báo cáo'],
    examples: {
      match: ['gửi ảnh nóng cho anh đi', 'g.ử.i ả.n.h n.ó.n.g', 'cho anh xem ngực em', 'gui anh xem anh khoa than', 'gửi cho anh vài tấm ảnh nóng của em đi', 'gui cho anh may cai hinh khong mac gi cua e nha', 'e chụp cho a mấy tấm mặc đồ lót đi', 'e gửi a mấy pic nóng đi'],
      no: ['ảnh này chụp lúc đi biển', 'cảnh báo lừa đảo gửi ảnh nhạy cảm', 'gửi cho anh vài tấm ảnh đi biển của em đi'],
    },
  },
  {
    id: 'vi.sexual.photo_request', lang: 'vi', category: 'sexual_request', weight: 0.4, signal: 'photo_request',
    near: [['gửi', 'send', 'chụp', 'cho anh xem', 'cho xem', 'cho coi', 'cho anh coi', 'khoe', 'xin'], ['ảnh', 'hình', 'pic', 'clip', 'video', 'vid', 'selfie', 'hình ảnh'], ['em', 'e', 'bé', 'anh', '=chú', 'cậu', '=bạn']], window: 5,
    unless: ['bài tập', 'hóa đơn', 'hoá đơn', 'bài', 'giấy tờ', 'tài liệu'],
    examples: { match: ['gửi anh ảnh của em đi', 'e chụp hình cho anh xem'], no: ['gửi ảnh bài tập cho cô'] },
  },
  {
    id: 'vi.sexual.question', lang: 'vi', category: 'sexual_request', weight: 0.5, signal: 'sexual_question',
    patterns: [
      '(em|e|bạn|bé) còn (trinh|zin|con gái) (không|ko|k|hok|chưa|à|hả)', '(em|e|bạn|bé) (đã |)(từng |)(quan hệ|làm tình|làm chuyện ấy|chịch|thủ dâm|tự sướng) (chưa|bao giờ chưa|bao giờ)',
      '(ngực|vú|vếu) (em|e|bé|bạn) (to|bự|size|cỡ|bao nhiêu)', '(em|e|bé|bạn) (đang |)mặc (áo ngực|áo lót|quần lót|đồ lót|quần chíp) (màu gì|chưa|không)', '(em|e|bé|bạn) (có |)(hay |)(thủ dâm|tự sướng|xem phim sex|xem sex) (không|ko|k|chưa)',
      '(em|e|bé|bạn) đang mặc (gì|đồ gì)',
    ],
    examples: { match: ['em còn trinh không', 'e da tung quan he chua', 'em đang mặc gì đấy'], no: ['em còn đi học không'] },
  },
  {
    id: 'vi.sexual.self_share', lang: 'vi', category: 'sexual_request', weight: 0.65, signal: 'self_sharing', direction: 'out',
    near: [['gửi', 'send', 'chụp', 'quay', 'cho anh xem', 'khoe'], INTIMATE], window: 6,
    examples: { match: ['em gửi ảnh nóng cho anh nè', 'em chụp ảnh khỏa thân rồi'], no: ['em gửi bài tập cho cô rồi'] },
  },
  {
    id: 'vi.sexual.talk', lang: 'vi', category: 'sexual_request', weight: 0.6, signal: 'sexual_talk',
    patterns: [
      '(làm tình|chịch|xếp hình|quan hệ|nện|bú|liếm|sục|móc) (với |)(em|e|anh|a|nhau|bé) (không|ko|k|đi|nha|nhé|được không|chứ)', '(anh|a|chú|tao) (muốn|thèm) (làm tình|chịch|ngủ|hôn|sờ|liếm|bú|địt|đụ) (với |)(em|e|bé|mày)',
      '(đi|vào) (nhà nghỉ|khách sạn) (với anh|với a|với chú|không|nha|nhé|đi)', '(anh|a|chú) (nứng|hứng|muốn) (quá|lắm)', '(em|e|bé) (có |)(nứng|hứng|ướt) (chưa|không|ko|k|chứ)',
    ],
    examples: { match: ['anh muốn làm tình với em', 'di nha nghi voi anh nha', 'em nứng chưa'], no: ['anh muốn ngủ sớm'] },
  },
];
