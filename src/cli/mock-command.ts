export async function runMockCommand(_o: { port?: number; seed?: string }, io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> { io.err("mock not ready"); return 2; }
