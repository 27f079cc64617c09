<?php

declare(strict_types=1);

namespace GuzzleHttp\Promise\Examples;

/**
 * Pretends to be a warehouse API that answers stock queries with a JSON document.
 */
final class InventoryBackend
{
    private int $calls = 0;

    /** @var array<string, int> */
    private array $warehouses = ['ams-1' => 3, 'fra-2' => 7, 'dub-1' => 11];

    public function fetch(string $sku): string
    {
        $this->calls++;

        $levels = [];
        foreach ($this->warehouses as $code => $factor) {
            $levels[] = sprintf('{"warehouse":"%s","on_hand":%d,"reserved":%d}', $code, strlen($sku) * $factor, $factor);
        }

        return sprintf(
            '{"sku":"%s","levels":[%s],"notes":"%s"}',
            $sku,
            implode(',', $levels),
            str_repeat('restock scheduled; ', 36)
        );
    }

    public function calls(): int
    {
        return $this->calls;
    }
}
