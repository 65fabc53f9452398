/** The small part of lunar-javascript (which ships no types) that the site uses. */
declare module 'lunar-javascript' {
  interface Solar {
    getYear(): number;
    getMonth(): number;
    getDay(): number;
    toYmd(): string;
  }
  interface Lunar {
    getSolar(): Solar;
  }
  const lunar: {
    Lunar: { fromYmd(year: number, month: number, day: number): Lunar };
  };
  export default lunar;
}
