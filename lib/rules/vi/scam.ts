// Vietnamese scams: OTP/password requests, prizes ("trúng thưởng", "quà tri ân"), locked accounts,
// fake police/court and the "bắt cóc online" script (phối hợp điều tra, thuê phòng, tài khoản
// an toàn), debt harassment, fake jobs ("làm việc tại nhà", "xử lý đơn hàng"), gambling lures.
import type { Rule } from '../types';

const NEVER = ['không', 'đừng', 'tuyệt đối', 'không được', 'ko', 'k', '=chớ', 'không bao giờ', 'ai', 'bất kỳ ai', 'bất kì ai', 'bất cứ ai'];
const LINK = ['#url', '#shorturl', '#badurl', 'link', 'đường link', 'đường dẫn', 'website', 'web'];
const MONEY = ['#money', 'triệu', 'tr', 'nghìn', 'ngàn', 'củ', 'đồng', 'vnd', 'vnđ'];

export const rules: Rule[] = [
  {
    id: 'vi.scam.account_locked', lang: 'vi', category: 'scam', weight: 0.5, signal: 'account_locked',
    near: [['tài khoản', 'tk', '=thẻ', 'sim', 'thuê bao', '=ví', 'atm', 'số điện thoại', 'facebook', 'zalo'], ['bị khóa', 'bị khoá', 'tạm khóa', 'tạm khoá', '=khóa', '=khoá', 'đình chỉ', 'vô hiệu hóa', 'vô hiệu hoá', 'bị chặn', 'đăng nhập trên thiết bị khác', 'bị hack', 'sẽ bị trừ', 'bị trừ', 'thu phí', 'phí dịch vụ', 'bị thu hồi', 'bất thường']], window: 12,
    examples: { match: ['tài khoản của quý khách đã bị khóa', 'Tai khoan cua ban duoc dang nhap tren thiet bi khac'], no: ['nhà mình khóa cửa rồi'] },
  },
  {
    id: 'vi.scam.account_alert', lang: 'vi', category: 'scam', weight: 0.45, signal: 'account_alert',
    patterns: [
      'nếu (không|ko|k) phải (là |)(bạn|quý khách|qk|anh chị|ông bà) (đăng nhập|kích hoạt|tiêu dùng|thực hiện|mở|đăng ký|giao dịch|yêu cầu)', '(đang |được |)(đăng nhập|kích hoạt|tiêu dùng|giao dịch) (trên|tại|ở) (thiết bị|nước ngoài) (khác|lạ|)',
      '(thu phí|phí dịch vụ|sẽ bị trừ|bị trừ) (hàng tháng|mỗi tháng|#money|#num)', 'tránh (mất|bị mất) (tài sản|tiền)', 'phát hiện (kích hoạt|đăng nhập|giao dịch|tiêu dùng)',
    ],
    examples: { match: ['Neu khong phai ban dang nhap vui long vao link', 'tai khoan dang tieu dung o nuoc ngoai'], no: ['nếu không phải bạn thì là ai'] },
  },
  {
    id: 'vi.scam.fake_documents', lang: 'vi', category: 'scam', weight: 0.6, signal: 'fake_documents',
    patterns: ['(nhận |)làm (các loại |tất cả các loại |mọi loại |)(bằng cấp|bằng lái|giấy tờ|gplx|căn cước|chứng minh thư|chứng minh|bằng đại học|bằng cấp #num|giấy phép lái xe)', '(bằng|giấy tờ) giả'],
    examples: { match: ['Bên em nhận làm các loại bằng lái, căn cước', 'ben em lam tat ca cac loai bang cap'], no: ['em đi thi bằng lái xe'] },
  },
  {
    id: 'vi.scam.loan', lang: 'vi', category: 'scam', weight: 0.45, signal: 'loan_offer',
    patterns: ['giải ngân (nhanh|trong ngày|ngay|#num)', 'vay (tiền |vốn |)(nhanh|online|không thế chấp|tín chấp|chỉ cần cccd|chỉ cần căn cước|chỉ cần cmnd|lãi suất thấp)', 'không (thẩm định|cần thế chấp|gọi người thân|cần chứng minh thu nhập)', 'hỗ trợ vay'],
    examples: { match: ['hỗ trợ vay giải ngân nhanh', 'vay online chi can cccd'], no: ['em vay bạn 50 nghìn'] },
  },
  {
    id: 'vi.scam.bad_link_action', lang: 'vi', category: 'scam', weight: 0.6, signal: 'suspicious_link',
    near: [['truy cập', 'nhấn', 'bấm', 'click', 'vào', 'đăng nhập', 'xác thực', 'xác minh', 'cập nhật', 'tải', 'nhận', 'kiểm tra', 'đăng ký', 'dki', 'đk', 'huỷ', 'hủy', 'tại', 'lấy', 'link', 'dk', 'xem'], ['#badurl']], window: 6,
    examples: { match: ['vui long vao https://vietcombank.vn-gss.club de sua doi mat khau'], no: ['xem tại https://viettel.vn/km'] },
  },
  {
    id: 'vi.scam.urgency', lang: 'vi', category: 'scam', weight: 0.3, signal: 'urgency',
    patterns: ['(thông báo|cảnh báo) (cuối cùng|lần cuối)', 'quá hạn (sẽ |)(không|ko|k) (được |)(chấp nhận|giải quyết|hỗ trợ)', '(trước|trong vòng) #num (h|giờ|tiếng|phút) (hôm nay|nữa|tới)', 'hôm nay là (thông báo|ngày) cuối', 'gấp (trong|trước) (hôm nay|ngày)', '(kết thúc|hết hạn|hết hiệu lực|bị khóa|bị khoá|bị hủy|bị huỷ|bị trừ) (trong|sau) (24h|48h|#num giờ|#num h|#num tiếng|#num phút)'],
    near: [['thời hạn', 'hạn chót', 'hạn cuối', 'hết hạn'], ['hôm nay', 'trong ngày', 'trong 24h', 'trong 24 giờ']], window: 6,
    examples: { match: ['Hôm nay là thông báo cuối cùng', 'QUA HAN SE KHONG DUOC CHAP NHAN'], no: ['bài tập nộp trước thứ hai'] },
  },
  {
    id: 'vi.scam.advance_fee', lang: 'vi', category: 'scam', weight: 0.45, signal: 'advance_fee',
    patterns: ['(phí|tiền) (cọc|đặt cọc|kích hoạt|xử lý|hồ sơ|thủ tục|giải ngân|bảo hiểm khoản vay|mở khóa|mở khoá|xác minh)', '(nộp|chuyển|đóng) (trước |)(phí|tiền cọc|tiền đặt cọc)', '(chuyển|nạp) (tiền |)trước (rồi|mới|để)'],
    examples: { match: ['nộp phí hồ sơ 500k để nhận việc', 'chuyển trước để giải ngân'], no: ['học phí tháng này'] },
  },
  {
    id: 'vi.scam.debt_threat', lang: 'vi', category: 'scam', weight: 0.6, signal: 'debt_threat',
    near: [['=nợ', 'khoản nợ', 'quá hạn', 'trễ hạn', 'chậm thanh toán', 'nợ xấu', 'khoản vay', 'thanh toán', 'giảm nợ', 'số tiền quá hạn'], ['người thân', 'gia đình', 'nơi làm việc', 'bạn bè', 'danh bạ', 'cơ quan', 'khởi kiện', 'chuyển hồ sơ', 'ban giao hồ sơ', 'bàn giao hồ sơ', 'gửi hồ sơ', 'xử lý theo pháp luật', 'bêu', 'cic', 'công an', 'không hợp tác', 'bất hợp tác', 'chấm dứt hợp đồng', 'cảnh báo lần cuối', 'lần cuối']], window: 20,
    examples: { match: ['thanh toán khoản nợ ngay trước khi thông báo nợ về người thân', 'yc thanh toan gap, neu van bat hop tac ben toi ban giao HS den CIC'], no: ['con trả nợ bạn rồi'] },
  },
  {
    id: 'vi.scam.fake_authority', lang: 'vi', category: 'scam', weight: 0.6, signal: 'fake_authority',
    patterns: [
      '(phối hợp|hợp tác) (với |)(cơ quan |)(điều tra|công an|cảnh sát)', '(liên quan|dính líu|dính) (đến|tới|vào) (một |)(vụ án|đường dây|rửa tiền|ma túy|buôn lậu|lừa đảo|đường dây rửa tiền)',
      '(lệnh|giấy) (bắt|triệu tập|truy nã)', '(bắt giữ|bắt tạm giam|khởi tố) (bạn|em|e|anh|a|chị|ông bà|quý khách|con)', '(hồ sơ|vụ án) (điều tra|mật|bí mật)',
      '(cán bộ|cơ quan) (thuế|công an|điều tra|viện kiểm sát|tòa án|toà án) (vừa|đang|yêu cầu|thông báo|liên hệ)', '(tòa án|toà án|viện kiểm sát|công an|cảnh sát) (gửi |ra |đã ra |)(giấy |lệnh |quyết định |)(triệu tập|truy tố|khởi tố|tạm giam)', '(làm việc|lấy lời khai|thẩm vấn) (với bạn |với em |với anh |với chị |)(qua|trên|bằng) (zoom|skype|telegram|video|điện thoại)', '(cài|tải|vào) (app |ứng dụng |)(zoom|skype|telegram|signal) (để |)(làm việc|lấy lời khai|điều tra|hợp tác)', '(điều tra|công an|tòa án|toà án) (yêu cầu|triệu tập) (bạn|em|e|anh|a|chị|ông bà|quý khách)',
    ],
    examples: { match: ['em cần phối hợp với cơ quan điều tra', 'ban lien quan den duong day rua tien'], no: ['công an phường tổ chức họp dân'] },
  },
  {
    id: 'vi.scam.accusation', lang: 'vi', category: 'scam', weight: 0.4, signal: 'fake_authority',
    patterns: ['(có |)hành vi (lợi dụng tín nhiệm|chiếm đoạt|lừa đảo|vi phạm)', 'lợi dụng tín nhiệm', '(bạn|ông bà|quý khách|anh chị|a chị|em|e) (đang |)(bị |)(nghi ngờ|tình nghi|điều tra)'],
    examples: { match: ['Nhan thay co hanh vi LOI DUNG TIN NHIEM'], no: ['hành vi đẹp của học sinh'] },
  },
  {
    id: 'vi.scam.gambling', lang: 'vi', category: 'scam', weight: 0.6, signal: 'gambling_lure',
    near: [['nhà cái', 'tỉ lệ cược', 'tỷ lệ cược', 'vòng cược', 'tài xỉu', 'nổ hũ', 'xóc đĩa', 'bắn cá', 'game bài', 'casino', 'slot', 'lô đề', 'soi cầu', 'đá gà', 'rút ngay', 'rút liền', 'nạp đầu nhận', 'nạp đầu tặng', 'nạp đầu thưởng', 'rút tiền nhanh', 'không cần nạp', 'ko cần nạp', 'rút siêu tốc', 'rút tiền siêu tốc', 'game bài', 'gem bài', 'nohu', 'cổng game', 'nạp lần đầu', 'tặng code', 'nhận code', 'lì xì miễn phí'], ['#url', '#shorturl', '#badurl', 'nạp', 'rút', 'tặng', 'thưởng', 'link', 'đăng ký', 'uy tín', 'tải app', 'code', 'giftcode', 'tele', 'telegram', 'x2', 'x3']], window: 16,
    examples: { match: ['nạp đầu tặng 100k, rút tiền nhanh', 'nha cai uy tin tang code'], no: ['nạp tiền điện thoại', 'thẻ nạp đầu tiên được tặng data'] },
  },
  {
    id: 'vi.scam.deposit_bonus', lang: 'vi', category: 'scam', weight: 0.45, signal: 'gambling_lure',
    patterns: ['nạp #money (nhận|tặng|thưởng|được|được tặng|được nhận|x2|x3) (ngay |thêm |)(#money|#num)', '(tặng|thưởng|khuyến mãi|km) (#num|#money) (nạp|cho lần nạp) (đầu|lần đầu|đầu tiên)', '(x2|x3|gấp đôi|gấp ba) (lần |)nạp (đầu|lần đầu)'],
    examples: { match: ['nạp 50k nhận 108k', 'tang 100% nap lan dau'], no: ['mẹ nạp 50k tiền điện thoại cho con rồi'] },
  },
  {
    id: 'vi.scam.fake_fine', lang: 'vi', category: 'scam', weight: 0.5, signal: 'fake_fine',
    patterns: ['(biên lai|biên bản|quyết định xử phạt|khoản phạt|tiền phạt) (vẫn |)(chưa) (nộp|đóng|thanh toán|xử lý)', 'chưa (nộp|đóng) (tiền |)phạt', 'phạt nguội', '(vi phạm|lỗi) (giao thông|luật giao thông) (chưa|cần|phải|vui lòng|liên hệ)'],
    examples: { match: ['ông/bà có biên lai chưa nộp phạt', 'xe của bạn bị phạt nguội, liên hệ số này'], no: ['hôm nay em bị cô phạt vì chưa nộp bài'] },
  },
  {
    id: 'vi.scam.link_to_verify', lang: 'vi', category: 'scam', weight: 0.5, signal: 'link_to_verify',
    patterns: [
      '(đăng nhập|truy cập|nhấn|bấm|nhập|click|vào) (vào |tại |ngay |)(#url|#badurl|#shorturl|link|đường link|đường dẫn|website|web) (để|rồi) (hủy|huỷ|xác thực|xác minh|cập nhật|khôi phục|mở khóa|mở khoá|đổi quà|lấy|nhận tiền|nhận thưởng|tránh)',
      '(đăng nhập|xác thực|xác minh) (vào |tại |ngay |)(#url|#badurl|#shorturl|link|đường link) (ngay |)(hôm nay|trong ngày|trước)',
    ],
    examples: { match: ['vui lòng đăng nhập https://ebank.example.com để xác thực ngay hôm nay', 'nhấn vào link để hủy giao dịch'], no: ['chi tiết xem tại https://viettel.vn', 'bấm vào link này để xem video'] },
  },
  {
    id: 'vi.scam.bank_link', lang: 'vi', category: 'scam', weight: 0.3, signal: 'bank_link',
    near: [['vietcombank', 'vcb', 'techcombank', 'acb', 'bidv', 'vietinbank', 'agribank', 'mbbank', 'mb bank', 'tpbank', 'vpbank', 'sacombank', 'ocb', 'ocbc', 'hdbank', 'shb', 'vib', 'ngân hàng', 'ebank', 'internet banking', 'e banking', 'western union'], ['#url', '#badurl', '#shorturl']], window: 16,
    unless: ['không gửi', 'không bao giờ', 'giả mạo', 'lừa đảo', 'cảnh giác'], unlessWindow: 40,
    examples: { match: ['Vietcombank thông báo: vui lòng truy cập https://vcb-online.example.com'], no: ['Vietcombank không bao giờ gửi đường link qua tin nhắn, cảnh giác https://vietcombank.com.vn'] },
  },
  {
    id: 'vi.scam.easy_money', lang: 'vi', category: 'scam', weight: 0.4, signal: 'high_pay_job',
    patterns: ['(hướng dẫn|chỉ) (bạn |các bạn |em |)(cách |)(kiếm|kiếm tiền|kiếm thêm|làm giàu|kiếm lời)', '(chỉ cần|chỉ mất|mỗi ngày dành|dành ra) #num (phút|giờ|tiếng) (mỗi ngày|một ngày|rảnh|trên điện thoại|)'],
    examples: { match: ['chuyên gia sẽ hướng dẫn bạn kiếm 500k mỗi ngày', 'chỉ cần 20 phút mỗi ngày'], no: ['cô hướng dẫn bạn làm bài tập'] },
  },
  {
    id: 'vi.scam.delivery', lang: 'vi', category: 'scam', weight: 0.45, signal: 'fake_delivery',
    near: [['đơn hàng', 'bưu phẩm', 'bưu kiện', 'kiện hàng', 'gói hàng', 'giao hàng', 'vận đơn', 'shipper'], ['không thành công', 'thất bại', 'bị hoàn', 'hoàn trả', 'bị giữ', 'tạm giữ', 'sai địa chỉ', 'cập nhật địa chỉ', 'xác nhận địa chỉ', 'phí vận chuyển', 'phí hải quan', 'phí lưu kho', 'nộp phí', 'bị trả lại']], window: 10,
    examples: { match: ['Đơn hàng của bạn giao không thành công, vui lòng cập nhật địa chỉ tại link', 'buu kien cua ban dang bi giu tai hai quan, nop phi hai quan'], no: ['đơn hàng của em giao tới rồi nha'] },
  },
  {
    id: 'vi.scam.biometric_update', lang: 'vi', category: 'scam', weight: 0.45, signal: 'account_locked',
    patterns: ['(cập nhật|xác thực|bổ sung|đồng bộ) (thông tin |dữ liệu |)(sinh trắc học|sinh trắc|căn cước|cccd|định danh)', '(chuẩn hóa|chuẩn hoá) (thông tin |)(thuê bao|sim|tài khoản)', '(khóa|khoá|tạm dừng|ngừng|chặn) (2|hai) chiều', '(tạm dừng|tạm ngưng|ngừng|dừng) (giao dịch|dịch vụ|hoạt động) (trên |của |)(tài khoản|thẻ|ứng dụng|app)', '(cắt|ngừng cấp) điện'],
    unless: ['mạo danh', 'giả mạo', 'lừa đảo', 'cảnh giác', 'khuyến cáo', 'không yêu cầu', 'không gửi'], unlessWindow: 40,
    examples: { match: ['Quý khách cần cập nhật sinh trắc học để tránh tạm dừng giao dịch', 'thuê bao sẽ bị khóa 2 chiều nếu không chuẩn hóa thông tin'], no: ['mai mẹ đi làm căn cước'] },
  },
  {
    id: 'vi.scam.family_emergency', lang: 'vi', category: 'scam', weight: 0.45, signal: 'family_emergency',
    near: [['con', 'cháu', 'em', 'bé', 'người nhà', 'chồng', 'vợ'], ['bị tai nạn', 'tai nạn', 'cấp cứu', 'bị bắt', 'bị bắt cóc', 'bị giữ', 'đang bị giam', 'nhập viện'], ['chuyển', 'chuyển khoản', 'chuyển tiền', 'gửi tiền', 'đóng tiền', 'viện phí', 'tiền mổ', 'tiền chuộc', 'nộp tiền']], window: 16,
    examples: { match: ['con chị bị tai nạn đang cấp cứu, chị chuyển khoản gấp tiền mổ', 'cháu đang bị giữ, gia đình chuyển tiền ngay'], no: ['hôm qua em bị ngã xe, mẹ đưa em đi viện'] },
  },
  {
    id: 'vi.scam.borrow_transfer', lang: 'vi', category: 'scam', weight: 0.4, signal: 'money_request',
    patterns: ['(chuyển|ck) (khoản |)(nhầm|lộn) (tiền |)(vào|cho|sang)', '(chuyển|ck|gửi) (lại |trả lại |hoàn lại )(giúp|cho) (mình|tôi|anh|em|chị)', '(cho|cho mình|cho tôi|cho anh|cho em|cho chị) (mượn|vay) (tạm |)(#money|#num triệu|#num củ|#num nghìn|ít tiền|chút tiền|tiền)', '(chuyển khoản|chuyển tiền|ck) (giúp|hộ|dùm|giùm) (mình|tôi|anh|em|chị) (#money|ít|một ít|cái|với|gấp)', 'nhờ (bạn |em |anh |chị |)(chuyển khoản|chuyển tiền|ck) (giúp|hộ)'],
    examples: { match: ['mình chuyển nhầm tiền vào tài khoản bạn, chuyển lại giúp mình', 'cho mình mượn tạm 5 triệu, mai trả'], no: ['mẹ chuyển tiền học cho con rồi'] },
  },
  {
    id: 'vi.scam.investment', lang: 'vi', category: 'scam', weight: 0.45, signal: 'investment_lure',
    near: [['usdt', 'bitcoin', 'btc', 'tiền ảo', 'tiền số', 'tiền điện tử', 'crypto', 'sàn giao dịch', 'sàn đầu tư', 'đầu tư', 'forex', 'chứng khoán quốc tế'], ['lợi nhuận', 'lãi', 'số dư', 'rút về', 'cam kết', 'không rủi ro', 'x2', 'gấp đôi', 'mỗi ngày', 'hoa hồng', 'mật khẩu', 'đã được thêm']], window: 12,
    examples: { match: ['đầu tư USDT lợi nhuận 30% mỗi ngày, cam kết không rủi ro', 'tài khoản USDT của bạn đã được thêm, số dư 1.000'], no: ['bố đọc báo về chứng khoán'] },
  },
  {
    id: 'vi.scam.default_enrol', lang: 'vi', category: 'scam', weight: 0.5, signal: 'account_alert',
    patterns: ['(sẽ |hệ thống sẽ |)mặc định (xác nhận|đồng ý|đồng thuận|đăng ký|tham gia|mua)', '(không|ko) (phản hồi|trả lời|yêu cầu hủy|yêu cầu huỷ) (sẽ|thì|hệ thống) (bị |được |)(trừ|thu phí|mặc định|gia hạn|đăng ký)'],
    examples: { match: ['nếu không phản hồi, hệ thống sẽ mặc định xác nhận tham gia gói bảo hiểm'], no: ['cài đặt mặc định của điện thoại'] },
  },
  {
    id: 'vi.scam.eligible_payout', lang: 'vi', category: 'scam', weight: 0.6, signal: 'refund_offer',
    near: [['đủ điều kiện', 'đã được duyệt', 'được xét duyệt', 'được phê duyệt', 'nằm trong danh sách'], ['nhận tiền', 'rút tiền', 'hưởng', 'trợ cấp', 'tiền hỗ trợ', 'giải ngân', 'hoàn tiền', 'bồi thường', 'nhận khoản'], ['#url', '#badurl', '#shorturl', 'link', 'zalo', 'bấm', 'nhấn', 'truy cập', 'liên hệ', 'đăng nhập']], window: 14,
    examples: { match: ['Bạn đã đủ điều kiện nhận tiền hỗ trợ, bấm vào link để lấy', 'ho so cua ban da duoc duyet giai ngan, lien he zalo'], no: ['em đủ điều kiện thi học sinh giỏi rồi'] },
  },
  {
    id: 'vi.scam.game_currency', lang: 'vi', category: 'scam', weight: 0.5, signal: 'prize',
    patterns: ['(nhận|tặng|hack|cày|nạp) (#num |)(kim cương|kc|quân huy|robux|skin|uc|sò|acc vip|acc) (miễn phí|free|0đ|không mất phí)', '(kim cương|quân huy|robux|skin) (miễn phí|free) (cho|tại|ở|nhận|chỉ cần)', '(đăng nhập|nhập) (facebook|fb|tài khoản|acc|garena|roblox) (vào |)(để |)(nhận|được tặng|được nhận|lấy)'],
    examples: { match: ['nhận 9999 kim cương free fire miễn phí', 'đăng nhập facebook để nhận skin liên quân'], no: ['tớ vừa nạp kim cương bằng tiền tiết kiệm'] },
  },
  {
    id: 'vi.scam.fake_app', lang: 'vi', category: 'scam', weight: 0.45, signal: 'fake_app',
    near: [['tải app', 'tải ứng dụng', 'cài app', 'cài đặt app', 'cài ứng dụng', 'cài đặt ứng dụng', 'file apk', 'apk', 'tải về máy'], ['#shorturl', '#badurl']], window: 8,
    patterns: ['(cài|tải|cài đặt|mở) (file |tệp |ứng dụng |app |)apk'],
    examples: { match: ['Tải app hỗ trợ tại https://bit.ly/abc để nhận tiền', 'cài file apk này để xác thực'], no: ['tải app Zalo trên CH Play nha'] },
  },
  {
    id: 'vi.scam.kidnap_script', lang: 'vi', category: 'scam', weight: 0.8, signal: 'online_kidnapping',
    patterns: [
      'tài khoản (an toàn|tạm giữ|giám sát|của cơ quan điều tra|chuyên dụng)', '(thuê|đặt|vào) (một |)(phòng|khách sạn|phòng khách sạn|phòng nhà nghỉ|nhà nghỉ|homestay) (ở |)(một mình|riêng|#num mình) (để|rồi|và)',
      '(bật|mở|giữ) (zoom|skype|camera|cam|video) (liên tục|24/24|suốt|không được tắt)', '(không được|cấm|không) (liên lạc|nói chuyện|kể) (với |cho |)(gia đình|bố mẹ|người thân|ai) (trong quá trình|trong thời gian) (điều tra|làm việc)',
      '(chuyển|nộp) (tiền|toàn bộ tiền) (vào|tới|sang) tài khoản (để |)(xác minh|kiểm tra|điều tra|chứng minh)',
      '(chứng minh|xác minh) (sự |mình |em |bạn |)(trong sạch|vô tội|không liên quan)', '(xác minh|kiểm tra|rà soát) (nguồn gốc |)(tài sản|dòng tiền|nguồn tiền|số dư)',
      '(giữ|đảm bảo) bí mật (quá trình |)(điều tra|vụ án|hồ sơ)', 'bí mật (điều tra|vụ án)',
    ],
    near: [['thuê phòng', 'khách sạn', 'nhà nghỉ', 'homestay', 'chỗ riêng', 'nơi riêng', 'phòng riêng'], ['một mình', 'không cho ai biết', 'bí mật', 'điều tra', 'công an', 'cảnh sát', 'zoom', 'skype', 'gọi video', 'không được liên lạc', 'tắt máy', 'chặn số']], window: 12,
    examples: { match: ['em phải thuê phòng khách sạn một mình để làm việc', 'chuyển tiền vào tài khoản an toàn', 'em ra nhà nghỉ rồi bật zoom để công an làm việc', 'em phải chứng minh mình trong sạch'], no: ['nhà mình đặt phòng khách sạn ở Đà Lạt', 'khách sạn này có phòng đôi không'] },
  },
  {
    id: 'vi.scam.link_action', lang: 'vi', category: 'scam', weight: 0.2, signal: 'suspicious_link',
    near: [['truy cập', 'nhấn', 'bấm', 'click', 'vào', 'đăng nhập', 'xác thực', 'xác minh', 'cập nhật', '=tải', 'nhận', 'kiểm tra', 'đăng ký', 'dki', 'đk', 'huỷ', 'hủy'], LINK], window: 6,
    examples: { match: ['truy cập https://abc.com để xác thực'], no: ['xem link bài hát này'] },
  },
  {
    id: 'vi.scam.otp', lang: 'vi', category: 'scam', weight: 0.85, signal: 'otp_request',
    near: [['cung cấp', 'gửi', 'đọc', '=nhắn', '=báo', 'chụp', '=đưa', 'send', 'xin', 'cho anh', 'cho em', 'cho mình', 'cho chị', 'cho tôi', 'cho bên', '=nói', 'gửi lại'], ['otp', 'mã otp', 'mã xác thực', 'mã xác nhận', 'mã xác minh', 'mã code', 'mã pin', 'mật khẩu', 'pass', 'password', 'mã kích hoạt', 'mã bảo mật', 'mã số bí mật', 'mã vừa nhận', 'mã vừa gửi', 'mã gửi về']], window: 6,
    unless: NEVER, unlessWindow: 30,
    examples: { match: ['em đọc mã OTP cho anh với', 'cung cap ma xac thuc de nhan qua', 'gửi mật khẩu facebook cho anh'], no: ['Ma OTP cua ban la 123456. Vui long KHONG chia se ma cho bat ky ai'] },
  },
  {
    id: 'vi.scam.prize', lang: 'vi', category: 'scam', weight: 0.45, signal: 'prize',
    patterns: [
      '(chúc mừng|xin chúc mừng) (bạn|quý khách|ông bà|ông|anh chị|a chị|thuê bao|số điện thoại) (đã |vừa |)(trúng|nhận được|được chọn|là người|may mắn|đủ điều kiện)', '(đã|vừa|được) trúng (thưởng|giải|xe|iphone|#money|một)',
      'trúng thưởng', 'người (dùng|chơi) may mắn', 'khách hàng may mắn', 'quà tri ân', 'vòng quay may mắn', 'quay số (miễn phí|trúng thưởng|may mắn)', '(nhận được|trúng) (#num |một |)(lượt quay|phần quà|phần thưởng)', 'chúc mừng (tài khoản|số điện thoại|thuê bao)', 'vé cào (may mắn|trúng thưởng)', '(đủ|đã đủ) điều kiện (nhận|hoàn|được|rút|vay)', 'nhận (quà|thưởng|tiền thưởng|phần thưởng|giải thưởng) (miễn phí|ngay|tại)', '(được |)nhận (#money|tiền|quà|thưởng) (#money |)(miễn phí|free)', '(điểm thưởng|điểm tích lũy|điểm tích luỹ|điểm hội viên) (của bạn |của quý khách |)(sắp |sẽ |)(hết hạn|bị hủy|bị huỷ|hết hiệu lực)',
    ],
    examples: { match: ['Chúc mừng bạn đã trúng thưởng iPhone 15', 'Ong(Ba) da du d1eu k1en NHAN TIEN ho tro'], no: ['đội mình trúng giải nhì văn nghệ hôm qua'] },
  },
  {
    id: 'vi.scam.refund', lang: 'vi', category: 'scam', weight: 0.45, signal: 'refund_offer',
    patterns: ['(nhận|hỗ trợ|hoàn|rút) (tiền |lại tiền |)(bảo hiểm xã hội|bhxh|bhtn|bảo hiểm thất nghiệp|trợ cấp|hoàn thuế|thuế tncn|hỗ trợ covid|tiền hỗ trợ)', '(hoàn|hoàn lại) (thuế|tiền thuế|tiền) (tncn|thu nhập cá nhân)', '(trợ cấp|hỗ trợ) (covid|thất nghiệp)', '(đăng ký|xin|nhận|hưởng) (tiền |khoản |gói |)(trợ cấp|tiền hỗ trợ|hỗ trợ tài chính)', 'điều kiện (đăng ký |)(xin |nhận |hưởng |)(trợ cấp|hỗ trợ|tiền hỗ trợ)'],
    examples: { match: ['ban du dieu kien nhan tien ho tro tu quy BHTN', 'hoàn thuế TNCN tại link'], no: ['mẹ đi nhận lương hưu'] },
  },
  {
    id: 'vi.scam.task_job', lang: 'vi', category: 'scam', weight: 0.5, signal: 'task_scam',
    patterns: [
      '(làm việc|việc làm|kiếm tiền|làm thêm|công việc) (tại nhà|online|trên điện thoại|qua mạng)', '(xử lý|chốt|đặt|duyệt) đơn (hàng|)', '(nhận|làm) nhiệm vụ', '(cộng tác viên|ctv) (online|bán hàng|tiktok|shopee|lazada)',
      'tuyển (số lượng lớn |)(nhân viên|cộng tác viên|ctv) (làm việc |chuyên |)(tại nhà|online|part time|bán thời gian|đặt hàng|chốt đơn)', '(thao tác|công việc) đơn giản', 'nhân viên (bình luận|like|thả tim|xem video|đánh giá|tương tác|xem phim|chấm điểm)', '(làm|tuyển) (nhiệm vụ|ctv) (like|thả tim|xem video|đánh giá|bình luận)', 'hoa hồng (cao|hấp dẫn|#num)',
      '(tiền lương|lương) (được |)(trả|thanh toán) (hàng ngày|mỗi ngày|theo ngày|trong ngày)', '(tăng|nâng cao) (doanh số|số lượng giao dịch|thứ hạng) (cửa hàng|sản phẩm|của cửa hàng)',
    ],
    examples: { match: ['Tiktok đang tuyển nhân viên làm việc tại nhà', 'xu ly don hang tren dien thoai'], no: ['mai em học online'] },
  },
  {
    id: 'vi.scam.task_pay', lang: 'vi', category: 'scam', weight: 0.4, signal: 'high_pay_job',
    near: [['kiếm', 'thu nhập', 'hoa hồng', 'lương', 'kiếm được', 'nhận lương', 'nhận thấp nhất', 'nhận từ', 'kiếm thêm'], MONEY, ['ngày', 'mỗi ngày', 'một ngày', 'giờ', 'phút', 'tháng', 'đơn']], window: 8,
    examples: { match: ['thu nhập 350 - 999k / ngày', 'mỗi ngày bạn nhận thấp nhất 800 nghìn'], no: ['lương tháng này chưa nhận'] },
  },
];
