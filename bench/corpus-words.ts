/**
 * Word lists for the synthetic corpus: the vocabulary of Indian current-affairs notes, written for
 * this project (no article text is copied). Topics carry their GS paper and their own nouns, so
 * a query for a topic word finds articles of that topic, as in a real library.
 */

export interface Topic {
  tag: string;
  paper: 'GS-1' | 'GS-2' | 'GS-3' | 'GS-4';
  nouns: string[];
  events: string[];
}

export const TOPICS: Topic[] = [
  {
    tag: 'Polity',
    paper: 'GS-2',
    nouns: [
      'constitution', 'amendment', 'parliament', 'judiciary', 'Supreme Court', 'High Court', 'governor', 'ordinance',
      'federalism', 'panchayat', 'Election Commission', 'Lokpal', 'cabinet', 'bill', 'tribunal', 'fundamental rights',
      'directive principles', 'writ petition', 'constitution bench', 'collegium', 'legislative assembly', 'delimitation',
      'reservation', 'citizenship', 'anti-defection law', 'Speaker', 'Rajya Sabha', 'Lok Sabha', 'basic structure',
      'judicial review', 'Article 356', 'Article 370', 'Ninth Schedule', 'President’s rule', 'money bill',
      'Finance Commission', 'inter-state council', 'Attorney General', 'Comptroller and Auditor General', 'governance',
    ],
    events: ['Verdict', 'Amendment', 'Bill', 'Judgment', 'Reform', 'Ordinance', 'Debate', 'Ruling'],
  },
  {
    tag: 'International Relations',
    paper: 'GS-2',
    nouns: [
      'summit', 'treaty', 'bilateral ties', 'multilateralism', 'diplomacy', 'sanctions', 'ceasefire', 'alliance',
      'Collective Security Treaty Organisation', 'CSTO', 'Shanghai Cooperation Organisation', 'SCO', 'BRICS', 'Quad',
      'G20', 'ASEAN', 'SAARC', 'BIMSTEC', 'UN Security Council', 'NATO', 'World Trade Organization', 'IMF',
      'free trade agreement', 'strategic partnership', 'peacekeeping', 'refugees', 'maritime boundary', 'connectivity corridor',
      'Indo-Pacific', 'Neighbourhood First', 'Act East policy', 'joint statement', 'foreign secretary', 'visa regime',
      'Chabahar port', 'International North–South Transport Corridor', 'Central Asia', 'Commonwealth of Independent States',
    ],
    events: ['Summit', 'Talks', 'Visit', 'Agreement', 'Dialogue', 'Pact', 'Crisis', 'Meeting'],
  },
  {
    tag: 'Economy',
    paper: 'GS-3',
    nouns: [
      'inflation', 'repo rate', 'Reserve Bank of India', 'monetary policy', 'fiscal deficit', 'GDP growth', 'GST',
      'capital expenditure', 'Union Budget', 'disinvestment', 'foreign direct investment', 'exports', 'current account deficit',
      'rupee', 'bond yields', 'MSMEs', 'startups', 'PLI scheme', 'non-performing assets', 'public sector banks',
      'credit growth', 'fertiliser subsidy', 'minimum support price', 'agricultural credit', 'digital payments', 'UPI',
      'insolvency code', 'foreign exchange reserves', 'tax devolution', 'manufacturing', 'unemployment', 'wholesale prices',
      'consumer price index', 'kharif crops', 'rabi crops', 'food inflation', 'crude oil', 'trade deficit', 'logistics',
    ],
    events: ['Policy', 'Outlook', 'Report', 'Survey', 'Data', 'Reform', 'Scheme', 'Index'],
  },
  {
    tag: 'Environment',
    paper: 'GS-3',
    nouns: [
      'climate change', 'biodiversity', 'wetlands', 'Ramsar Convention', 'tiger reserve', 'emissions', 'net zero',
      'COP28', 'renewable energy', 'solar parks', 'mangroves', 'coral reefs', 'endangered species', 'IUCN Red List',
      'forest cover', 'air pollution', 'air quality index', 'glaciers', 'heatwave', 'cyclone', 'wildlife sanctuary',
      'national park', 'green hydrogen', 'carbon market', 'plastic waste', 'stubble burning', 'elephant corridor',
      'Great Indian Bustard', 'cheetah reintroduction', 'Western Ghats', 'eco-sensitive zone', 'desertification',
      'ozone layer', 'methane', 'biochar', 'invasive species', 'Project Tiger', 'Sundarbans', 'water stress',
    ],
    events: ['Report', 'Notification', 'Census', 'Conference', 'Alert', 'Mission', 'Drive', 'Plan'],
  },
  {
    tag: 'Science and Technology',
    paper: 'GS-3',
    nouns: [
      'ISRO', 'satellite', 'launch vehicle', 'Chandrayaan-3', 'Gaganyaan', 'Aditya-L1', 'semiconductors',
      'artificial intelligence', 'quantum computing', '5G networks', 'vaccine', 'genome sequencing', 'CRISPR',
      'nuclear reactor', 'supercomputer', 'drones', 'cybersecurity', 'blockchain', 'antimicrobial resistance',
      'monoclonal antibodies', 'gene therapy', 'space debris', 'reusable launch vehicle', 'exoplanet', 'dark matter',
      'gravitational waves', 'fusion energy', 'lithium-ion battery', 'electric vehicles', 'data protection',
      'National Quantum Mission', 'IndiaAI Mission', 'telemedicine', 'biotechnology', 'rare earth elements',
    ],
    events: ['Launch', 'Mission', 'Breakthrough', 'Test', 'Policy', 'Trial', 'Discovery', 'Programme'],
  },
  {
    tag: 'Internal Security',
    paper: 'GS-3',
    nouns: [
      'terrorism', 'insurgency', 'border management', 'Line of Actual Control', 'Line of Control', 'Indian Army',
      'Indian Navy', 'Indian Air Force', 'joint military exercise', 'ballistic missile', 'Agni-V', 'BrahMos',
      'Rafale', 'AFSPA', 'left-wing extremism', 'cyber attack', 'maritime security', 'coastal security', 'drone attacks',
      'money laundering', 'NIA', 'UAPA', 'defence exports', 'theatre commands', 'Agnipath', 'aircraft carrier',
      'submarine', 'hypersonic missile', 'counter-terrorism', 'radicalisation', 'arms imports', 'special forces',
    ],
    events: ['Exercise', 'Operation', 'Deal', 'Test', 'Attack', 'Review', 'Induction', 'Drill'],
  },
  {
    tag: 'History and Culture',
    paper: 'GS-1',
    nouns: [
      'temple architecture', 'dynasty', 'inscription', 'UNESCO World Heritage', 'festival', 'classical dance', 'Mughal',
      'Chola', 'Harappan civilisation', 'freedom struggle', 'Mahatma Gandhi', 'satyagraha', 'manuscripts', 'folk art',
      'GI tag', 'Buddhism', 'Jainism', 'Bhakti movement', 'Sufi saints', 'Vijayanagara', 'Maratha', 'stepwell',
      'rock-cut caves', 'Ashokan edicts', 'intangible cultural heritage', 'tribal revolt', 'Quit India Movement',
      'Non-Cooperation Movement', 'Indian National Congress', 'Sangam literature', 'miniature painting',
    ],
    events: ['Festival', 'Anniversary', 'Heritage', 'Excavation', 'Tribute', 'Discovery', 'Listing', 'Revival'],
  },
  {
    tag: 'Geography',
    paper: 'GS-1',
    nouns: [
      'earthquake', 'tectonic plates', 'river basin', 'Himalaya', 'south-west monsoon', 'soil erosion', 'ocean currents',
      'El Niño', 'La Niña', 'landslides', 'volcano', 'strait', 'island', 'groundwater', 'flood plains', 'delta',
      'Indian Ocean Dipole', 'western disturbances', 'cloudburst', 'tsunami', 'permafrost', 'Arctic', 'Antarctica',
      'critical minerals', 'interlinking of rivers', 'urban floods', 'Brahmaputra', 'Godavari', 'Deccan plateau',
    ],
    events: ['Forecast', 'Disaster', 'Study', 'Map', 'Event', 'Warning', 'Survey', 'Shift'],
  },
  {
    tag: 'Social Justice',
    paper: 'GS-2',
    nouns: [
      'women’s reservation', 'gender budgeting', 'school education', 'public health', 'malnutrition', 'poverty',
      'Scheduled Tribes', 'Scheduled Castes', 'NFHS-5', 'literacy', 'ageing population', 'urbanisation', 'migrant workers',
      'child marriage', 'maternal mortality', 'anaemia', 'Ayushman Bharat', 'mid-day meal', 'National Education Policy',
      'disability rights', 'transgender persons', 'manual scavenging', 'social audit', 'self-help groups', 'gig workers',
    ],
    events: ['Scheme', 'Report', 'Survey', 'Policy', 'Campaign', 'Index', 'Mission', 'Guidelines'],
  },
  {
    tag: 'Ethics',
    paper: 'GS-4',
    nouns: [
      'integrity', 'probity', 'accountability', 'transparency', 'civil servants', 'conflict of interest', 'empathy',
      'emotional intelligence', 'code of conduct', 'whistleblowers', 'public service', 'compassion', 'attitude',
      'citizen charter', 'corporate governance', 'ethical dilemma', 'moral courage', 'objectivity',
    ],
    events: ['Case Study', 'Debate', 'Lesson', 'Dilemma', 'Code', 'Principle', 'Question', 'Example'],
  },
];

