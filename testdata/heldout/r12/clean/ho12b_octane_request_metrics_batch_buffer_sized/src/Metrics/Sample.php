<?php
declare(strict_types=1);

namespace App\Metrics;

final class Sample
{
    /** @param array<string,string> $tags */
    public function __construct(
        public readonly string $name,
        public readonly float $value,
        public readonly array $tags,
        public readonly float $recordedAt,
    ) {
    }

    public function toLine(): string
    {
        $tags = [];
        foreach ($this->tags as $k => $v) {
            $tags[] = $k . ':' . $v;
        }

        return sprintf('%s:%.3f|ms|#%s', $this->name, $this->value, implode(',', $tags));
    }
}
