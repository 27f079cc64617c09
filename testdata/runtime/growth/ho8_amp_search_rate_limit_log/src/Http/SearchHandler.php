<?php

declare(strict_types=1);

namespace App\Http;

use Amp\Http\Server\{Request, RequestHandler, Response};

final class SearchHandler implements RequestHandler
{
    public function handleRequest(Request $request): Response
    {
        parse_str((string) parse_url($request->getUri(), PHP_URL_QUERY), $query);
        $hits = array_map(fn (int $k) => ['id' => $k, 'title' => ucfirst((string) ($query['q'] ?? '')) . " #{$k}"], range(1, 5));

        return new Response(200, ['content-type' => 'application/json'], json_encode(['hits' => $hits]));
    }
}