export const COUNTRIES = [
  'China', 'United States', 'Russia', 'Japan', 'Bangladesh', 'Nepal', 'Australia', 'France', 'Sri Lanka', 'Iran',
  'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Uzbekistan', 'Turkmenistan', 'Belarus', 'Armenia', 'Germany', 'United Kingdom', 'Bhutan',
  'Maldives', 'Myanmar', 'Afghanistan', 'Saudi Arabia', 'United Arab Emirates', 'Israel', 'Egypt',
  'South Africa', 'Brazil', 'Indonesia', 'Vietnam', 'Singapore', 'Philippines', 'Mauritius', 'Seychelles', 'Kenya',
  'Nigeria', 'Ukraine', 'Poland', 'Italy', 'Canada', 'Mexico', 'Argentina', 'Chile', 'Greece', 'Oman', 'Qatar',
  'Mongolia', 'South Korea', 'New Zealand', 'Fiji', 'Papua New Guinea', 'Azerbaijan', 'Georgia', 'Türkiye',
];

export const STATES = [
  'Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar', 'Chhattisgarh', 'Goa', 'Gujarat', 'Haryana',
  'Himachal Pradesh', 'Jharkhand', 'Karnataka', 'Kerala', 'Madhya Pradesh', 'Maharashtra', 'Manipur', 'Meghalaya',
  'Mizoram', 'Nagaland', 'Odisha', 'Punjab', 'Rajasthan', 'Sikkim', 'Tamil Nadu', 'Telangana', 'Tripura',
  'Uttar Pradesh', 'Uttarakhand', 'West Bengal', 'Ladakh', 'Jammu and Kashmir', 'Puducherry', 'Lakshadweep',
];

