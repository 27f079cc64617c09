<?php

final class StatsdClient
{
    use FlushesBuffer;

    public function __construct(private string $prefix, private int $maxBuffered = 20) {}

    public function timing(string $metric, float $ms, array $tags = []): void
    {
        $tagString = implode(',', array_map(static fn (string $k, string $v): string => "{$k}:{$v}", array_keys($tags), $tags));
        $this->pending[] = "{$this->prefix}.{$metric}:{$ms}|ms|#{$tagString}";
        if (count($this->pending) >= $this->maxBuffered) {
            $this->flush();
        }
    }
}
