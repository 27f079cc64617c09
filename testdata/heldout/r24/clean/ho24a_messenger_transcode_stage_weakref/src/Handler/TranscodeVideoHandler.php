<?php

declare(strict_types=1);

namespace App\Handler;

use App\Message\TranscodeVideo;
use App\Transcode\Stage\EncodeStage;
use App\Transcode\Stage\PackageStage;
use App\Transcode\Stage\ProbeStage;
use App\Transcode\TranscodePipeline;

final class TranscodeVideoHandler
{
    private ?string $lastManifest = null;
    private int $processed = 0;

    /** @param array<string, array<string, mixed>> $stageOptions */
    public function __construct(private readonly array $stageOptions)
    {
    }

    public function __invoke(TranscodeVideo $message): array
    {
        $pipeline = (new TranscodePipeline($message))
            ->add(ProbeStage::class)
            ->add(EncodeStage::class, $this->stageOptions['encode'])
            ->add(PackageStage::class, $this->stageOptions['package']);

        $artifacts = $pipeline->run();
        $this->lastManifest = $artifacts['package'];
        $this->processed++;

        return $artifacts;
    }
}
