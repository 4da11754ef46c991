import { http, HttpResponse, type JsonBodyType } from 'msw';
import { server } from './server';

/** A multipart body as plain data: each part's text, or its file's name, type and size. */
function describeForm(form: FormData): Record<string, unknown> {
  const parts: Record<string, unknown> = {};
  form.forEach((value, name) => {
    parts[name] =
      typeof value === 'string' ? value : { name: value.name, type: value.type, size: value.size };
  });
  return parts;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface Recorded {
  url: URL;
  body: unknown;
  headers: Headers;
}

/**
 * Answers `method path` with `status` and `body`, and records every request it answers.
 * The answer may be worked out from the request.
 */
export function answer(
  method: Method,
  path: string,
  respond: JsonBodyType | ((request: Recorded) => JsonBodyType),
  status = 200,
) {
  const requests: Recorded[] = [];
  server.use(
    http[method](path, async ({ request }) => {
      const type = request.headers.get('Content-Type') ?? '';
      const body: unknown = type.includes('application/json')
        ? await request.json()
        : type.includes('multipart/form-data')
          ? describeForm(await request.formData())
          : null;
      const recorded = { url: new URL(request.url), body, headers: request.headers };
      requests.push(recorded);
      if (status === 204) return new HttpResponse(null, { status });
      const payload: JsonBodyType = respond instanceof Function ? respond(recorded) : respond;
      return HttpResponse.json(payload, { status });
    }),
  );
  return {
    requests,
    last: (): Recorded => {
      const request = requests.at(-1);
      if (!request) throw new Error(`No request reached ${method.toUpperCase()} ${path}`);
      return request;
    },
  };
}

export function failNetwork(method: Method, path: string) {
  server.use(http[method](path, () => HttpResponse.error()));
}
