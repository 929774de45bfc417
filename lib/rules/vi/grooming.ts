// Vietnamese grooming: flattery, secrecy ("đừng nói với bố mẹ"), "em ở nhà một mình à",
// age and class questions, gifts (thẻ game, quân huy), meeting, moving to Zalo/Telegram,
// deleting the chat. Written with diacritics; text typed without them, or in teen shorthand
// (k, ko, dc, j, bme, ib, a/e), matches through normalisation.
import type { Rule } from '../types';

const YOU = '(em|e|bạn|cậu|con|mày|bé)';

export const rules: Rule[] = [
  {
    id: 'vi.grooming.age_disclosure', lang: 'vi', category: 'grooming', weight: 0.3, signal: 'age_disclosure', direction: 'out',
    patterns: ['(em|e|mình|tớ|tui|con|cháu|tao) (mới |năm nay |nay |)(#minor|#num) tuổi', '(em|e|mình|tớ|tui|con) (đang |)học lớp (#minor|#num)'],
    examples: { match: ['em mới 13 tuổi', 'minh hoc lop 8'], no: ['em đi học rồi'] },
  },
  {
    id: 'vi.grooming.age_question', lang: 'vi', category: 'grooming', weight: 0.3, signal: 'age_question',
    patterns: [
      `${YOU} (năm nay |nay |)(bao nhiêu|bn|mấy) tuổi`, `${YOU} (đang |)học lớp (mấy|bao nhiêu|mấy rồi)`, `${YOU} sinh năm (bao nhiêu|mấy)`,
      `${YOU} còn đi học (không|à|hả|chưa)`, `${YOU} (là |)học sinh (à|hả|không|trường nào)`, `${YOU} (tuổi gì|bao tuổi)`,
    ],
    examples: { match: ['em bao nhiêu tuổi rồi', 'e hoc lop may', 'bạn sinh năm bao nhiêu'], no: ['bố em 40 tuổi'] },
  },
  {
    id: 'vi.grooming.delete_chat', lang: 'vi', category: 'grooming', weight: 0.55, signal: 'delete_chat',
    patterns: [
      '(xóa|xoá|gỡ) (hết |)(tin nhắn|đoạn chat|cuộc trò chuyện|lịch sử chat|lịch sử trò chuyện|đoạn tin nhắn|ảnh|hình) (đi|nha|nhé|này|sau khi|của anh|của a|anh gửi|a gửi)',
      'nhớ (xóa|xoá) (tin nhắn|đoạn chat|hết|đi|ảnh)', '(xóa|xoá) (đi|ngay) (nha|nhé|kẻo|không)', 'đọc xong (thì |rồi |)(xóa|xoá)',
    ],
    examples: { match: ['nhớ xóa tin nhắn đi nha', 'doc xong thi xoa di', 'xoá đoạn chat này đi'], no: ['mình lỡ xoá ảnh trong máy rồi'] },
  },
  {
    id: 'vi.grooming.flattery', lang: 'vi', category: 'grooming', weight: 0.25, signal: 'flattery',
    patterns: [`${YOU} (xinh|dễ thương|đáng yêu|cute|đẹp|xinh đẹp|sexy|gợi cảm|ngon) (quá|thế|vậy|ghê|lắm|thật|vãi)`, `${YOU} (trông|nhìn) (già dặn|người lớn|trưởng thành|sexy)`],
    examples: { match: ['em xinh quá', 'e nhìn trưởng thành thế'], no: ['cái áo này đẹp quá'] },
  },
  {
    id: 'vi.grooming.gifts', lang: 'vi', category: 'grooming', weight: 0.35, signal: 'gifts',
    patterns: [
      `(anh|a|chú|chị|mình|tao) (sẽ |)(mua|tặng|cho|nạp|gửi) ${YOU} (quà|điện thoại|iphone|tiền|thẻ|thẻ game|thẻ cào|kim cương|quân huy|skin|robux|đồ|quần áo|#money)`,
      `nạp (thẻ|game|kim cương|quân huy|robux|skin) cho ${YOU}`, `(anh|a|chú) (sẽ |)(mua|tặng|nạp) cho ${YOU} (cái |con |bộ |mấy |ít |)(quà|điện thoại|iphone|thẻ game|thẻ cào|kim cương|quân huy|skin|robux|váy|quần áo|son)`, `(anh|a|chú|chị|mình|tao) (sẽ |)(mua|tặng|nạp|gửi) (quà|điện thoại|iphone|tiền|thẻ|thẻ game|thẻ cào|kim cương|quân huy|skin|robux|đồ|quần áo|#money) (cho |)${YOU}`, `(anh|a|chú|chị) (chuyển|cho) ${YOU} (#money|tiền tiêu vặt)`,
    ],
    examples: { match: ['anh mua điện thoại cho em nhé', 'a nạp kim cương cho e'], no: ['mẹ mua quà cho em'] },
  },
  {
    id: 'vi.grooming.home_alone', lang: 'vi', category: 'grooming', weight: 0.45, signal: 'home_alone',
    patterns: [
      `${YOU} (đang |)ở nhà (có |)(một mình|#num mình) (à|không|hả|hở|hông|chứ|ko|k|phải không|)`, `ở nhà (có |)(một mình|#num mình) (à|không|hả|hở|hông|ko|k)`,
      `(bố mẹ|bố|mẹ|ba|má|ông bà) ${YOU} (có |)(ở nhà|đi làm|đi vắng|vắng nhà|về chưa|đi đâu|khi nào về|mấy giờ về|có nhà|ngủ chưa|ngủ rồi)`,
      `nhà ${YOU} (có |)(ai|người lớn) (không|ở nhà không|ko|k)`, '(có |)ai ở nhà với (em|e|bạn|cậu|con) (không|ko|k|chưa)', `phòng ${YOU} (có khóa|có ai|riêng)`,
    ],
    examples: { match: ['em đang ở nhà một mình à', 'bme e di lam chua', 'nha e co ai khong'], no: ['anh ở nhà một mình buồn quá', 'mẹ em đi chợ'] },
  },
  {
    id: 'vi.grooming.isolation', lang: 'vi', category: 'grooming', weight: 0.35, signal: 'isolation',
    patterns: [`(bố mẹ|bạn bè|thầy cô) ${YOU} (không|chẳng|đâu có) (hiểu|thương|quan tâm) ${YOU}`, `chỉ có (anh|a|chú|chị|mình) (mới |)(hiểu|thương|quan tâm) ${YOU}`, `${YOU} (có thể |)(tin|tâm sự với|kể) (anh|a|chú) (mọi chuyện|mọi thứ|tất cả)`],
    examples: { match: ['chỉ có anh mới hiểu em', 'bme e k hieu e dau'], no: ['mẹ hiểu em mà'] },
  },
  {
    id: 'vi.grooming.meet', lang: 'vi', category: 'grooming', weight: 0.45, signal: 'meet_request',
    patterns: [
      `(anh|a|chú|mình) (đến|qua|tới|ra) (đón|rước|gặp|chở) ${YOU}`, `(gặp|đi chơi với) (anh|a|chú|mình) (không|nhé|nha|đi|được không|nhé em|nhé e)`, `${YOU} (ra|trốn ra|lẻn ra|đi ra) (gặp|ngoài gặp) (anh|a|chú|mình)`,
      '(mình|hai đứa|chúng mình|anh em mình|a em mình|anh e mình) (gặp|gặp nhau|đi chơi) (đi|nhé|nha|không|riêng|ngoài)', `(trốn|lẻn) (nhà |bố mẹ |)(ra|đi) (gặp|chơi|với) (anh|a|chú)`,
    ],
    examples: { match: ['anh qua đón em nhé', 'mình gặp nhau đi', 'e trốn ra gặp a nha'], no: ['mẹ qua đón em lúc 5 giờ'] },
  },
  {
    id: 'vi.grooming.private_app', lang: 'vi', category: 'grooming', weight: 0.4, signal: 'move_private',
    patterns: [
      '(kết bạn|add|ib|inbox|nhắn tin|nhắn|chat|nói chuyện) (riêng|qua zalo|qua tele|qua telegram|zalo|telegram|tele|messenger|mess|riêng với anh|riêng với a) (với anh|với a|với chú|nha|nhé|đi|không|)',
      `(cho|xin) (anh|a|chú|mình|tớ|tao|) (xin |)(zalo|facebook|fb|face|tele|telegram|insta|snap|nick) (của |)${YOU}`, '(qua|sang) (zalo|telegram|tele|messenger|mess) (nói chuyện|nc|nhắn|chat) (cho |)(riêng|tiện)',
    ],
    examples: { match: ['ib riêng với anh nha', 'cho anh xin zalo em', 'qua zalo nc cho riêng', 'em ơi cho anh xin zalo em nha'], no: ['lớp mình có nhóm zalo'] },
  },
  {
    id: 'vi.grooming.relationship', lang: 'vi', category: 'grooming', weight: 0.3, signal: 'relationship',
    patterns: [`làm (người yêu|bạn gái|vợ|bồ|ny) (anh|a|chú|tớ|mình) (nhé|nha|không|đi|được không)`, `${YOU} có (người yêu|bạn trai|bồ|ny) chưa`, `${YOU} (đã |)(hôn|kiss) (ai |)(bao giờ |)chưa`],
    examples: { match: ['làm người yêu anh nhé', 'em có ny chưa', 'em ơi làm người yêu anh nhé'], no: ['chị có người yêu rồi'] },
  },
  {
    // Người lớn biết mình đang phạm tội: "em có phải công an không", "anh có thể đi tù".
    id: 'vi.grooming.police_fear', lang: 'vi', category: 'grooming', weight: 0.6, signal: 'police_fear',
    patterns: [
      '(em|e) (có phải|là|phải) (là |)(công an|cảnh sát|cớm) (không|ko|hả|à|ha|đúng không)', '(em|e) không phải (là |)(công an|cảnh sát|cớm) (chứ|đúng không|phải không)',
      '(anh|a) (có thể|sẽ|dễ) (bị bắt|đi tù|ngồi tù|vào tù)', '(anh|a) sợ (bị bắt|đi tù|ngồi tù|công an)', '(gài bẫy|gài) (anh|a)',
    ],
    examples: { match: ['em có phải công an không', 'anh có thể đi tù vì chuyện này', 'em không phải cảnh sát chứ'], no: ['công an đến trường em hôm nay', 'nó bị bắt rồi'] },
  },
  {
    id: 'vi.grooming.secrecy', lang: 'vi', category: 'grooming', weight: 0.55, signal: 'secrecy',
    patterns: [
      '(đừng|không được|ko được|cấm|không cần|đừng có) (nói|kể|cho|để|mách|báo) (với |cho |)(ai|bố mẹ|bố|mẹ|ba|má|bạn bè|người khác|gia đình|người nhà|thầy cô|cô giáo|thầy) (biết|nghe|hay|nhé|nha|)',
      '(giữ|là) bí mật (nhé|nha|của hai|giữa|với anh|với a|giùm)', 'chuyện (này|của) (hai |)(mình|chúng ta|anh em|a em|anh e|hai đứa) (thôi|biết thôi|nhé)', 'chỉ (hai|#num) (đứa |)(mình|chúng ta|anh em|a em|anh e) biết (thôi|)',
      `(đừng|không) (để|cho) (bố mẹ|bố|mẹ|ba|má|ai|người nhà) ${YOU} (biết|thấy|đọc|xem)`, 'bí mật (của |giữa |)(hai |)(mình|chúng ta|anh em|a em|anh e)',
    ],
    examples: { match: ['đừng nói với bố mẹ nhé', 'dung noi voi ai nha', 'chuyện này hai mình biết thôi', 'đừng kể cho ai nghe', 'chuyện này đừng nói với bố mẹ nhé em'], no: ['con nói với bố mẹ rồi', 'bí mật của vũ trụ'] },
  },
  {
    id: 'vi.grooming.video_call', lang: 'vi', category: 'grooming', weight: 0.4, signal: 'camera_request',
    patterns: ['(gọi|call) (video|facetime|vid|cam) (với anh|với a|cho anh|cho a|với chú|đi|không|nha|nhé|riêng)', '(bật|mở) (cam|camera|webcam) (lên |)(cho anh|cho a|đi|nha|nhé|anh xem|a xem|lên)'],
    examples: { match: ['gọi video với anh đi', 'bật cam lên cho anh xem'], no: ['camera bị hỏng rồi'] },
  },
];
