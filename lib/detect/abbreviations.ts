// Chat shorthand the patterns and the text may use for the same word. Data only: the compiler
// (lib/detect/compile.ts) keys each abbreviation to its full form; at run time they are plain
// vocabulary entries, so a message pays nothing for them.

/**
 * Vietnamese teen abbreviations and English/French chat shorthands → the word they stand for.
 * Unaccented spellings of real words ("vay" = borrow, "cung" in "cung cấp", "Minh") are NOT
 * listed: in a message written with diacritics they mean themselves.
 */
export const ABBREVIATIONS: ReadonlyArray<[string, string]> = [
  ['k', 'không'], ['ko', 'không'], ['kh', 'không'], ['khg', 'không'], ['kg', 'không'], ['hok', 'không'],
  ['hông', 'không'], ['hong', 'không'], ['hem', 'không'], ['khum', 'không'], ['khom', 'không'], ['khong', 'không'],
  ['dc', 'được'], ['đc', 'được'], ['dk', 'được'], ['đk', 'được'], ['duoc', 'được'],
  ['j', 'gì'], ['gi', 'gì'], ['ji', 'gì'],
  ['vs', 'với'], ['ns', 'nói'],
  ['bit', 'biết'], ['bik', 'biết'], ['bjk', 'biết'], ['bít', 'biết'], ['biet', 'biết'],
  ['z', 'vậy'], ['v', 'vậy'], ['zay', 'vậy'], ['zậy', 'vậy'],
  ['mik', 'mình'], ['mjk', 'mình'], ['mih', 'mình'],
  ['thik', 'thích'], ['thix', 'thích'], ['thich', 'thích'],
  ['h', 'giờ'], ['jờ', 'giờ'],
  ['ng', 'người'], ['ngta', 'người ta'], ['nguoi', 'người'],
  ['ntn', 'như thế nào'],
  ['ui', 'ơi'],
  ['cx', 'cũng'], ['cg', 'cũng'],
  ['trc', 'trước'], ['truoc', 'trước'], ['trg', 'trường'], ['truong', 'trường'],
  ['nhìu', 'nhiều'], ['nhiu', 'nhiều'], ['nhieu', 'nhiều'],
  ['iu', 'yêu'], ['yeu', 'yêu'],
  ['wa', 'qua'], ['qa', 'qua'],
  ['hix', 'hic'],
  ['bme', 'bố mẹ'], ['bm', 'bố mẹ'], ['bo me', 'bố mẹ'], ['ba me', 'bố mẹ'], ['ba mẹ', 'bố mẹ'], ['bố mẹ', 'bố mẹ'],
  ['sdt', 'số điện thoại'], ['sđt', 'số điện thoại'], ['dt', 'điện thoại'], ['đt', 'điện thoại'],
  ['ny', 'người yêu'],
  ['ib', 'inbox'], ['ibx', 'inbox'], ['nt', 'nhắn tin'], ['kb', 'kết bạn'],
  ['u', 'you'], ['ya', 'you'], ['yu', 'you'], ['yo', 'you'], ['r', 'are'], ['ur', 'your'], ['yr', 'your'], ['youre', 'you re'],
  ['pls', 'please'], ['plz', 'please'], ['plse', 'please'], ['pleas', 'please'],
  ['pic', 'pic'], ['pix', 'pics'], ['pik', 'pic'], ['piks', 'pics'], ['pict', 'pic'],
  ['wanna', 'want to'], ['wana', 'want to'], ['gonna', 'going to'], ['gotta', 'got to'],
  ['cuz', 'because'], ['coz', 'because'], ['bc', 'because'],
  ['wat', 'what'], ['wut', 'what'], ['wht', 'what'],
  ['ppl', 'people'], ['bf', 'boyfriend'], ['gf', 'girlfriend'], ['bday', 'birthday'],
  ['n', 'and'], ['nd', 'and'],
  ['dont', 'do not'], ['don t', 'do not'], ['didnt', 'did not'], ['cant', 'can not'], ['cannot', 'can not'], ['can t', 'can not'],
  ['im', 'i am'], ['i m', 'i am'], ['ive', 'i have'], ['i ve', 'i have'], ['ill', 'i will'], ['i ll', 'i will'],
  ['id', 'i would'], ['i d', 'i would'], ['youll', 'you will'], ['you ll', 'you will'], ['you re', 'you are'],
  ['wont', 'will not'], ['won t', 'will not'],
  ['b4', 'before'], ['2day', 'today'], ['2nite', 'tonight'], ['2nyt', 'tonight'], ['2moro', 'tomorrow'], ['2morrow', 'tomorrow'],
  ['tél', 'téléphone'], ['tel', 'téléphone'], ['tu es', 't es'], ['slt', 'salut'], ['stp', 's il te plait'], ['svp', 's il vous plait'],
  ['pk', 'pourquoi'], ['pq', 'pourquoi'], ['pkoi', 'pourquoi'], ['koi', 'quoi'], ['ki', 'qui'], ['ke', 'que'],
  ['tkt', 't inquiète'], ['bcp', 'beaucoup'], ['mm', 'même'], ['jsp', 'je sais pas'], ['oklm', 'au calme'],
];
