/**
 * What every page says about itself when it is shared, scanned or printed: its canonical address,
 * its preview card (drawn or taken from the cache) and the card's text alternative, and its QR
 * code. One model per page, built by `Base.astro`.
 */
import { format, ui } from '../i18n';
import { absoluteUrl, cardImagePath } from '../routes';
import type { Site } from '../site';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardFrame, type CardModel } from './card';
import { requestCard } from './card-cache';
import { qrCode, type QrCodeModel } from './qr';

export interface PageShare {
  /** The page's canonical address, on the site's public origin. */
  url: string;
  image: { url: string; alt: string; width: number; height: number };
  qr: QrCodeModel;
}

/** What every card carries besides the page's own words: the site and the national hotline. */
export function cardFrame(site: Site): CardFrame {
  const { number, name } = site.nationalHotline.data;
  return {
    site: ui.site.name,
    call: format(ui.hotline.call, { number }),
    callDetail: ui.hotline.barDetail,
    callName: name,
  };
}

/** The card described in words, for `og:image:alt` and readers who cannot see it. */
export function cardAlt(card: CardModel, frame: CardFrame): string {
  const text = [card.kicker, card.title, card.detail].filter(Boolean).join('. ');
  return format(ui.share.cardAlt, { text, site: frame.site, call: frame.call, callDetail: frame.callDetail });
}

export async function pageShare(
  site: Site,
  path: string,
  origin: URL | undefined,
  card: CardModel,
): Promise<PageShare> {
  const url = absoluteUrl(path, origin);
  const frame = cardFrame(site);
  const key = await requestCard(cardTree(card, frame));
  return {
    url,
    image: {
      url: absoluteUrl(cardImagePath(key), origin),
      alt: cardAlt(card, frame),
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
    },
    qr: qrCode(url),
  };
}

/** Share links that need no script from anyone: each opens the service's own page when clicked. */
export const shareLinks = (url: string) => ({
  facebook: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
  // The page Zalo's own share button opens.
  zalo: `https://sp.zalo.me/share_inline?url=${encodeURIComponent(url)}`,
});
