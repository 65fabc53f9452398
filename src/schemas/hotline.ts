import { z } from 'astro/zod';
import { confidence, isoDate, source, type ReferenceFn } from './shared';

export function createHotlineSchema(reference: ReferenceFn) {
  return z.object({
    /** The number as people write it ("111", "0243.525.662"). */
    number: z.string().regex(/^[0-9][0-9. ]*[0-9]$/, 'expected a phone number of digits, dots and spaces'),
    /** Name of the line or service. */
    name: z.string().min(1, 'expected the name of the line'),
    /** What to call it for. */
    purpose: z.string().min(1, 'expected what the line is for'),
    /** Who runs it, with an "as of" where it changed. */
    operator: z.string().min(1).optional(),
    scope: z.enum(['toan-quoc', 'dia-phuong'], { error: 'expected "toan-quoc" or "dia-phuong"' }),
    /** Cost of a call, where a source gives it. */
    cost: z.string().min(1).optional(),
    /** Opening hours, where a source gives them. */
    hours: z.string().min(1).optional(),
    /** Date from which the line is in service. */
    since: isoDate.optional(),
    /** Order on the hotline page and in the bar; 111 is 1. */
    order: z.number().int().min(1),
    /** An emergency number (113, 114, 115). */
    emergency: z.boolean().default(false),
    /** An older number a plan names; the page points to 111 instead. */
    superseded: z.boolean().default(false),
    confidence,
    /** Documents that mention the number. */
    mentionedInPlans: z.array(reference('plans')).default([]),
    mentionedInDirectives: z.array(reference('directives')).default([]),
    facts: z.array(z.string().min(1)).default([]),
    sources: z.array(source).default([]),
  });
}
