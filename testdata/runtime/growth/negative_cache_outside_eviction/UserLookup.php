<?php

final class UserLookup
{
    use BoundedCache;

    /** @var array<string, true> */
    private array $misses = [];

    public function __construct(private array $directory) {}

    public function find(string $name): ?array
    {
        if (isset($this->local[$name])) {
            return $this->local[$name];
        }
        if (isset($this->misses[$name])) {
            return null;
        }
        $user = $this->directory[$name] ?? null;
        if ($user === null) {
            $this->misses[$name] = true; // leak
            return null;
        }
        $this->local[$name] = $user;
        $this->evictIfFull();
        return $user;
    }
}
