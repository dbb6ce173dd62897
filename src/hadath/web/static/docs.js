/* The API reference page: Swagger UI over this server's OpenAPI spec (all assets local). */
"use strict";
window.ui = SwaggerUIBundle({ url: "/v1/openapi.json", dom_id: "#swagger-ui", deepLinking: true,
  validatorUrl: null, tryItOutEnabled: false });
