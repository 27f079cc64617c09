<?php

trait BoundedCache
{
    /** @var array<string, array> */
    private array $local = [];
    private int $capacity = 32;

    private function evictIfFull(): void
    {
        while (count($this->local) > $this->capacity) {
            unset($this->local[array_key_first($this->local)]);
        }
    }
}
