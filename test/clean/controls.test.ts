import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../lib/clean";
import { stripControls } from "../../lib/clean/controls";
import { extractIncidents } from "../../lib/extract";
import { toExtractorInput } from "../../lib/pipeline/collect";
import { outletById } from "../../lib/outlets/registry";

const ESC = "\u001b";
const OSC8 = (url: string, text: string): string => `${ESC}]8;;${url}${ESC}\\${text}${ESC}]8;;${ESC}\\`;
/** C0 controls but tab and newline, DEL and C1: none may survive cleaning. */
const ANY_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

describe("stripControls", () => {
  it.each([
    ["a colour escape", `${ESC}[31mقتل${ESC}[0m ثلاثة`, "قتل ثلاثة"],
    ["an OSC 8 hyperlink, its hidden URL included", `انظر ${OSC8("https://evil.example/x", "الرابط")} هنا`, "انظر الرابط هنا"],
    ["an OSC title ended by BEL", `${ESC}]0;title\u0007نص`, "نص"],
    ["a bell and a backspace", "نص\u0007 آخر\u0008", "نص آخر"],
    ["C1 CSI and NEL", "\u009b2Jنص\u0085", "نص"],
    ["a lone ESC with no sequence after it", `نص${ESC}`, "نص"],
    ["an unterminated OSC, keeping the text after it", `${ESC}]8;;بقية النص`, "8;;بقية النص"],
  ])("removes %s", (_, input, want) => {
    expect(stripControls(input)).toBe(want);
  });

  it("keeps newlines, tabs, Arabic letters and the bidi marks and joiners Arabic text needs", () => {
    const text = "قتل\u200F 3\u200E\tمدنيين\n\u061Cبقصف\u200Cو\u200Dغيره";
    expect(stripControls(text)).toBe(text);
  });
});

describe("control characters never leave the cleaner", () => {
  const attack = "قتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف مدفعي على بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم.";
  const tainted = `قتل ${ESC}[31mثلاثة${ESC}[0m مدنيين وأصيب خمسة آخرون بقصف مدفعي على بلدة ${OSC8("https://evil.example/", "كفرنبل")} في ريف إدلب الجنوبي صباح اليوم.\u0007`;
  const html = `<html><head><title>قصف على ريف إدلب${ESC}[2J</title></head><body><article>
<h1>قصف على ريف إدلب${ESC}[2J</h1>
<figure><img src="a.jpg"><figcaption>آثار القصف${ESC}]8;;https://evil.example/${ESC}\\ على البلدة</figcaption></figure>
<p>${tainted}</p><p>وقال ناشطون إن القصف طال منازل سكنية في البلدة وأحدث أضراراً كبيرة.</p></article></body></html>`;
  const cleaned = cleanArticle(html, { url: "https://www.enabbaladi.net/archives/1" });

  it("cleans title, paragraphs and captions of escape sequences", () => {
    expect(cleaned.title).toBe("قصف على ريف إدلب");
    expect(cleaned.paragraphs[0]).toBe(attack);
    expect(cleaned.captions).toEqual(["آثار القصف على البلدة"]);
    expect(ANY_CONTROL.test(JSON.stringify(cleaned).replace(/\\[nt]/g, ""))).toBe(false);
    expect(JSON.stringify(cleaned)).not.toMatch(/\\u00(?:1b|07)/i);
  });

  it("so the extracted incident's evidence, and everything stored from it, holds none", () => {
    const incidents = extractIncidents(toExtractorInput(cleaned, cleaned.url, outletById("enab-baladi")));
    expect(incidents.length).toBeGreaterThan(0);
    expect(incidents[0].evidence).toContain(attack);
    for (const incident of incidents) {
      for (const line of incident.evidence) expect(ANY_CONTROL.test(line)).toBe(false);
      expect(JSON.stringify(incident)).not.toMatch(/\\u00(?:0[0-8bcef]|1[0-9a-f]|7f|[89][0-9a-f])|evil\.example/i);
    }
  });
});
