/** Time comes in from outside, so rules about dates stay pure and testable. */
export type Clock = () => Date;
