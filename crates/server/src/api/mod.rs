//! The JSON API under `/api/v1`, described by the OpenAPI document it
//! serves at `/api/v1/openapi.json`. Each module adds its routes with
//! `#[utoipa::path]` so the document is generated from the code.

pub mod members;
mod status;

use axum::{Json, Router};
use utoipa::OpenApi;
use utoipa::openapi::OpenApi as OpenApiDocument;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::Problem;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Concord API",
        description = "The JSON API of Concord, the open platform of a multilateral AI cooperation organization. \
                       Errors are RFC 9457 problem details (application/problem+json). \
                       The public log itself is served as C2SP tlog-tiles under /log.",
        license(name = "Apache-2.0")
    ),
    components(schemas(Problem))
)]
struct ApiDoc;

/// The `/api/v1` routes and the OpenAPI document describing them.
pub fn router() -> (Router<AppState>, OpenApiDocument) {
    let (router, document) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(status::status))
        .routes(routes!(members::list))
        .routes(routes!(members::get))
        .split_for_parts();
    let served = document.clone();
    let router = router.route("/api/v1/openapi.json", axum::routing::get(move || async move { Json(served) }));
    (router, document)
}
