<?php

namespace Venue\Access;

final class AccessPolicy
{
    /** @param array<string, list<string>> $zonesByCredential */
    public function __construct(private array $zonesByCredential)
    {
    }

    public function allows(string $credential, string $zone): bool
    {
        return in_array($zone, $this->zonesByCredential[$credential] ?? [], true);
    }
}
