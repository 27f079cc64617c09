<?php

declare(strict_types=1);

namespace App\Http;

use App\GraphQL\QueryExecutor;

/**
 * POST /graphql. Accepts a full query or an automatic-persisted-query hash
 * that the client registered earlier in the worker's life.
 */
final class GraphQLEndpoint
{
    /** @param array<string, string> $persisted sha256 => query, loaded at boot */
    public function __construct(
        private readonly QueryExecutor $executor,
        private readonly array $persisted,
    ) {
    }

    public function handle(array $server, string $body): string
    {
        $payload = json_decode($body, true, 32, JSON_THROW_ON_ERROR);
        $hash = $payload['extensions']['persistedQuery']['sha256Hash'] ?? null;
        $query = $payload['query'] ?? ($hash !== null ? ($this->persisted[$hash] ?? null) : null);

        if ($query === null) {
            return json_encode(['errors' => [['message' => 'PersistedQueryNotFound']]]);
        }

        $result = $this->executor->execute($query, $payload['variables'] ?? []);
        $result['extensions'] = ['requestTime' => $server['REQUEST_TIME_FLOAT']];

        return json_encode($result, JSON_THROW_ON_ERROR);
    }
}
