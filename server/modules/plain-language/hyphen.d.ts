// Minimal declaration for the CommonJS Dutch entry of `hyphen` (no @types installed; package.json is frozen).
declare module 'hyphen/nl/index.js' {
  type HyphenOptions = { hyphenChar?: string; minWordLength?: number; exceptions?: string[] };
  const hyphenNl: {
    hyphenateSync: (text: string, options?: HyphenOptions) => string;
  };
  export default hyphenNl;
}
