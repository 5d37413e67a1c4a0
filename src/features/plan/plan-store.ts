// The working plan, kept between visits in localStorage so that closing the tab loses nothing.
// It is held as the link's own values (`w=` strings), so the store and the link can never
// disagree on the format. Storage can throw (partitioned iframes, privacy modes): the plan
// then lives in memory for the session, and everything else works the same.
import { useSyncExternalStore } from 'react';
import { MAX_WORKLOADS } from '../../domain/plan/limits';

const STORAGE_KEY = 'runtime-advisor.plan';
/** Longest stored value we read back: a workload's link value is well under this. */
const MAX_VALUE = 400;

let memory: readonly string[] | undefined;
const listeners = new Set<() => void>();

function parseStored(text: string | null): string[] {
  if (text === null) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value
      .filter((item): item is string => typeof item === 'string' && item.length <= MAX_VALUE)
      .slice(0, MAX_WORKLOADS);
  } catch {
    return [];
  }
}

export function readPlanValues(): readonly string[] {
  if (memory) return memory;
  try {
    memory = parseStored(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    memory = [];
  }
  return memory;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export function writePlanValues(values: readonly string[]): void {
  if (same(values, readPlanValues())) return;
  memory = [...values];
  try {
    if (values.length === 0) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, JSON.stringify(values));
  } catch {
    // Not kept across visits; the plan still lives in memory and in its link.
  }
  for (const listener of listeners) listener();
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // Another tab changed the plan: follow it.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    memory = parseStored(event.newValue);
    onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}

const EMPTY: readonly string[] = [];

/** The working plan's link values; re-renders when they change. */
export function usePlanValues(): readonly string[] {
  return useSyncExternalStore(subscribe, readPlanValues, () => EMPTY);
}
