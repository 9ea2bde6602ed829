// The page the gateway answers when a signed-in user lacks the role a page
// needs. Plain HTML, since it is sent before any React rendering happens.
export function forbiddenPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not allowed · Cinema</title>
<style>body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f8fafc;color:#0f172a;margin:0}
main{max-width:32rem;margin:4rem auto;padding:0 1rem;text-align:center}a{display:inline-block;margin-top:2rem;background:#be123c;color:#fff;padding:.5rem 1rem;border-radius:.25rem;text-decoration:none;font-weight:500}
p{color:#475569}</style></head>
<body><main><h1>This page is for cinema staff</h1><p>Your account doesn't have access to it. If you work here, ask an administrator for the staff role.</p><a href="/">Back to the films</a></main></body>
</html>`;
}
