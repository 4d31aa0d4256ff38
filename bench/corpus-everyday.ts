/**
 * Everyday vocabulary for the synthetic corpus, written for this project: common English words, the
 * vocabulary of news and current affairs, the names every Indian newspaper repeats, and common Hindi
 * words. Each list is in rough order of how often news prose uses its words (most frequent first);
 * `EVERYDAY_WORDS` merges them into one ranked list that the generator draws from with Zipf's law
 * (the word at rank r about 1/r as often as the first), so that at 50,000 articles an ordinary word such
 * as "dispute" or "water" is in hundreds or thousands of articles, as in a real library, and not in the
 * few dozen that the compact topic vocabulary gives it.
 */

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');

/** Common English words (content words; the stop words are dropped by the analyser anyway). */
const GENERAL_ENGLISH = words(`
said year people time new first also two made day last years three make like way since part
many well back much work still number good world week large high long small place public
need made own old great local help set end come show put found take give going home told
around life right later often known four under case called several five country few point
across keep left best early city half among using across least area already month months
including around family major hold next second side water power open run million along order
level group less move form plan start change report days hand least house course real full
almost together later among hard support top near line today looking likely school market
help taking making asked added began based city service team close past held full lead
whole result different human free seen whether less possible given find himself future
white force money health enough major far above land field early data important away money
past across rather question party future black short story without reason clear period
young interest price rate growth value cost total body age leave low private average
major air light head office death deal issue issues following turn state child children
single women men rise fall fell rose use used shows meeting needs building term terms taken
share move moved decision role control certain step steps effect impact further various
living lives process problem problems road river food farmers farm crop crops rain season
forest sea coast island hill village town district region zone border area areas site
plant plants animal animals tree trees bird birds species fish fishing soil stone gold
oil gas coal energy fuel electricity heat weather storm flood floods drought fire fires
disease patients hospital doctor doctors medicine treatment test tests vaccine virus
cases death deaths injury injured killed dead attack attacks violence crime police
court judge law laws case lawyer trial order rules rule right rights freedom justice
vote votes voters election elections party parties leader leaders campaign seat seats
office minister ministers ministry government state states central union centre national
country countries nation world global international foreign domestic local rural urban
company companies firm business industry trade market markets bank banks loan loans
money fund funds budget tax taxes price prices cost costs income wage wages job jobs
worker workers labour employment unemployment growth economy economic financial finance
investment investors capital export exports import imports goods services demand supply
production output sales profit loss debt credit rate rates inflation revenue spending
school schools student students teacher teachers education university college exam exams
class classes study studies research science scientists technology digital internet
online phone mobile data network system systems software computer platform app apps
media news newspaper television film films music art culture language languages book
books writer history heritage temple festival religious religion faith community society
social family families children child mother father son daughter wife husband woman
girl boy youth young old elderly age population census survey report reports study
water river rivers dam dams canal irrigation drinking supply shortage pollution air
clean waste plastic sanitation toilet toilets housing house houses building buildings
road roads highway bridge railway railways train trains airport flight flights port
ports ship ships vehicle vehicles car cars bus transport traffic accident safety
army military defence soldiers troops security forces war peace conflict talks dispute
border boundary agreement deal treaty relations ties cooperation partnership visit
meeting summit leaders talks statement speech address remarks comment interview
protest protests strike demand demands opposition criticism concern concerns fear
hope plan plans policy policies scheme schemes programme mission project projects
target targets goal goals progress success failure challenge challenges crisis risk
risks threat threats pressure debate discussion decision decisions move steps action
measure measures effort efforts response reform reforms change changes development
welfare benefit benefits scheme subsidy subsidies aid relief compensation package
`);

