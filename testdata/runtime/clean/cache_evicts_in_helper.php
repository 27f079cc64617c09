<?php
// A thumbnail cache stores every rendered thumbnail, then calls a helper whose eviction branch keeps it at 64 entries.

final class ThumbnailCache
{
    /** @var array<string, string> */
    private array $items = [];

    public function __construct(private int $max = 64) {}

    public function get(string $path, int $width): string
    {
        $key = "{$path}@{$width}";
        if (isset($this->items[$key])) {
            return $this->items[$key];
        }
        $this->items[$key] = sprintf('%-600s', "thumb:{$key}");
        $this->evictIfFull();
        return $this->items[$key];
    }

    private function evictIfFull(): void
    {
        if (count($this->items) > $this->max) {
            unset($this->items[array_key_first($this->items)]);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$cache = new ThumbnailCache();
for ($i = 0; $i < $n; $i++) {
    $cache->get(sprintf('/uploads/%06d.jpg', $i), 320);
}
