import { describeCrashWalk } from "./crash-walk";

// The write walk of the crash-point test (README "Reliability"); the other walk runs in its twin file.
describeCrashWalk("write");
