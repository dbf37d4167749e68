// The statistics the audit needs: Welch's difference of means with a 95% interval, the chi-square
// sample-ratio-mismatch test on a two-way split, and difference-in-differences.

export interface MeanDifference {
  readonly treatmentMean: number;
  readonly controlMean: number;
  readonly difference: number;
  /** 95% interval of the difference (normal approximation of Welch's t). */
  readonly low: number;
  readonly high: number;
  /** difference / control mean, null when the control mean is 0. */
  readonly relative: number | null;
}

const meanAndVariance = (xs: readonly number[]): [number, number] => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
  return [mean, variance];
};

/** Treatment minus control mean with its 95% interval; null when a side has fewer than two values. */
export function meanDifference(treatment: readonly number[], control: readonly number[]): MeanDifference | null {
  if (treatment.length < 2 || control.length < 2) return null;
  const [mt, vt] = meanAndVariance(treatment);
  const [mc, vc] = meanAndVariance(control);
  const se = Math.sqrt(vt / treatment.length + vc / control.length);
  const difference = mt - mc;
  return { treatmentMean: mt, controlMean: mc, difference, low: difference - 1.96 * se, high: difference + 1.96 * se, relative: mc === 0 ? null : difference / mc };
}

/** erfc by Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const k = 1 / (1 + 0.3275911 * z);
  const poly = k * (0.254829592 + k * (-0.284496736 + k * (1.421413741 + k * (-1.453152027 + k * 1.061405429))));
  const value = poly * Math.exp(-z * z);
  return x >= 0 ? value : 2 - value;
}

export interface SampleRatio {
  readonly treatment: number;
  readonly control: number;
  readonly expectedTreatmentShare: number;
  readonly chiSquare: number;
  readonly pValue: number;
  /** p < 0.001: the split is broken and the lift is not analysed. */
  readonly mismatch: boolean;
}

/** Chi-square goodness of fit (1 degree of freedom) of the observed split against the planned share. */
export function sampleRatioCheck(treatment: number, control: number, expectedTreatmentShare: number): SampleRatio {
  const n = treatment + control;
  const et = n * expectedTreatmentShare;
  const ec = n - et;
  const chiSquare = et > 0 && ec > 0 ? (treatment - et) ** 2 / et + (control - ec) ** 2 / ec : 0;
  const pValue = erfc(Math.sqrt(chiSquare / 2));
  return { treatment, control, expectedTreatmentShare, chiSquare, pValue, mismatch: pValue < 0.001 };
}

/** (T_post - T_pre) - (C_post - C_pre). */
export const differenceInDifferences = (tPre: number, tPost: number, cPre: number, cPost: number): number => (tPost - tPre) - (cPost - cPre);
