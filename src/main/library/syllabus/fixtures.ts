/**
 * Small labelled articles written for this project (no publisher's text), used by the tests and the
 * syllabus bench: each carries the tags a source like Drishti would give, and the topic it belongs to.
 */
import type { ArticleText } from './model';

/** A labelled fixture: the article with its source tags, and the topic a reader would file it under. */
export interface LabelledFixture {
  article: ArticleText;
  topic: string;
}

const a = (title: string, tags: string[], topic: string, ...blocks: string[]): LabelledFixture => ({
  article: { title, tags, blocks },
  topic,
});

export const LABELLED_FIXTURES: LabelledFixture[] = [
  a(
    'Cabinet clears bill on one nation one election',
    ['GS Paper - 2 / Elections'],
    'gs2.polity.elections',
    'The Union Cabinet approved a bill for simultaneous elections to the Lok Sabha and state assemblies.',
    'The Election Commission would prepare a common electoral roll; critics say the change weakens federalism.',
    'A joint parliamentary committee will examine the bill and the electoral reforms it proposes.',
  ),
  a(
    'Supreme Court refers electoral bond challenge to a constitution bench',
    ['GS-2', 'Judgements & Cases'],
    'gs2.polity.judiciary',
    'A three-judge bench of the Supreme Court referred petitions against the electoral bond scheme to a larger bench.',
    'The petitioners argue that anonymous donations violate the right to information of voters under Article 19.',
  ),
  a(
    'Wetland city accreditation for three Indian cities',
    ['GS-3', 'Conservation'],
    'gs3.environment.conservation',
    'Three cities received the Ramsar wetland city accreditation for protecting their urban wetlands.',
    'The wetlands shelter migratory birds and endangered species, and the forest department runs a habitat restoration plan.',
  ),
  a(
    'Stubble burning and the winter smog over the northern plains',
    ['GS-3', 'Environmental Pollution & Degradation'],
    'gs3.environment.pollution',
    'Air quality in the capital fell to severe as farm fires and vehicle emissions trapped pollution near the ground.',
    'The air quality management commission ordered construction bans and a check on industrial emissions.',
  ),
  a(
    'Repo rate held as inflation eases',
    ['GS-3', 'Monetary Policy'],
    'gs3.economy.banking',
    'The Reserve Bank of India kept the repo rate unchanged; the monetary policy committee voted five to one.',
    'Retail inflation eased within the target band and bank credit growth stayed strong.',
  ),
  a(
    'ISRO docks two satellites in orbit',
    ['GS-3', 'Space Technology'],
    'gs3.science.space',
    'ISRO joined two small satellites in low earth orbit, a step towards its own space station.',
    'The launch vehicle placed both satellites in orbit before the docking manoeuvre.',
  ),
  a(
    'India and Maldives sign currency swap agreement',
    ['GS-2', 'India and its Neighbourhood'],
    'gs2.ir.neighbourhood',
    'India extended a currency swap line to the Maldives during the president’s visit to New Delhi.',
    'The neighbourhood first policy and the security of the Indian Ocean were discussed.',
  ),
  a(
    'Left wing extremism: districts fall to 38',
    ['GS-3', 'Linkages between Development & Spread of Extremism'],
    'gs3.security.extremism',
    'The home ministry said the number of districts affected by Maoist violence fell to 38.',
    'Road connectivity, mobile towers and development schemes in tribal areas reduced the reach of the insurgency.',
  ),
  a(
    'Hoysala temples on the World Heritage list',
    ['GS-1', 'Indian Architecture'],
    'gs1.culture.architecture',
    'Three Hoysala temples in Karnataka were inscribed on the UNESCO World Heritage list.',
    'The temples are known for star-shaped platforms and detailed sculpture on soapstone.',
  ),
  a(
    'Heatwave action plans in Indian cities',
    ['GS-3', 'Disaster Management'],
    'gs3.disaster-management',
    'The disaster management authority asked states to update their heatwave action plans before summer.',
    'Early warning, cool shelters and relief for outdoor workers are the core of the plans.',
  ),
  a(
    'Civil servants and the duty of impartiality',
    ['GS-4', 'Attitude'],
    'gs4.attitude',
    'A district officer faces pressure to favour a local contractor; integrity and impartiality decide her choice.',
    'Emotional intelligence and empathy help her explain the decision to the people affected.',
  ),
  a(
    'Minimum support price for rabi crops raised',
    ['GS-3', 'Direct & Indirect Farm Subsidies'],
    'gs3.agriculture.subsidies',
    'The government raised the minimum support price of wheat and pulses for the rabi season.',
    'Procurement by the Food Corporation of India keeps buffer stocks for the public distribution system.',
  ),
  a(
    'राष्ट्रीय शिक्षा नीति के पाँच वर्ष',
    ['सामान्य अध्ययन', 'GS-2', 'Education'],
    'gs2.social-justice.education',
    'राष्ट्रीय शिक्षा नीति लागू होने के पाँच वर्ष बाद विद्यालय और विश्वविद्यालय स्तर पर बदलाव दिख रहे हैं।',
    'छात्र नामांकन बढ़ा है, पर शिक्षक की कमी और उच्च शिक्षा की गुणवत्ता अब भी चुनौती है।',
  ),
  a(
    'बाघ अभयारण्य में बाघों की संख्या बढ़ी',
    ['GS-3', 'Conservation'],
    'gs3.environment.conservation',
    'ताज़ा गणना के अनुसार बाघ अभयारण्य में बाघों की संख्या बढ़ी है और वन्यजीव आवास का विस्तार हुआ है।',
    'वन विभाग ने मानव-वन्यजीव संघर्ष कम करने के लिए जैव विविधता संरक्षण योजना बनाई है।',
  ),
  a(
    'मलेरिया उन्मूलन की ओर भारत',
    ['GS-2', 'Health'],
    'gs2.social-justice.health',
    'स्वास्थ्य मंत्रालय के अनुसार मलेरिया के मामलों में भारी कमी आई है।',
    'टीकाकरण, मच्छरदानी और सार्वजनिक स्वास्थ्य अभियानों से यह बीमारी नियंत्रित हुई।',
  ),
  a(
    'साइबर सुरक्षा: बैंकों पर रैनसमवेयर हमला',
    ['GS-3', 'Cyber Security'],
    'gs3.security.cyber',
    'कई बैंकों पर साइबर हमला हुआ और ग्राहकों का डेटा चोरी होने की आशंका है।',
    'सरकार ने साइबर अपराध से निपटने के लिए नई साइबर सुरक्षा नीति की घोषणा की।',
  ),
];