export const MINISTRIES = [
  'Home Affairs', 'External Affairs', 'Finance', 'Defence', 'Environment, Forest and Climate Change', 'Health and Family Welfare',
  'Education', 'Science and Technology', 'Jal Shakti', 'Rural Development', 'Women and Child Development', 'Tribal Affairs',
  'Agriculture and Farmers Welfare', 'Culture', 'Electronics and Information Technology', 'Earth Sciences', 'Power',
];

export const SCHEMES = [
  'PM-KISAN', 'Jal Jeevan Mission', 'Swachh Bharat Mission', 'PM Awas Yojana', 'Ujjwala Yojana', 'Startup India',
  'Digital India', 'Make in India', 'Smart Cities Mission', 'AMRUT', 'PM Gati Shakti', 'SVAMITVA', 'e-NAM',
  'PM Fasal Bima Yojana', 'Stand-Up India', 'Poshan Abhiyaan', 'Beti Bachao Beti Padhao', 'MGNREGA', 'PM SVANidhi',
  'Atal Pension Yojana', 'National Hydrogen Mission', 'FAME India', 'Sagarmala', 'Bharatmala', 'UDAN', 'PM-JANMAN',
  'Vibrant Villages Programme', 'Mission Karmayogi', 'PM Vishwakarma', 'Lakhpati Didi',
];

