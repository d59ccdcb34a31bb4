import { openExistingStore } from './open-store.js';
import { parseCommandLine, writeLine, type Command } from './command.js';

export const command: Command = {
  name: 'reviews',
  summary: 'List the reviews in the database',
  usage: 'lessons reviews [--json] [--db path]',
  async run(args, io) {
    const { values, config } = parseCommandLine(args, io, this, { json: { type: 'boolean' } }, ['db']);
    const store = openExistingStore(config);
    try {
      const reviews = store.catalogue.reviews();
      if (values.json) {
        writeLine(io.stdout, JSON.stringify({ reviews }));
        return 0;
      }
      for (const review of reviews) {
        writeLine(io.stdout, `${String(review.id).padStart(4)}  ${review.year ?? '----'}  ${review.title}  (${review.board}; ${review.subject || 'no subject'}; ${review.pages} pages, ${review.passages} passages, ${review.findings} findings)`);
      }
      writeLine(io.stdout, `${reviews.length} review${reviews.length === 1 ? '' : 's'}.`);
      return 0;
    } finally {
      store.close();
    }
  },
};
