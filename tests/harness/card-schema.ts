import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { MAX_CARD_BYTES } from '../../src/platform/cards/card-renderer';

/** Validates cards against the Adaptive Cards 1.5 schema, the highest version Teams renders. */
export function createCardValidator(): (card: unknown) => string[] {
  const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schemas', 'adaptive-card-1.5.json'), 'utf8')) as Record<string, unknown>;
  // The schema is draft-06 and uses a few keywords ajv does not know; strict mode would refuse them.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addMetaSchema(draft06);
  // Draft-06 names the schema with `id`; ajv 8 knows only `$id`.
  const { id, ...rest } = schema;
  const validate = ajv.compile({ ...rest, $id: String(id) });
  return (card) => {
    const problems: string[] = [];
    if (!validate(card)) {
      problems.push(...(validate.errors ?? []).slice(0, 8).map((e) => `${e.instancePath} ${e.message ?? ''}`));
    }
    const version = (card as { version?: string }).version;
    if (version !== '1.5' && version !== '1.4' && version !== '1.3') problems.push(`version ${String(version)} is not ≤ 1.5`);
    const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
    if (bytes > MAX_CARD_BYTES) problems.push(`card is ${bytes} bytes, over ${MAX_CARD_BYTES}`);
    if (JSON.stringify(card).includes('${')) problems.push('card still contains an unexpanded ${…} binding');
    return problems;
  };
}