/** Less frequent English words: the long middle of the vocabulary. */
const WIDER_ENGLISH = words(`
ability absence academic accept access accord account accurate achieve acquire active
activist activists actual adapt adequate adjust administer admit adopt adult advance
advantage adverse advice advise advocate affair affect afford agency agenda agent
aggressive agreeable aim alarm alert alive allegation allege alliance allocate allow
alongside alter alternative ambition amend amount analyse analysis ancient anger angry
announce annual answer anxiety apparent appeal appear apply appoint appreciate approach
appropriate approval approve arise arrange arrest arrival arrive article aspect assess
asset assets assist associate assume assure attempt attend attention attitude attract
audience author authority automatic available avoid award aware awareness balance ban
bank barrier basic basis battle bear beat behaviour belief believe belong beneath benefit
besides beyond bill billion bind birth block blood blow board boost borrow bottom bound
brain branch brand brave breach break breakdown breath brief bright brilliant broad broken
brother budget burden burn buy cabinet calculate calm camp campaign cancel candidate
capable capacity capture care career careful carry cash category cause caution celebrate
cell central ceremony chain chair chairman chamber champion chance channel chapter charge
charity chart cheap check chemical chief choice choose circle circumstance cite citizen
civil claim classic climate climb clinic closure coalition code collapse colleague collect
collection colour combat combination comfort command commerce commission commit committee
common communicate compare compete competition complain complaint complete complex comply
component compose concept concern concert conclude condition conduct conference confidence
confirm confront confusion connect conscious consent consequence conservation consider
consistent constant construct construction consult consumer contact contain content contest
context continue contract contrast contribute convention conversation convert convince
core corner corporate correct corruption council counsel count counter county couple
courage cover coverage crash create creative creature critic critical crowd crucial cultivate
cure curious current custom customer cycle daily damage danger dark date dawn deadline
deal dear debt decade declare decline dedicate deep defeat defend define degree delay
delegate deliver delivery demand democracy deny depart depend deploy deposit depth deputy
describe desert deserve design desire despite destroy detail detect determine device devote
dialogue differ difficult dignity direct direction director disaster discover discuss
dismiss display distance distinct distribute district divide division document domain
dominate donate double doubt draft drama dramatic draw dream dress drink drive drop due
duty eager earn earth ease east eastern edge edition editor educate effective efficient
elect element eliminate emerge emergency emphasis empire employ enable encounter encourage
enemy engage engine engineer enjoy enormous ensure enter enterprise entire entry environment
equal equipment equivalent error escape essential establish estate estimate ethnic evaluate
event evidence evil exact excellency examine example exceed excellent exception exchange exclude
execute executive exercise exhibit exist exit expand expect expense experience experiment
expert explain explode explore explosion expose express extend extent external extra
extreme facility factor factory fail fair faith false fame familiar famous fan farm fashion
fast fault favour feature federal fee feed feel fellow female fence festival fight figure
file fill final finance finding fine finger finish firm fiscal fit fix flag flat flee
flexible float floor flow focus fold follow forecast forest forget formal format former
formula fortune forward found foundation frame framework fraud frequent fresh friend
front fruit fulfil function fundamental funding gain gap garden gate gather gender general
generate generation generous gentle genuine giant gift glass goal govern grade grain
grand grant grass grave green grip gross ground guard guarantee guest guidance guide
guilty habit hall halt handle harm harvest headline heal healthy heart heavy height
hero hidden highlight hire historic hold holiday honest honour horizon host hostile
household huge hunger hunt ideal identify identity ignore illegal illness image imagine
immediate immense implement imply impose impress improve incident include increase
independent index indicate individual industrial infant influence inform initial
initiative injury inner innocent input inquiry insist inspect inspire install instance
institute institution instruction instrument insurance intelligence intend intense intent
interest internal interpret intervene introduce invest investigate invite involve iron
isolate item join joint journal journey judgement junior jury keen kind kingdom knowledge
label lack landscape largely launch layer leadership league leak lease legacy legal
legend legislation lend lesson liberal licence lift limit limited link list literacy
literature loan lock logic loose lose loyal machine magazine maintain majority manage
manner manufacture margin mark marriage mass massive master match material matter mature
maximum meaning means measure mechanism medical medium member membership memory mental
mention merchant mere merit message metal method middle migrant migration mild mind
mineral minimum minor minority miss mistake mix mobile mode model moderate modern modest
monitor moral motion motive mount movement multiple murder muscle mutual myth narrow
native natural nature negative neglect negotiate neighbour nerve net neutral normal
northern note notice notion novel nuclear numerous nurse object objective obligation
observe obtain obvious occasion occupy occur offence offer officer official operate
operation opinion opponent opportunity oppose option ordinary organ organise origin
outcome outline outlook outstanding overall overcome overseas owner pace pack package
pain paint pair panel paper parallel parent parliament partial participate particular
partner passage passenger passion patent path patient pattern pause payment peak penalty
pension percentage perception perfect perform permanent permit persist personal perspective
phase phenomenon philosophy physical pick piece pile pilot pioneer pipeline pitch plain
planet plastic plea pleasure pledge plenty plot pocket poem poet poll pool poor popular
portion pose position positive possess post potential poverty practical practice praise
precise predict prefer pregnant premier premium prepare presence present preserve press
prevent previous pride primary prime principal principle print prior priority prison
prisoner privacy prize probe procedure proceed produce profession professional profile
profit profound promise promote prompt proof proper property proportion proposal propose
prosecute prospect protect protection protein protest proud prove provide province
provision psychology publish pupil purchase pure purpose pursue quality quantity quarter
quick quiet quit quote race radical radio raid raise rally range rank rapid rare ratio
raw reach react reader ready realise realistic rear reckon recall receive recent recognise
recommend record recover recovery recruit reduce reference reflect refuse regard regime
register regret regular regulate reject relate relationship relative release relevant
reliable relief religion rely remain remark remarkable remedy remote remove rent repair
repeat replace reply represent republic reputation request require rescue reserve reside
resident resign resist resolution resolve resort resource respect respond responsible
rest restore restrict retail retain retire retreat return reveal revenue reverse review
revolution reward rich ride rival rob rock roof root rough round route routine royal
ruin rumour rush sacred sacrifice safe sake salary sample sanction satisfy save scale
scandal scene schedule scheme scholar scope score screen script search secret sector
secure seek seize select senior sense sensitive sentence separate sequence series serious
servant settle settlement severe shadow shape sharp shelter shift shock shoot shortage
shoulder shut sight sign signal significant silence silver similar simple sink sister
skill slave slight slow smart smooth soft solar soldier sole solid solution solve
sophisticated sort sound source southern space spare speaker special specific spectrum
speed spell spend sphere spirit split spokesman sponsor sport spot spread spring square
stability stable staff stage stake stance standard star statue status steady steel steep
stick stock stomach stop storage store straight strain strange strategy stream strength
stress stretch strict strike string strip stroke structure struggle stuff style subject
submit substance substantial succeed successful sudden suffer sufficient suggest suicide
suit summer sun supply suppose supreme surface surgery surplus surprise surrender
surround survival survive suspect suspend sustain swear sweep swing symbol sympathy
tackle tale talent tank tap task taste tea tear technical technique teenager temperature
temple temporary tend tender tension territory terror testimony text theatre theme
theory therapy thick thin thorough thought threaten tight tiny tired tissue title
tone tool tour tourism tourist tower track tradition traditional tragedy trail transfer
transform transition translate transparent trap travel treasury treat tremendous trend
tribal tribe trick trip troop trouble truck trust truth tube tune tunnel twin typical
ugly ultimate uncertain uncle undergo underline understand undertake unemployed
unfair uniform unique unit unite unity universal unknown unlike unusual update upgrade
upper upset urge urgent usual utility vacant valid valley valuable variable variety
vast venture venue verdict version vessel veteran victim victory view village violate
virtual visible vision visual vital voice volume volunteer vulnerable wage wait wake
walk wall wander warn warning wash watch wave weak wealth weapon wear wedding weigh
weight welcome west western wheat wheel wide widow wild willing win wind window wine
wing winner winter wire wise wish withdraw witness wonder wood wooden worry worth
wound wrap yard yield zone
`);

