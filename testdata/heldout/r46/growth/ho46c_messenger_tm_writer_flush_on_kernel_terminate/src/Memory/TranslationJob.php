<?php

namespace App\Memory;

use App\Message\TranslateDocument;

/** Per-message aggregate; the units created for it point back to it. */
final class TranslationJob
{
    /** @var list<string> hashes of the units produced so far */
    public array $unitHashes = [];

    public function __construct(public readonly TranslateDocument $message)
    {
    }

    public function recordUnit(string $hash): void
    {
        $this->unitHashes[] = $hash;
    }
}
