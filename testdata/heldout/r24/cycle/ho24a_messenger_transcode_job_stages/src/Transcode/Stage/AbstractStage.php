<?php

declare(strict_types=1);

namespace App\Transcode\Stage;

use App\Transcode\TranscodePipeline;

interface StageInterface
{
    public function name(): string;

    public function run(): string;
}

abstract class AbstractStage implements StageInterface
{
    public function __construct(
        protected TranscodePipeline $pipeline, // leak
        protected array $options = [],
    ) {
    }

    protected function workdir(): string
    {
        return sprintf('/var/transcode/%s/%s', $this->pipeline->job->videoId, $this->name());
    }
}
