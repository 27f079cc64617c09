<?php

declare(strict_types=1);

namespace Illuminate\Support;

class NamespacedItemResolver
{
    /** @var array<string, array{0: ?string, 1: string, 2: ?string}> */
    protected array $parsed = [];

    /** @return array{0: ?string, 1: string, 2: ?string} */
    public function parseKey(string $key): array
    {
        if (isset($this->parsed[$key])) {
            return $this->parsed[$key];
        }

        if (! str_contains($key, '::')) {
            $segments = explode('.', $key);
            $parsed = [null, $segments[0], count($segments) > 1 ? implode('.', array_slice($segments, 1)) : null];
        } else {
            [$namespace, $item] = explode('::', $key, 2);
            $itemSegments = explode('.', $item);
            $parsed = [$namespace, $itemSegments[0], implode('.', array_slice($itemSegments, 1)) ?: null];
        }

        return $this->parsed[$key] = $parsed; // leak
    }

    public function flushParsedKeys(): void
    {
        $this->parsed = [];
    }
}
