/** The child of `container` that holds `node` (or `node` itself when it is a child). */
export function topLevelChild(container: Node, node: Node): Node | null {
  let current: Node | null = node;
  while (current && current.parentNode !== container) current = current.parentNode;
  return current;
}

/** Of the top-level children of `body` that hold one of `selector`'s matches, the first. */
export function firstTopLevelMatch(body: Element, selector: string): Node | null {
  const hit = body.querySelector(selector);
  return hit ? topLevelChild(body, hit) : null;
}