/** The vocabulary of news and current affairs (civil-services preparation adds its own). */
const CURRENT_AFFAIRS = words(`
government minister ministry official officials officer officers department authority
authorities policy scheme programme initiative mission committee commission council board
centre union state states district districts village villages panchayat municipal
constitution constitutional parliament legislature assembly bill act amendment law
ordinance rules regulation regulations guidelines notification order court courts judgment
verdict petition hearing bench justice judges judiciary tribunal appeal jurisdiction
election elections poll polls vote voting voter constituency candidate campaign manifesto
coalition opposition ruling party alliance majority seats mandate governance administration
bureaucracy reform reforms transparency accountability corruption audit probe investigation
inquiry agency agencies enforcement police arrest detention custody bail prosecution
crime criminal terrorism terrorist insurgency militant militants extremism security
defence army navy air force border borders boundary territory sovereignty dispute
disputes standoff clash clashes ceasefire peace talks negotiations agreement accord
treaty pact memorandum understanding cooperation partnership bilateral multilateral
diplomatic diplomacy embassy ambassador envoy delegation summit visit visits relations
ties trade tariff tariffs exports imports investment investments economy economic growth
gdp inflation fiscal deficit monetary budget revenue expenditure subsidy subsidies
taxation tax taxes duty duties customs excise cess allocation funds funding grant grants
loan loans credit debt bank banking finance financial insurance pension market markets
stock shares rupee dollar currency exchange reserves capital infrastructure industry
manufacturing services agriculture farmers farming crops harvest procurement msp irrigation
fertiliser fertilisers seeds drought flood floods monsoon rainfall cyclone earthquake
disaster relief rehabilitation climate emissions carbon warming temperature heatwave
pollution environment environmental forest forests wildlife biodiversity conservation
species habitat wetland wetlands river rivers water groundwater sanitation waste energy
power electricity renewable solar wind coal oil gas petroleum nuclear hydro grid mining
minerals health healthcare hospital hospitals medical doctors nurses disease diseases
epidemic pandemic vaccine vaccination immunisation malnutrition nutrition mortality
maternal infant education schools students teachers literacy learning university
universities skills skilling employment unemployment jobs labour workers wages migrants
migration urban rural cities housing slum poverty welfare social women gender children
child youth elderly disability tribal tribes caste castes minority minorities
reservation quota dalit backward communities community religion religious communal
culture cultural heritage monument monuments archaeological festival language languages
technology digital internet cyber data privacy artificial intelligence satellite space
launch mission rocket research science scientific innovation startup startups telecom
spectrum broadband mobile platform platforms transport railways railway highways roads
ports shipping aviation airports logistics corridor connectivity tourism sports olympics
medal medals award awards report index ranking survey census statistics estimates data
projection target targets implementation rollout launch launched approved announced
proposed signed notified allocated sanctioned inaugurated unveiled released issued
directed asked urged warned criticised opposed welcomed sought rejected extended revised
`);

