<?php

declare(strict_types=1);

namespace App\Auth;

final class Principal
{
    /** @param list<string> $scopes */
    public function __construct(
        public readonly string $userId,
        public readonly string $tenant,
        public readonly array $scopes,
        public readonly string $tokenId,
        public readonly int $expiresAt,
    ) {
    }

    public function can(string $scope): bool
    {
        return in_array($scope, $this->scopes, true);
    }
}
