/**
 * Story threads written for this project: the same event reported on different days or by different
 * sources. `seed` names a real article (by a few words of its title, read at run time from
 * ../shared/realdata by the bench; its text is not in this repository) that belongs to the thread.
 */
import type { RelatedDocument } from './related';

/** A labelled thread: the articles written here, and markers of real articles that belong to it. */
export interface StoryThread {
  name: string;
  articles: Array<Omit<RelatedDocument, 'id'>>;
  /** Words from the title (or first lines) of real articles in the thread. */
  realMarkers: string[];
}

const doc = (date: string, title: string, ...text: string[]) => ({ date, title, text: text.join('\n') });

export const STORY_THREADS: StoryThread[] = [
  {
    name: 'Assam–Mizoram border dispute',
    realMarkers: ['Assam-Mizoram Border Dispute'],
    articles: [
      doc(
        '2021-07-28',
        'Assam and Mizoram agree to talks after border firing',
        'Chief ministers of Assam and Mizoram agreed to meet after the firing at the Lailapur–Vairengte border point.',
        'The Union Home Ministry asked both states to withdraw their police from the disputed stretch along the Cachar district.',
      ),
      doc(
        '2021-08-05',
        'Neutral force deployed on the Assam–Mizoram boundary',
        'Central Armed Police Forces took over the disputed areas of the Assam–Mizoram boundary near Vairengte.',
        'Mizoram withdrew the case filed against the Assam Chief Minister, easing the standoff.',
      ),
      doc(
        '2022-03-29',
        'Boundary talks: Assam and Mizoram set up regional committees',
        'Assam and Mizoram formed regional committees to visit the villages along the Cachar–Kolasib border.',
        'The Inner Line Permit boundary of 1875 and the 1933 notification remain the core of the dispute.',
      ),
    ],
  },
  {
    name: 'Naga peace talks',
    realMarkers: ['Naga Peace Talks'],
    articles: [
      doc(
        '2021-09-20',
        'NSCN-IM rejects new interlocutor’s proposal',
        'The NSCN-IM said the Naga peace process cannot move without a separate Naga flag and constitution.',
        'The Framework Agreement of 2015 between the Centre and the NSCN-IM is still not made public.',
      ),
      doc(
        '2022-01-10',
        'AFSPA extended in Nagaland as talks stall',
        'The Centre extended AFSPA in Nagaland by six months while the Naga talks with the NSCN-IM and the Naga National Political Groups stayed stuck.',
        'Civil society groups in Kohima asked for the Framework Agreement to be honoured.',
      ),
    ],
  },
  {
    name: 'Assassination of Haiti’s president',
    realMarkers: ['Haiti'],
    articles: [
      doc(
        '2021-07-09',
        'Haiti declares state of siege after President Moïse killed',
        'Interim Prime Minister Claude Joseph declared a state of siege in Haiti after President Jovenel Moïse was shot at his home in Port-au-Prince.',
        'Police said four suspected gunmen were killed and two were arrested.',
      ),
      doc(
        '2021-07-20',
        'Ariel Henry sworn in as Haiti’s prime minister',
        'Ariel Henry took office as Haiti’s prime minister two weeks after the killing of President Jovenel Moïse, with Claude Joseph stepping aside.',
        'The Core Group of foreign diplomats in Port-au-Prince backed the new government.',
      ),
    ],
  },
  {
    name: 'GST after four years',
    realMarkers: ['Four Years of the GST'],
    articles: [
      doc(
        '2021-09-17',
        'GST Council keeps petrol and diesel out of GST',
        'The GST Council in Lucknow decided that bringing petrol and diesel under the Goods and Services Tax was not the right time.',
        'States asked for GST compensation to be extended beyond June 2022, when the compensation cess ends.',
      ),
      doc(
        '2022-06-29',
        'GST compensation to states ends; Council reviews rates',
        'The GST compensation to states ended on 30 June as the GST Council met in Chandigarh to review rate rationalisation.',
        'Opposition-ruled states said the Goods and Services Tax had weakened their fiscal autonomy.',
      ),
    ],
  },
  {
    name: 'A lunar sample-return mission',
    realMarkers: [],
    articles: [
      doc(
        '2026-01-12',
        'Cabinet approves Chandrayaan-4 lunar sample-return mission',
        'The Union Cabinet approved Chandrayaan-4, ISRO’s mission to bring lunar soil back to Earth.',
        'Two LVM3 launches will carry the stack; docking in lunar orbit joins the ascender and the return module.',
      ),
      doc(
        '2027-11-03',
        'Chandrayaan-4 stacks launched on two LVM3 rockets',
        'ISRO launched the two Chandrayaan-4 stacks from Sriharikota a week apart.',
        'The modules will dock in Earth orbit before the transfer to lunar orbit.',
      ),
      doc(
        '2027-12-14',
        'Chandrayaan-4 lander touches down near the lunar south pole',
        'The Chandrayaan-4 lander touched down near the south pole and its robotic arm began collecting lunar soil.',
        'ISRO said the ascender would lift off with the samples to meet the return module in lunar orbit.',
      ),
      doc(
        '2028-01-02',
        'Chandrayaan-4 capsule brings lunar soil back to Earth',
        'The Chandrayaan-4 re-entry capsule splashed down in the Bay of Bengal with about three kilograms of lunar soil.',
        'Scientists at ISRO and PRL Ahmedabad will study the samples from the south pole region.',
      ),
    ],
  },
];

/** Threads made of real articles only (matched by title words or first lines at run time). */
export const REAL_THREADS: Array<{ name: string; markers: string[] }> = [
  {
    name: 'Russian President’s visit, December 2025 (PIB, English and Hindi)',
    // The Hindi releases are the same four events from the same source, so they belong to the thread.
    markers: [
      'welcomed President of Russia',
      'my friend, President Putin',
      'MoUs and Agreements.',
      'Oxana Lut',
      'रूस के राष्ट्रपति श्री व्लादिमीर पुतिन',
      'My Friend, राष्ट्रपति पुतिन',
      'समझौता ज्ञापन और समझौते',
      'शिवराज सिंह चौहान ने 4 दिसंबर',
    ],
  },
  {
    name: 'Prime Minister in Israel, February 2026 (PIB)',
    markers: ['Address to the Knesset', 'Israeli Parliament - Knesset', 'Tech Exhibition in Jerusalem'],
  },
  {
    name: 'Micro food processing scheme (Drishti 2021, PIB 2025)',
    markers: [
      'PM Formalization of Micro Food Processing',
      'The progress of the Pradhan Mantri Formalisation',
      'is implementing a Centrally Sponsored',
      'approved units under Production Linked Incentive Scheme for Food Processing',
    ],
  },
  {
    name: 'Covid-19, June–July 2021 (Drishti)',
    markers: [
      'Kappa Variant',
      'Lambda Variant',
      'Covid-19 Vaccine Booster',
      'Covid-19 Emergency Response Package',
    ],
  },
  {
    name: 'MSMEs (Drishti 2021, PIB 2025)',
    markers: [
      'International MSMEs Day',
      'technical and skill development support to Micro',
      'Stakeholders’ consultation is a continuous process',
    ],
  },
];