export const SOURCES = ['StudyIQ', 'Drishti IAS', 'PIB', 'InsightsIAS', 'GKToday', 'The Hindu', 'Indian Express'];

export const ROLES = [
  'Prime Minister', 'External Affairs Minister', 'Finance Minister', 'Chief Justice', 'Governor', 'Chief Minister',
  'Defence Minister', 'RBI Governor', 'Chief of Defence Staff', 'Secretary-General', 'President', 'Chairperson',
];

export const FIRST_NAMES = [
  'Arjun', 'Meera', 'Rahul', 'Ananya', 'Vikram', 'Priya', 'Sanjay', 'Kavita', 'Rohan', 'Nandini', 'Aditya', 'Lakshmi',
  'Farhan', 'Ayesha', 'Gurpreet', 'Harleen', 'Suresh', 'Deepa', 'Thomas', 'Mary', 'Karan', 'Sneha', 'Imran', 'Zoya',
  'Ravi', 'Pooja', 'Manoj', 'Shalini', 'Naveen', 'Asha', 'Kunal', 'Divya', 'Joseph', 'Anita', 'Vivek', 'Rekha',
];

export const SURNAMES = [
  'Sharma', 'Iyer', 'Reddy', 'Khan', 'Singh', 'Nair', 'Das', 'Mukherjee', 'Patil', 'Menon', 'Gupta', 'Bose', 'Rao',
  'Chatterjee', 'Pillai', 'Joshi', 'Kulkarni', 'Naidu', 'Fernandes', 'Ahmed', 'Verma', 'Mishra', 'Choudhary', 'Dutta',
  'Banerjee', 'Hegde', 'Kapoor', 'Malhotra', 'Saxena', 'Thakur', 'Bhat', 'Shetty', 'Mehta', 'Desai', 'Agarwal',
];

/** Syllables for the long tail of names (villages, species, companies) that every real library has. */
export const SYLLABLES = [
  'ka', 'ra', 'pur', 'gar', 'ban', 'dhi', 'nag', 'sam', 'thal', 'kot', 'mal', 'ven', 'a', 'la', 'pa', 'di', 'li',
  'ghat', 'wa', 'da', 'so', 'ni', 'ta', 'ma', 'har', 'bad', 'ki', 'vi', 'ru', 'lo', 'chan', 'del', 'tor', 'zu',
];

