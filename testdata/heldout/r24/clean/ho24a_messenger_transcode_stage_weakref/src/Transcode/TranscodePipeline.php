<?php

declare(strict_types=1);

namespace App\Transcode;

use App\Message\TranscodeVideo;
use App\Transcode\Stage\StageInterface;

final class TranscodePipeline
{
    /** @var array<string, StageInterface> */
    private array $stages = [];

    /** @var array<string, string> */
    private array $artifacts = [];

    public function __construct(public readonly TranscodeVideo $job)
    {
    }

    /** @param class-string<StageInterface> $stageClass */
    public function add(string $stageClass, array $options = []): self
    {
        $stage = new $stageClass($this, $options);
        $this->stages[$stage->name()] = $stage;

        return $this;
    }

    public function artifact(string $stage): ?string
    {
        return $this->artifacts[$stage] ?? null;
    }

    /** @return array<string, string> */
    public function run(): array
    {
        foreach ($this->stages as $name => $stage) {
            $this->artifacts[$name] = $stage->run();
        }

        return $this->artifacts;
    }
}
