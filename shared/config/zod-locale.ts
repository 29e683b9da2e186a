// You are here: the words of zod's own messages. zod/mini ships without them (every problem would read
// "Invalid input"), so this installs the English ones that 400 answers and configuration errors show.
// Imported for its effect by the modules that parse: the HTTP middleware and the environment reader.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
