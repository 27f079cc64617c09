<?php

final class RequestCache
{
    /** @var array<string, string> */
    private array $items = [];

    public function put(string $key, string $value): void
    {
        $this->items[$key] = $value; // leak
    }

    public function reset(): void
    {
        $this->items = [];
    }
}
