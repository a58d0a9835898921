/**
 * Word sets that know their own bit. Every word of every such set is filed once with the bits of
 * the sets holding it, so a token marks itself with one lookup per stem when it is made, and
 * "is this token in that set" becomes a bit test instead of a lookup of each stem (a token of the
 * dev articles is tested against about twelve sets, and 94 % of the tests miss).
 */

/** The bits of the vocabularies holding each word: bit `id % 32` of element `id >> 5`. */
const holders = new Map<string, number[]>();
/** The mark of a word in no vocabulary; shared, never written. */
const NO_MARK: readonly number[] = [];
let count = 0;
let marked = false;

/** A vocabulary: a set of normalized words, made at load, before any token is read. */
export class Vocab extends Set<string> {
  readonly slot: number;
  readonly bit: number;
  /** Made or grown after tokens were read: their marks would not know its words, so it is looked up stem by stem. */
  late = false;
  constructor(words: Iterable<string> = []) {
    super();
    this.slot = count >> 5;
    this.bit = 1 << (count & 31);
    count++;
    for (const w of words) this.add(w);
  }
  override add(word: string): this {
    if (marked) this.late = true;
    super.add(word);
    let bits = holders.get(word);
    if (!bits) holders.set(word, (bits = []));
    while (bits.length <= this.slot) bits.push(0);
    bits[this.slot] |= this.bit;
    return this;
  }
}

/** The bits of every vocabulary holding one of `stems`. */
export function markOf(stems: readonly string[]): readonly number[] {
  marked = true;
  let mark: readonly number[] = holders.get(stems[0]) ?? NO_MARK;
  for (let k = 1; k < stems.length; k++) {
    const bits = holders.get(stems[k]);
    if (!bits) continue;
    if (mark === NO_MARK) mark = bits;
    else {
      const or = new Array<number>(Math.max(mark.length, bits.length)).fill(0);
      for (let j = 0; j < or.length; j++) or[j] = (mark[j] ?? 0) | (bits[j] ?? 0);
      mark = or;
    }
  }
  return mark;
}

/** Whether a token's mark says one of its stems is in `vocab`. */
export const marks = (mark: readonly number[], vocab: Vocab): boolean =>
  vocab.late || (vocab.slot < mark.length && (mark[vocab.slot] & vocab.bit) !== 0);
