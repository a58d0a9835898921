/**
 * A strike on the place of an attack: "أغارت الطائرات على التلال التي شهدت الكمين", "قصفت المدفعية
 * القرية التي شهدت اشتباكات مع الفصائل". One clause tells two events at one place, the attack the
 * place "witnessed" and the strike from the air or by guns that answered it (ANNOTATION.md: two
 * attacks of different kinds or times are two incidents; an air strike is an incident at each
 * place it hits).
 */
import type { IncidentType } from "../types";
import { Vocab } from "./vocabulary";
import { normalize } from "../text/normalize";
import { bestType } from "./classify";
import { ANAPHORIC_EVENT_NOUNS } from "./cues";
import { stemIn } from "./tokens";
import { placesOf, type Unit } from "./units";

/** "التي", "الذي": the relative pronoun that opens what the place saw. */
const RELATIVES = new Vocab(["التي", "الذي"].map(normalize));
/** "شهدت", "شهد": the place saw an event. */
const WITNESSED = new Vocab(["شهدت", "شهد"].map(normalize));
/** How far after the verb the event word may come ("شهدت قبل ساعات هجوماً"). */
const EVENT_REACH_TOKENS = 3;

const fromAir = (type: IncidentType) => type === "airstrike" || type === "shelling";

/**
 * The witnessed event and the strike, in that order (so that the strike, placed only as "the area
 * that saw the attack", can take the attack's places: Unit.atScene), or the unit alone. The event
 * told as "الكمين" (a definite noun) is the one the article tells; "كميناً" is another one, at the struck place.
 */
export function splitAtScene(u: Unit): Unit[] {
  const { tokens } = u.read;
  for (let i = u.from + 1; i + 1 < u.to; i++) {
    if (!RELATIVES.has(tokens[i].text) || !stemIn(tokens[i + 1], WITNESSED)) continue;
    const event = u.hits.find((h) => h.tok > i + 1 && h.tok <= i + 1 + EVENT_REACH_TOKENS && !fromAir(h.type));
    const strikes = u.hits.filter((h) => h.tok < i);
    if (!event || !strikes.length || !fromAir(bestType(strikes))) continue;
    const at = new Map(placesOf(u.read).map((p) => [p.mention, p.tok]));
    const scene = u.places.filter((p) => (at.get(p) ?? u.from) < i);
    const strike: Unit = {
      ...u,
      to: i,
      figures: u.figures.filter((f) => f.tokenStart < i),
      places: scene,
      hits: strikes,
      startsNew: true,
      byConnector: false,
      ...(scene.length ? {} : { atScene: true }),
    };
    const told = !!stemIn(tokens[event.tok], ANAPHORIC_EVENT_NOUNS);
    const witnessed: Unit = {
      ...u,
      from: i,
      figures: u.figures.filter((f) => f.tokenStart >= i),
      places: [...scene, ...u.places.filter((p) => !scene.includes(p))],
      hits: u.hits.filter((h) => h.tok >= i),
      startsNew: !told,
      byConnector: false,
    };
    return [witnessed, strike];
  }
  return [u];
}
