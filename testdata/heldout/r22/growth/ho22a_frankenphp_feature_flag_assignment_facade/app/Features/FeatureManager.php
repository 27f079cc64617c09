<?php

declare(strict_types=1);

namespace App\Features;

final class FeatureManager
{
    /** @var array<string, array<string, Assignment>> */
    private array $assignments = [];

    /** @param array<string, array{variants: list<string>, rollout: int}> $experiments */
    public function __construct(private readonly array $experiments)
    {
    }

    public function variant(string $flag, string $subject): string
    {
        return $this->assign($flag, $subject)->variant;
    }

    public function active(string $flag, string $subject): bool
    {
        return $this->variant($flag, $subject) !== 'control';
    }

    public function flush(): void
    {
        $this->assignments = [];
    }

    private function assign(string $flag, string $subject): Assignment
    {
        if (isset($this->assignments[$flag][$subject])) {
            return $this->assignments[$flag][$subject];
        }

        $experiment = $this->experiments[$flag] ?? ['variants' => ['control'], 'rollout' => 0];
        $bucket = crc32("{$flag}:{$subject}") % 100;
        $variants = $experiment['variants'];
        $variant = $bucket < $experiment['rollout'] ? $variants[$bucket % count($variants)] : 'control';
        $reason = $bucket < $experiment['rollout']
            ? sprintf('bucket %d is inside the %d%% rollout of "%s"', $bucket, $experiment['rollout'], $flag)
            : sprintf('bucket %d is outside the %d%% rollout of "%s"', $bucket, $experiment['rollout'], $flag);

        return $this->assignments[$flag][$subject] = new Assignment($flag, $subject, $variant, $bucket, $reason); // leak
    }
}
