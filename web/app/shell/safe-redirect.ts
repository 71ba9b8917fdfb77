/** Only paths inside the app: a crafted ?redirect=https://elsewhere must not send people away. */
export function safeRedirect(value: unknown): string {
  if (typeof value !== 'string') return '/';
  const path = value.replace(/^\/app(?=\/|$)/, '');
  return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}
