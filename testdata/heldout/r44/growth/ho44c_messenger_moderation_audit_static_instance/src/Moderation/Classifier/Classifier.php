<?php

namespace App\Moderation\Classifier;

use App\Message\ModeratePhoto;
use App\Moderation\AuditEntry;
use App\Moderation\ModelRegistry;
use App\Moderation\ModerationAuditTrail;
use App\Moderation\Verdict;
use App\Services;

abstract class Classifier
{
    abstract public function name(): string;

    abstract protected function score(ModeratePhoto $photo): Verdict;

    public function classify(ModeratePhoto $photo): Verdict
    {
        $verdict = $this->score($photo);

        ModerationAuditTrail::current()->record(new AuditEntry(
            $photo->photoId,
            $this->name(),
            Services::get(ModelRegistry::class)->versionOf($this->name()),
            $verdict->label,
            $verdict->score,
            new \DateTimeImmutable(),
        ));

        return $verdict;
    }

    /** Inference runs on the GPU pool; this maps the response to [0, 1]. */
    protected function infer(string $input): float
    {
        return (crc32($this->name() . $input) % 1000) / 1000;
    }
}
