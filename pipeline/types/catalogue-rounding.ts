/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * What range of true values a figure as written allows (pipeline/catalogue/rounding.json). Two figures for the same indicator, period, category and base period agree when their ranges meet; a qualifier opens one side ('أكثر من 40' is above 40, unbounded above).
 */
export interface RoundingRules {
  count: Rule;
  scaled_count: Rule1;
  percent: Rule2;
  approx: Rule3;
  headline_count: Rule4;
}
/**
 * A count written without qualifier.
 */
export interface Rule {
  /**
   * none: exactly the value; half_unit_of_last_written_digit: ± half a unit of the last digit written (24 → 23.5–24.5; 2,5 → 2.45–2.55); half_unit_of_last_nonzero_digit: ± half a unit of the last digit that is not zero (8000 → 7500–8500; 150 → 145–155; 4900 → 4850–4950); half_rounding_step: as half_unit_of_last_nonzero_digit, but a whole number ending in 5 was rounded to a multiple of five (175 → 172.5–177.5).
   */
  tolerance:
    "none" | "half_unit_of_last_written_digit" | "half_unit_of_last_nonzero_digit" | "half_rounding_step";
  why: string;
}
/**
 * A count written without qualifier as a decimal times a scale word ('2,7 ألف').
 */
export interface Rule1 {
  /**
   * none: exactly the value; half_unit_of_last_written_digit: ± half a unit of the last digit written (24 → 23.5–24.5; 2,5 → 2.45–2.55); half_unit_of_last_nonzero_digit: ± half a unit of the last digit that is not zero (8000 → 7500–8500; 150 → 145–155; 4900 → 4850–4950); half_rounding_step: as half_unit_of_last_nonzero_digit, but a whole number ending in 5 was rounded to a multiple of five (175 → 172.5–177.5).
   */
  tolerance:
    "none" | "half_unit_of_last_written_digit" | "half_unit_of_last_nonzero_digit" | "half_rounding_step";
  why: string;
}
/**
 * A percentage written without qualifier.
 */
export interface Rule2 {
  /**
   * none: exactly the value; half_unit_of_last_written_digit: ± half a unit of the last digit written (24 → 23.5–24.5; 2,5 → 2.45–2.55); half_unit_of_last_nonzero_digit: ± half a unit of the last digit that is not zero (8000 → 7500–8500; 150 → 145–155; 4900 → 4850–4950); half_rounding_step: as half_unit_of_last_nonzero_digit, but a whole number ending in 5 was rounded to a multiple of five (175 → 172.5–177.5).
   */
  tolerance:
    "none" | "half_unit_of_last_written_digit" | "half_unit_of_last_nonzero_digit" | "half_rounding_step";
  why: string;
}
/**
 * Any figure with an 'about' qualifier (حوالي، نحو، قرابة، ما يناهز).
 */
export interface Rule3 {
  /**
   * none: exactly the value; half_unit_of_last_written_digit: ± half a unit of the last digit written (24 → 23.5–24.5; 2,5 → 2.45–2.55); half_unit_of_last_nonzero_digit: ± half a unit of the last digit that is not zero (8000 → 7500–8500; 150 → 145–155; 4900 → 4850–4950); half_rounding_step: as half_unit_of_last_nonzero_digit, but a whole number ending in 5 was rounded to a multiple of five (175 → 172.5–177.5).
   */
  tolerance:
    "none" | "half_unit_of_last_written_digit" | "half_unit_of_last_nonzero_digit" | "half_rounding_step";
  why: string;
}
/**
 * A round count (its last digit 0) written without qualifier on the text's headline, the line that repeats the source's title.
 */
export interface Rule4 {
  /**
   * none: exactly the value; half_unit_of_last_written_digit: ± half a unit of the last digit written (24 → 23.5–24.5; 2,5 → 2.45–2.55); half_unit_of_last_nonzero_digit: ± half a unit of the last digit that is not zero (8000 → 7500–8500; 150 → 145–155; 4900 → 4850–4950); half_rounding_step: as half_unit_of_last_nonzero_digit, but a whole number ending in 5 was rounded to a multiple of five (175 → 172.5–177.5).
   */
  tolerance:
    "none" | "half_unit_of_last_written_digit" | "half_unit_of_last_nonzero_digit" | "half_rounding_step";
  why: string;
}
