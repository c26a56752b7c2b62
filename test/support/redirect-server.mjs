// /__redirect?to=<url>: answers 302 to that URL, so tests can check that a story URL on an allowed
// origin cannot send the embed page to another one.
export function redirectMiddleware(context, next) {
  if (context.path !== '/__redirect') return next();
  context.status = 302;
  context.redirect(String(context.query.to));
  return undefined;
}
