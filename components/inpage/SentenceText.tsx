import { Fragment } from 'react';
import type { Sentence } from '@/utils/features/sentence';

/**
 * Draws a Sentence: words as text, each name isolated in a <bdi> (a React element, so the name
 * stays text) so its own direction controls end with it and never reach the words after it.
 */
export function SentenceText({ sentence }: { sentence: Sentence }) {
  return (
    <>
      {sentence.map((part, i) => (typeof part === 'string' ? <Fragment key={i}>{part}</Fragment> : <bdi key={i}>{part.name}</bdi>))}
    </>
  );
}
