// The movies service: the film catalogue.
export { listMovies, type MovieFilters } from "./list-movies";
export { getMovie, getMoviesByIds, listGenres } from "./get-movie";
export { listAllMovies, createMovie, updateMovie, archiveMovie, slugify, type MovieInput } from "./admin";
export { savePoster, readPoster, MAX_POSTER_BYTES } from "./posters";
