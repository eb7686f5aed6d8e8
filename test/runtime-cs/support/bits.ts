// Doubles by their bits, as the input table (inputs.ts) writes the numbers JSON cannot hold apart
// (NaN, the infinities, -0), and the shape of the table's operations.

export type Op = { op: string } & Record<string, unknown>;

export function bitsOf(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

export function fromBits(bits: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt("0x" + bits));
  return view.getFloat64(0);
}
