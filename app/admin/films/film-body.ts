// The film fields of the staff forms, as the API takes them.
export function filmBody(form: FormData) {
  return {
    title: form.get("title"),
    synopsis: form.get("synopsis"),
    genres: String(form.get("genres") ?? "")
      .split(",")
      .map((genre) => genre.trim())
      .filter(Boolean),
    runtimeMin: Number(form.get("runtimeMin")),
    rating: form.get("rating"),
    releaseDate: form.get("releaseDate"),
    status: form.get("status"),
    castLine: form.get("castLine") || null,
    trailerUrl: form.get("trailerUrl") || null,
  };
}
