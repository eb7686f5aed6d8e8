// Registers every built-in lowering (each file fills the tables of ./index when imported).
export {};
