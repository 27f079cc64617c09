<?php

namespace App\View;

/** In-process cache for rendered HTML fragments, kept across requests. */
final class FragmentCache
{
    /** @var array<string, array{html: string, expires: int}> */
    private array $items = [];

    public function remember(string $key, int $ttl, \Closure $render): string
    {
        $hit = $this->items[$key] ?? null;
        if ($hit !== null && $hit['expires'] > time()) {
            return $hit['html'];
        }

        $html = $render();
        $this->items[$key] = ['html' => $html, 'expires' => time() + $ttl];

        return $html;
    }
}
