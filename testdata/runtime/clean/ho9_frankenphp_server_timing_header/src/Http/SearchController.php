<?php

namespace App\Http;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class SearchController
{
    public function __invoke(ServerRequest $request): Response
    {
        $q = $request->getQueryParams()['q'] ?? '';
        $hits = [];
        foreach (range(1, 5) as $rank) {
            $hits[] = ['id' => crc32($q . $rank), 'title' => ucfirst($q) . " result {$rank}"];
        }
        return new Response(200, ['Content-Type' => 'application/json'], json_encode(['q' => $q, 'hits' => $hits]));
    }
}