export const GENERAL = {
  verbsPast: [
    'launched', 'approved', 'signed', 'announced', 'released', 'proposed', 'notified', 'reviewed', 'expanded', 'introduced',
    'highlighted', 'flagged', 'endorsed', 'rejected', 'extended', 'revised', 'inaugurated', 'unveiled', 'cleared', 'adopted',
  ],
  verbs: [
    'strengthen', 'improve', 'expand', 'monitor', 'regulate', 'promote', 'protect', 'reduce', 'increase', 'support',
    'modernise', 'simplify', 'accelerate', 'restore', 'address', 'ensure', 'boost', 'curb', 'enhance', 'streamline',
  ],
  adjectives: [
    'comprehensive', 'strategic', 'national', 'regional', 'bilateral', 'ambitious', 'landmark', 'controversial', 'key',
    'first-ever', 'long-pending', 'inclusive', 'sustainable', 'critical', 'major', 'new', 'revised', 'digital', 'global',
    'historic', 'significant', 'unprecedented', 'phased', 'targeted', 'time-bound',
  ],
  beneficiaries: [
    'farmers', 'women', 'students', 'small businesses', 'tribal communities', 'senior citizens', 'street vendors',
    'fishermen', 'artisans', 'migrant workers', 'rural households', 'start-ups', 'patients', 'children',
  ],
  trends: ['rose', 'fell', 'declined', 'increased', 'grew', 'dropped', 'improved', 'worsened'],
  reports: [
    'Economic Survey', 'State of Forest Report', 'Global Hunger Index', 'World Economic Outlook', 'Human Development Report',
    'NITI Aayog report', 'CAG report', 'Periodic Labour Force Survey', 'India State of Forest Report', 'Global Gender Gap Report',
  ],
  fillers: [
    'The move is expected to', 'Experts say the step will', 'Officials noted that it would', 'The decision aims to',
    'Critics argue that it may not', 'The committee recommended measures to', 'Analysts believe this could',
  ],
  headings: [
    'Why in News', 'Key Points', 'Background', 'Significance', 'Challenges', 'Way Forward', 'Key Features', 'Concerns',
    'Government Initiatives', 'About the Organisation', 'Related Facts', 'Analysis', 'Issues Involved', 'Impact',
  ],
  noteTemplates: [
    'Important for prelims: {fact}',
    'Compare with {entity}',
    'Revise {noun} before mains',
    'Doubt: why did {entity} push for {noun}?',
    '{noun} was asked in the {year} prelims',
    'Link to the GS answer on {noun}',
    'Good example for essay on {noun}',
    'Check the latest figures on {noun}',
  ],
};

/** Hindi vocabulary for the Hindi articles (PIB and Drishti publish in both languages). */
export const HINDI = {
  nouns: [
    'शिखर सम्मेलन', 'संविधान', 'संसद', 'न्यायपालिका', 'सर्वोच्च न्यायालय', 'चुनाव आयोग', 'मुद्रास्फीति', 'रेपो दर',
    'राजकोषीय घाटा', 'बजट', 'जलवायु परिवर्तन', 'जैव विविधता', 'आर्द्रभूमि', 'बाघ अभयारण्य', 'उपग्रह', 'प्रक्षेपण',
    'अर्धचालक', 'कृत्रिम बुद्धिमत्ता', 'टीकाकरण', 'सीमा सुरक्षा', 'आतंकवाद', 'सैन्य अभ्यास', 'विरासत', 'त्योहार',
    'भूकंप', 'मानसून', 'नदी', 'किसान', 'महिला सशक्तिकरण', 'शिक्षा नीति', 'स्वास्थ्य', 'पोषण', 'गरीबी', 'डिजिटल भुगतान',
    'नवीकरणीय ऊर्जा', 'सौर ऊर्जा', 'हरित हाइड्रोजन', 'व्यापार समझौता', 'कूटनीति', 'सामूहिक सुरक्षा संधि',
  ],
  places: ['भारत', 'कज़ाखस्तान', 'रूस', 'चीन', 'जापान', 'नेपाल', 'बांग्लादेश', 'नई दिल्ली', 'मुंबई', 'केरल', 'असम', 'लद्दाख'],
  orgs: ['इसरो', 'भारतीय रिज़र्व बैंक', 'नीति आयोग', 'संयुक्त राष्ट्र', 'जी20', 'ब्रिक्स', 'शंघाई सहयोग संगठन', 'विश्व बैंक'],
  verbs: ['शुरू किया', 'मंज़ूरी दी', 'हस्ताक्षर किए', 'घोषणा की', 'जारी किया', 'प्रस्ताव रखा', 'समीक्षा की', 'विस्तार किया'],
  adjectives: ['महत्वपूर्ण', 'राष्ट्रीय', 'क्षेत्रीय', 'द्विपक्षीय', 'ऐतिहासिक', 'नया', 'व्यापक', 'रणनीतिक'],
  headings: ['चर्चा में क्यों', 'प्रमुख बिंदु', 'पृष्ठभूमि', 'महत्त्व', 'चुनौतियाँ', 'आगे की राह'],
  tags: ['सामान्य अध्ययन', 'अंतर्राष्ट्रीय संबंध', 'अर्थव्यवस्था', 'पर्यावरण'],
};
