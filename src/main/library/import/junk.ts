/** Lines and paragraphs that belong to a site's chrome, not to the article. One rule list for every format. */
const JUNK: RegExp[] = [
  /^call us for counsel+ing\b/i,
  /^for support\s*[-–:]/i,
  /^current affairs$/i,
  /^filter by date$/i,
  /^(share|share this|share:|print|print friendly, pdf & email|read more|prev|previous|next|previous article|next article|back to top|top)$/i,
  /^(previous|next) (post|article)\b.{0,80}$/i,
  /^(prev|previous)\s*[|/]\s*next$/i,
  /^(whatsapp|telegram|call|phone|mobile)\s*(us|no\.?|number)?\s*[:\-–]?\s*[+\d][\d\s-]{8,}$/i,
  /^visitor counter\s*:?\s*\d*$/i,
  /^\(?release id\s*:?\s*\d+\)?$/i,
  /^\*{3,}$/,
  /^(image credit|image courtesy|image not found)\b.{0,80}$/i,
  /^(★|☆|\s)+$/,
  /^read this release in\s*:/i,
  /^please click here to see the attachment\.?$/i,
  /^credit\s*[-–:]\s*drishti\s*ias$/i,
  /^\[watch video on youtube:[^\]]*\]$/i,
  /^leave a (comment|reply)$/i,
  /^your email address will not be published\b/i,
  /^(notify of|inline feedbacks?|view all comments)\b.{0,40}$/i,
  /^(buy now|get free ias booklet|use coupon code\b.{0,60})$/i,
  /^\[message\]$/i,
  /^(tweet|pin it|email this|copy link)$/i,
  // Share widgets, one word a line, in English and Hindi.
  /^(share|tweet|whatsapp|facebook|twitter|linkedin|telegram|email|print|copy|शेयर करें|शेयर|ट्वीट|व्हाट्सएप)\s*:?$/iu,
  // PIB footers and attachment links.
  /^(please )?click here to (see|view|download|read)( the| in)? (pdf|attachment|document|file)s?\.?$/i,
  // …and in Hindi: "to see it in PDF click here", "click here for the attachment".
  /^(पीडीएफ|pdf)\s*(में|को)?\s*(देखने|डाउनलोड करने)\s*(के लिए)?\s*(यहां|यहाँ)\s*क्लिक\s*करें\s*।?$/iu,
  /^(कृपया\s*)?(संलग्नक|अटैचमेंट)\s*(देखने के लिए)?\s*(यहां|यहाँ)\s*क्लिक\s*करें\s*।?$/u,
  /^view (this release )?on pib website$/i,
  /^more\b.{1,60}\bstories$/i,
  /^\(?release id\s*:?\s*\d+\)?\s*(visitor counter\s*:?\s*\d*)?$/i,
  /^follow us on social media\b/i,
  /^pib\s+[a-z]+(?:\s+[a-z]+)?\s*\|.{0,120}$/i,
  /^(pib|press information bureau)\b[^.]{0,150}(\b\d{6}\b|\[at\]|@\w|\bemail\b|\bphone\b|\btel\b)/i,
  /^(national )?media cent(re|er)\b.{0,120}\bnew delhi\b.{0,40}$/i,
  // Hindi: Devanagari equivalents of the site chrome above.
  /^(और पढ़ें|यह भी पढ़ें|पिछला|अगला|होम|प्रिंट करें|टिप्पणी करें)\s*:?$/u,
];

/** True for a line that is site chrome: share buttons, ratings, Prev/Next, phone lines, counters, release ids. */
export function isJunkLine(text: string): boolean {
  if (text.length > 200) return false;
  return JUNK.some((p) => p.test(text));
}

/**
 * PIB's closing line of officer initials, such as `VRRK/SH/BM`, `MJPS/ST` or `पीके / केसी / डी के`
 * (at least `minParts` parts), or the lone slash left where a scrape split them over two lines.
 */
export function isOfficerInitials(text: string, minParts = 2): boolean {
  if (/^\/$/.test(text)) return true;
  const latin = /^[A-Z]{1,6}(?:\s*\/\s*[A-Z.]{1,6}){1,6}\.?(?:\s*\/)?$/.test(text);
  const hindi =
    /^\p{Script=Devanagari}{1,8}(?: \p{Script=Devanagari}{1,3})?(?:\s*\/\s*\p{Script=Devanagari}{1,8}(?: \p{Script=Devanagari}{1,3})?){1,6}(?:\s*\/)?$/u.test(
      text,
    );
  if (!latin && !hindi) return false;
  return text.split('/').filter((part) => part.trim() !== '').length >= minParts;
}

/** Titles of site pages that scrapers store as if they were articles (GKToday's quiz and login pages). */
export function isNavigationTitle(title: string): boolean {
  return /^(register or login|log ?in|sign ?in|sign ?up|current affairs( today| quiz)?|daily current affairs( quiz)?|previous months quiz\b.*|general knowledge \(gk\) questions|gk questions|home|about us|contact us)$/i.test(
    title.trim(),
  );
}
