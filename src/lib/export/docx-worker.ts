/**
 * A thread that builds plans' Word files for `docx-threads.ts`: it gets a plan's body and signer and
 * answers the `.docx` bytes (`planDocx`).
 */
import { serve } from '../threads.ts';
import { planDocx, type PlanForExport } from './docx.ts';

serve<PlanForExport, { bytes: Uint8Array }>('docx-worker.ts', async (plan) => ({ bytes: await planDocx(plan) }));
