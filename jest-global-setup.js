// Runs before jest starts its workers, which inherit the environment: transforms run in UTC on
// both sides (node and the compiled C#).
module.exports = async () => {
  process.env.TZ = "UTC";
};
