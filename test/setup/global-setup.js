// Transforms run in UTC on both sides (design.md); fix it before any test file loads.
module.exports = async () => {
  process.env.TZ = "UTC";
};
