import type { Catalogue } from '../catalogue';
import type { resume as en } from '../en/resume';

export const resume: Catalogue<typeof en> = {
  resumed: 'जहाँ छोड़ा था, वहीं से जारी',
};
