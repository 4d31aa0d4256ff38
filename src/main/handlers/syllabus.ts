import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

/** The syllabus: the tree with its coverage, gaps, an article's topics and corrections, stories. */
export function syllabusHandlers({ library: { syllabus }, dialogs }: HandlerContext) {
  return domainHandlers({
    getSyllabus: () => syllabus.tree(),
    syllabusGaps: ({ limit }) => syllabus.gaps(limit),
    getArticleTopics: ({ id }) => syllabus.topicsOf(id),
    setArticleTopics: ({ id, topics, only }) => syllabus.setTopics(id, topics, { only }),
    removeArticleTopic: ({ id, topic }) => syllabus.removeTopic(id, topic),
    relatedArticles: ({ id, limit }) => syllabus.relatedTo(id, limit),
    getStory: ({ id }) => syllabus.story(id),
    loadSyllabusWithDialog: async () => {
      const path = (await dialogs.chooseSyllabusFile?.()) ?? null;
      return path === null ? null : syllabus.loadFile(path);
    },
    useSyllabus: ({ id }) => {
      syllabus.use(id);
      return null;
    },
    renameSyllabusTopic: ({ topic, name }) => {
      syllabus.rename(topic, name);
      return null;
    },
    addSyllabusTopic: ({ parent, name }) => ({ id: syllabus.addTopic(parent, name) }),
    startSyllabusRun: () => ({ jobId: syllabus.startRun() }),
    syllabusRunStatus: ({ jobId }) => {
      const status = syllabus.runStatus(jobId);
      return { running: status.running, ...status.progress, error: status.error };
    },
  });
}
