import { test } from "node:test";
import assert from "node:assert/strict";
import { POST as upload } from "@/app/api/admin/movies/[id]/poster/route";
import { GET as poster } from "@/app/api/posters/[file]/route";
import { makeMovie, makeUser, tokenFor } from "../helpers/fixtures";

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

async function send(movieId: string, bytes: Buffer, filename = "poster.png", type = "image/png") {
  const staff = await makeUser({ role: "STAFF" });
  const form = new FormData();
  form.set("poster", new Blob([new Uint8Array(bytes)], { type }), filename);
  return upload(
    new Request(`http://localhost/api/admin/movies/${movieId}/poster`, {
      method: "POST",
      headers: { authorization: `Bearer ${await tokenFor(staff)}` },
      body: form,
    }),
    { params: Promise.resolve({ id: movieId }) },
  );
}

test("a PNG poster is stored and served by the app", async () => {
  const movie = await makeMovie();
  const response = await send(movie.id, PNG);
  assert.equal(response.status, 200);
  const { movie: updated } = await response.json();
  assert.match(updated.posterUrl, /^\/api\/posters\/[a-z0-9_-]+\.png$/);
  const file = updated.posterUrl.split("/").pop();
  const served = await poster(new Request(`http://localhost${updated.posterUrl}`), {
    params: Promise.resolve({ file }),
  });
  assert.equal(served.status, 200);
  assert.equal(served.headers.get("content-type"), "image/png");
  assert.deepEqual(Buffer.from(await served.arrayBuffer()), PNG);
});

test("a file that is not an image, whatever its name, is 415; too big is 413; traversal is 404", async () => {
  const movie = await makeMovie();
  const fake = await send(movie.id, Buffer.from("<svg onload=alert(1)>"), "poster.png");
  assert.equal(fake.status, 415);
  assert.equal((await fake.json()).code, "unsupported_media_type");
  const big = await send(movie.id, Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]));
  assert.equal(big.status, 413);
  const sneaky = await poster(new Request("http://localhost/api/posters/x"), {
    params: Promise.resolve({ file: "../../etc/passwd" }),
  });
  assert.equal(sneaky.status, 404);
});
