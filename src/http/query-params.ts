import type { Request } from 'express';
import { InputError } from '../errors.js';

/** One value of a query parameter, or undefined; `?q=a&q=b` is a 400 rather than a silent pick. */
export function oneParam(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  throw new InputError(`give "${name}" once: it was given ${Array.isArray(value) ? value.length : 'several'} times.`, 'bad_parameter');
}

/** Every value of a repeatable parameter: `?theme=a&theme=b` -> ['a', 'b']. */
export function manyParams(req: Request, name: string): string[] {
  const value = req.query[name];
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  throw new InputError(`bad "${name}": expected plain values such as ${name}=x&${name}=y.`, 'bad_parameter');
}
