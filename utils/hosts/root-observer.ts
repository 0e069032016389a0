import { isBatonNode } from './mount';

export interface RootObserver {
  /** Watch exactly these roots from now on. */
  sync(roots: readonly Element[]): void;
  disconnect(): void;
}

/**
 * Watches only what Baton serves: each root's subtree (chips coming and going), and the childList
 * of each of its ancestors, which is the only place a root's removal shows (a closed compose is
 * taken out with its container). Mutations elsewhere on the page reach no Baton code at all.
 */
export function observeRoots(onChange: () => void): RootObserver {
  let roots: readonly Element[] = [];
  const inside = new MutationObserver((records) => {
    if (!records.every(isOwnMutation)) onChange();
  });
  // An ancestor's children changed: only a root that left the page matters, and that is cheap to ask.
  const above = new MutationObserver(() => {
    if (roots.some((root) => !root.isConnected)) onChange();
  });

  return {
    sync(next) {
      if (next.length === roots.length && next.every((root, i) => root === roots[i])) return;
      roots = [...next];
      inside.disconnect();
      above.disconnect();
      const ancestors = new Set<Node>();
      for (const root of roots) {
        inside.observe(root, { childList: true, subtree: true });
        for (let node = root.parentNode; node; node = node.parentNode) ancestors.add(node);
      }
      for (const node of ancestors) above.observe(node, { childList: true });
    },
    disconnect() {
      roots = [];
      inside.disconnect();
      above.disconnect();
    },
  };
}

/** Mutations that only add or remove Baton's own shadow hosts need no new scan. */
export function isOwnMutation(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isBatonNode);
}
