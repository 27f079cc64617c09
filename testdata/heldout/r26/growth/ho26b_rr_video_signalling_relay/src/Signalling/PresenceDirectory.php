<?php

declare(strict_types=1);

namespace App\Signalling;

final class PresenceDirectory
{
    /** @param array<string, string> $online peer id => node that holds its socket */
    public function __construct(private array $online)
    {
    }

    public function nodeFor(string $peerId): ?string
    {
        return $this->online[$peerId] ?? null;
    }
}
