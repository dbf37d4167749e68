// Campaign ROI: the pre-launch model, its sensitivity, the post-campaign audit and the abuse heuristics.
export * from './model';
export * from './sensitivity';
export * from './stats';
export * from './abuse';
export * from './audit';
export * from './union-find';
