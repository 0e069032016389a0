interface ImportMetaEnv {
  /** Set by wxt.config.ts from utils/hosts/ui-files.ts: this build loads each host's UI file lazily. */
  readonly BATON_LAZY_UI?: boolean;
}
