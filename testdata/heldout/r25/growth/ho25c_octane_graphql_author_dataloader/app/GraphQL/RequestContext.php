<?php

namespace App\GraphQL;

final class RequestContext
{
    public function __construct(
        public readonly string $requestId,
        public readonly ?string $operationName,
        public readonly ?int $viewerId,
    ) {
    }
}
