// The e2e harness in one import: `import { steps, launch, … } from './driver'`. The modules under driver/ each own
// one concern (see README, "Layout"); only scripts/browser/launch.ts imports playwright-core.
export * from './driver/session';
export * from './driver/app';
export * from './driver/geo';
export * from './driver/map';
export * from './driver/labels';
export * from './driver/camera';
export * from './driver/history';
export * from './driver/ui';
export * from './driver/focus';
export * from './driver/document';
export * from './driver/steps';
export * from './driver/pictures';
export * from './driver/network';
export * from './driver/downloads';
export * from './driver/language';
