import { describe, expect, it } from "vitest";
import { normalize } from "../../lib/text/normalize";
import { stemIn, tokenize } from "../../lib/extract/tokens";
import { Vocab } from "../../lib/extract/vocabulary";

// Built at load, as every vocabulary is: before the first token is read.
const WOUND_WORDS = new Vocab(["جرحى", "مصابين"].map(normalize));
const PLAIN = new Set(["جرحى", "مصابين"].map(normalize));
const OTHER = new Vocab(["قتلى"].map(normalize));

describe("vocabularies that know their bit", () => {
  it("finds a word with or without its proclitic, as a plain set does", () => {
    const toks = tokenize(normalize("سقط قتلى وجرحى بين مصابين"));
    const found = toks.map((t) => stemIn(t, WOUND_WORDS));
    expect(found).toEqual([null, null, normalize("جرحى"), null, "مصابين"]);
    expect(toks.map((t) => stemIn(t, PLAIN))).toEqual(found);
    expect(toks.map((t) => stemIn(t, OTHER))).toEqual([null, normalize("قتلى"), null, null, null]);
  });

  it("still finds the words of a vocabulary made after tokens were read, which their marks do not know", () => {
    const toks = tokenize(normalize("قتل عنصران"));
    const late = new Vocab(["عنصران"].map(normalize));
    expect(toks.map((t) => stemIn(t, late))).toEqual([null, normalize("عنصران")]);
  });
});
