<?php

declare(strict_types=1);

namespace App\Http;

use App\Search\SearchService;
use Spiral\RoadRunner\Http\Response;
use Spiral\RoadRunner\Http\ServerRequest;

final class SearchController
{
    public function __construct(private SearchService $search)
    {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $params = $request->getQueryParams();
        $query = $this->search->newQuery(
            (int) $request->getHeaderLine('X-Tenant'),
            $request->getHeaderLine('Accept-Language') ?: 'en',
            $params['currency'] ?? 'EUR',
            $params,
        );
        $hits = $query->execute($this->search->perPage());

        return new Response(200, ['Content-Type' => ['application/json']], json_encode(['hits' => $hits, 'count' => count($hits)]));
    }
}
