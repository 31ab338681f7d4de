import type { Problems } from './problems';
import { isRecord, knownKeys, typeName } from './problems';
import type { Stop, Text } from './scenarioTypes';
import { LIMITS } from './scenarioTypes';

/**
 * The words that come with a scenario: a title, a goal sentence and narrated stops, each in
 * English and/or Chinese. They are shown as text, never as markup.
 */
export function readText(
  problems: Problems,
  value: unknown,
  path: string,
  lengthMax: number,
): Text | null {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) {
    problems.add(path, `must be an object like { "en": "…", "zh": "…" }, not ${typeName(value)}`);
    return null;
  }
  knownKeys(problems, value, path, ['en', 'zh']);
  const text: Text = {};
  for (const lang of ['en', 'zh'] as const) {
    if (value[lang] === undefined) continue;
    const s = problems.plainText(value[lang], `${path}.${lang}`, 1, lengthMax);
    if (s !== null) text[lang] = s;
  }
  if (value.en === undefined && value.zh === undefined)
    problems.add(path, 'needs "en", "zh" or both');
  return text;
}

export function readStops(problems: Problems, value: unknown): Stop[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.add('stops', `must be a list, not ${typeName(value)}`);
    return [];
  }
  if (value.length > LIMITS.stopsMax) {
    problems.add('stops', `has ${value.length} stops; the limit is ${LIMITS.stopsMax}`);
    return [];
  }
  return value.flatMap((item, i) => {
    const stop = readStop(problems, item, `stops[${i}]`);
    return stop === null ? [] : [stop];
  });
}

function readStop(problems: Problems, item: unknown, path: string): Stop | null {
  if (!isRecord(item)) {
    problems.add(
      path,
      `must be an object like { "at": 3, "say": { "en": "…" } }, not ${typeName(item)}`,
    );
    return null;
  }
  knownKeys(problems, item, path, ['at', 'say', 'ask']);
  const at = problems.integer(item.at, `${path}.at`, 0, LIMITS.tickMax, 0, true);
  const say = readText(problems, item.say, `${path}.say`, LIMITS.textLengthMax);
  if (say === null) problems.add(`${path}.say`, 'required: what to say at this stop');
  const stop: Stop = { at, say: say ?? {} };
  if (item.ask !== undefined) {
    const ask = readAsk(problems, item.ask, `${path}.ask`);
    if (ask !== null) stop.ask = ask;
  }
  return stop;
}

function readAsk(problems: Problems, value: unknown, path: string): Stop['ask'] | null {
  if (!isRecord(value)) {
    problems.add(
      path,
      `must be an object with question, options, answer and reveal, not ${typeName(value)}`,
    );
    return null;
  }
  knownKeys(problems, value, path, ['question', 'options', 'answer', 'reveal']);
  const question = readText(problems, value.question, `${path}.question`, LIMITS.textLengthMax);
  const reveal = readText(problems, value.reveal, `${path}.reveal`, LIMITS.textLengthMax);
  if (question === null) problems.add(`${path}.question`, 'required');
  if (reveal === null) problems.add(`${path}.reveal`, 'required');
  const options = Array.isArray(value.options) ? value.options : [];
  if (options.length < 2 || options.length > 6)
    problems.add(`${path}.options`, 'must be a list of 2 to 6 answers');
  const texts = options.map(
    (o, i) => readText(problems, o, `${path}.options[${i}]`, LIMITS.nameLengthMax) ?? {},
  );
  const answer = problems.integer(
    value.answer,
    `${path}.answer`,
    0,
    Math.max(0, texts.length - 1),
    0,
    true,
  );
  return { question: question ?? {}, options: texts, answer, reveal: reveal ?? {} };
}
