/**
 * What the share bars do with JavaScript: copy the page's address (`data-copy`) or a message (the
 * text of the element named by `data-copy-from`), open the browser's share sheet where there is
 * one (`data-share-native`), and print (`data-print`). Each button is `hidden` in the HTML and
 * shown here only when it can work. The address is the page's canonical link, written once.
 */

const address = () => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;

/** The status line next to a button, where "Đã sao chép" is said. */
const statusFor = (button: HTMLElement) =>
  button.closest('[data-share],[data-share-kit]')?.querySelector<HTMLElement>('[data-share-status]') ?? null;

function say(button: HTMLElement, key: 'copied' | 'failed') {
  const status = statusFor(button);
  if (status) status.textContent = status.dataset[key] ?? '';
}

async function copy(button: HTMLElement) {
  const from = button.dataset['copyFrom'];
  const source = from ? document.getElementById(from) : null;
  const text = source ? (source.textContent ?? '').trim() : address();
  try {
    await navigator.clipboard.writeText(text);
    say(button, 'copied');
  } catch {
    // No clipboard (an old browser, or permission refused): show the text, selected, to copy by hand.
    const shown = button.closest('[data-share]')?.querySelector<HTMLElement>('[data-share-address] .url');
    const target = source ?? shown;
    if (target) {
      target.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
      getSelection()?.selectAllChildren(target);
    }
    say(button, 'failed');
  }
}

/** Runs once per page (ShareScript.astro). */
export function enhanceShareBars() {
  for (const button of document.querySelectorAll<HTMLElement>('[data-copy],[data-copy-from],[data-print]')) {
    button.hidden = false;
  }
  if (typeof navigator.share === 'function') {
    for (const button of document.querySelectorAll<HTMLElement>('[data-share-native]')) button.hidden = false;
  }
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>('button');
    if (!button) return;
    if (button.hasAttribute('data-print')) window.print();
    else if (button.hasAttribute('data-share-native'))
      navigator.share({ title: document.title, url: address() }).catch(() => undefined);
    else if (button.hasAttribute('data-copy') || button.hasAttribute('data-copy-from')) void copy(button);
  });
}