/** Names every Indian newspaper repeats: capitalised, so the indexer sees them as named entities. */
export const COMMON_NAMES = words(
  `
India|New_Delhi|Prime_Minister|Union_Government|Supreme_Court|Chief_Minister|Centre|Parliament
Lok_Sabha|Rajya_Sabha|Union_Cabinet|Home_Ministry|Finance_Ministry|Reserve_Bank|External_Affairs_Minister
United_Nations|United_States|China|Pakistan|Russia|World_Bank|Election_Commission|High_Court
Finance_Minister|Home_Minister|President|Governor|Opposition|Congress|Mumbai|Kolkata|Chennai
Bengaluru|Hyderabad|Uttar_Pradesh|Maharashtra|Bihar|West_Bengal|Tamil_Nadu|Kerala|Karnataka
Gujarat|Rajasthan|Punjab|Delhi|Jammu_and_Kashmir|NITI_Aayog|IMF|WHO|ISRO|CBI|RBI|GST|SEBI
European_Union|Japan|Bangladesh|Nepal|Sri_Lanka|Afghanistan|Ukraine|Israel|Iran|Saudi_Arabia
Shri|G20|BRICS|Quad|ASEAN|UNESCO|WTO|Indian_Army|Indian_Navy|Indian_Air_Force|Defence_Minister
Agriculture_Ministry|Health_Ministry|Education_Ministry|Environment_Ministry|Railway_Ministry
`.replace(/\|/g, ' '),
).map((name) => name.replace(/_/g, ' '));

