<?php

namespace App\Controller;

use App\Search\SearchClient;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

final class SearchController
{
    public function __construct(private SearchClient $client) {}

    public function __invoke(Request $request): Response
    {
        $result = $this->client->search($request->query['q'] ?? '');
        return new Response(json_encode($result), 200, ['Content-Type' => 'application/json']);
    }
}
