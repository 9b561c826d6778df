// Empty: the target built from it only makes the precompiled header its tests reuse.