/** Common Hindi words of news prose (Devanagari; the analyser's Hindi stop words drop the commonest). */
export const HINDI_EVERYDAY = words(`
सरकार भारत देश राज्य मंत्री मंत्रालय प्रधानमंत्री योजना विकास लोग वर्ष साल दिन समय काम
केंद्र नीति कार्यक्रम अभियान बैठक निर्णय फैसला प्रस्ताव कानून अधिनियम संशोधन न्यायालय अदालत
चुनाव मतदान मतदाता दल पार्टी नेता विपक्ष सांसद विधायक संसद विधानसभा सदन सत्र बजट आर्थिक
अर्थव्यवस्था विकास वृद्धि महंगाई कर राजस्व व्यय निवेश व्यापार निर्यात आयात बाजार बैंक
ऋण किसान खेती फसल कृषि सिंचाई पानी जल नदी बाढ़ सूखा मानसून वर्षा मौसम जलवायु प्रदूषण
पर्यावरण वन जंगल वन्यजीव ऊर्जा बिजली कोयला तेल गैस सौर स्वास्थ्य अस्पताल डॉक्टर रोग बीमारी
टीका टीकाकरण महामारी पोषण शिक्षा विद्यालय स्कूल छात्र शिक्षक विश्वविद्यालय परीक्षा कौशल
रोजगार बेरोजगारी श्रमिक मजदूर मजदूरी गरीबी कल्याण महिला महिलाएं बच्चे बच्चों युवा बुजुर्ग
समाज सामाजिक समुदाय जनजाति जनजातीय आरक्षण अल्पसंख्यक धर्म धार्मिक संस्कृति सांस्कृतिक
विरासत भाषा त्योहार प्रौद्योगिकी तकनीक डिजिटल इंटरनेट डेटा उपग्रह अंतरिक्ष अनुसंधान विज्ञान
वैज्ञानिक नवाचार परिवहन रेल रेलवे सड़क राजमार्ग बंदरगाह हवाई पर्यटन खेल पदक पुरस्कार
रिपोर्ट सर्वेक्षण जनगणना आंकड़े सूचकांक लक्ष्य उद्देश्य प्रगति चुनौती संकट खतरा सुरक्षा
रक्षा सेना सैनिक सीमा विवाद शांति वार्ता समझौता संधि सहयोग साझेदारी संबंध द्विपक्षीय यात्रा
दौरा सम्मेलन शिखर राजदूत दूतावास विदेश अंतरराष्ट्रीय वैश्विक राष्ट्रीय क्षेत्रीय स्थानीय
ग्रामीण शहरी शहर गांव जिला जिले पंचायत नगर आवास घर परिवार जीवन स्वच्छता शौचालय कचरा
प्लास्टिक उद्योग उत्पादन विनिर्माण कंपनी कंपनियां व्यवसाय उद्यम स्टार्टअप बुनियादी ढांचा
परियोजना परियोजनाएं निर्माण क्षमता संसाधन सुविधा सुविधाएं सेवा सेवाएं लाभ लाभार्थी सहायता
राहत मुआवजा अनुदान सब्सिडी कोष निधि राशि करोड़ लाख प्रतिशत वृद्धि गिरावट कमी बढ़ोतरी
घोषणा शुरुआत उद्घाटन मंजूरी स्वीकृति अनुमति निर्देश आदेश अधिसूचना दिशानिर्देश नियम
जांच पुलिस अपराध गिरफ्तारी हिंसा आतंकवाद हमला मौत घायल दुर्घटना आपदा भूकंप चक्रवात
प्रयास कदम उपाय सुधार बदलाव परिवर्तन व्यवस्था प्रणाली संस्था संस्थान आयोग समिति परिषद
बोर्ड प्राधिकरण विभाग अधिकारी कर्मचारी नागरिक जनता लोकतंत्र संविधान संवैधानिक अधिकार
स्वतंत्रता न्याय समानता गरिमा पारदर्शिता जवाबदेही भ्रष्टाचार शासन प्रशासन नियुक्ति अध्यक्ष
सदस्य प्रमुख मुख्य महत्वपूर्ण बड़ा बड़ी नया नई पुराना पहला पहली दूसरा अधिक कम बेहतर
मजबूत प्रभावी सतत समावेशी आत्मनिर्भर स्थायी तेजी धीमी ऐतिहासिक
`);

/** A fixed, arbitrary order for a list written alphabetically (FNV-1a hash of each word). */
function mixed(list: string[]): string[] {
  const hash = (word: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193) >>> 0;
    return h;
  };
  return [...list].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b));
}

/**
 * One ranked list of English words: the general and current-affairs words interleaved (one of each in
 * turn), then the wider words (alphabetical as written, so put in an arbitrary fixed order); a duplicate
 * keeps its first and best rank.
 */
export const EVERYDAY_WORDS: string[] = (() => {
  const ranked: string[] = [];
  for (let i = 0; i < Math.max(GENERAL_ENGLISH.length, CURRENT_AFFAIRS.length); i++) {
    if (i < GENERAL_ENGLISH.length) ranked.push(GENERAL_ENGLISH[i]!);
    if (i < CURRENT_AFFAIRS.length) ranked.push(CURRENT_AFFAIRS[i]!);
  }
  return [...new Set([...ranked, ...mixed(WIDER_ENGLISH)])];
})();

/** Small words that join the everyday words into something like prose (the analyser drops them). */
export const JOINERS = words('the of and to in a on for with as at by from that is was has are its');
