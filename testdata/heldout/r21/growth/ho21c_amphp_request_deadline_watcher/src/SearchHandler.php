<?php

declare(strict_types=1);

namespace App\Http;

final class SearchHandler implements RequestHandler
{
    public function __construct(private readonly array $catalog)
    {
    }

    public function handleRequest(Request $request): Response
    {
        $term = strtolower((string) ($request->query['q'] ?? ''));
        $hits = array_values(array_filter(
            $this->catalog,
            static fn (array $item): bool => str_contains(strtolower($item['title']), $term),
        ));

        return new Response(200, json_encode(['q' => $term, 'hits' => \array_slice($hits, 0, 5)], JSON_THROW_ON_ERROR));
    }
}
